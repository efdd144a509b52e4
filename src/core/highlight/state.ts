/**
 * Reversible highlighting as pure data. When defect rows are coloured, each row's previous
 * backgrounds are remembered with a fingerprint of the row's values; clearing restores only
 * cells still in the highlight colour, in rows whose values are unchanged (found again by
 * fingerprint if rows were inserted or deleted). So nothing the seller did since is undone.
 */
import type { Cell } from '../engine/types';
import { isDate } from '../engine/dates';

export const HIGHLIGHT_COLOR = '#f4c7c3';

export interface HighlightEntry {
  /** 1-based sheet row when highlighted. */
  r: number;
  /** Fingerprint of the row's values. */
  f: string;
  /** Index into `patterns`: the row's previous backgrounds. */
  p: number;
}

export interface HighlightState {
  sheet: string;
  color: string;
  columns: number;
  /** Distinct background rows, run-length encoded ("#ffffff*12"): most rows share one. */
  patterns: string[];
  entries: HighlightEntry[];
}

/** FNV-1a over the row's values: 8 hex digits, stable across reads. */
export function fingerprint(row: readonly Cell[]): string {
  let hash = 0x811c9dc5;
  let last = row.length - 1;
  while (last >= 0 && (row[last] === '' || row[last] == null)) last--;
  for (let i = 0; i <= last; i++) {
    const c = row[i];
    const text = isDate(c) ? `d${c.getTime()}` : `${typeof c}:${String(c)}`;
    for (let k = 0; k < text.length; k++) {
      hash ^= text.charCodeAt(k);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function encodeRow(colors: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < colors.length;) {
    let j = i;
    while (j < colors.length && colors[j] === colors[i]) j++;
    parts.push(j - i > 1 ? `${colors[i]}*${j - i}` : colors[i]);
    i = j;
  }
  return parts.join(',');
}

export function decodeRow(encoded: string): string[] {
  const out: string[] = [];
  for (const part of encoded.split(',')) {
    const star = part.lastIndexOf('*');
    if (star > 0)
      for (let k = Number(part.slice(star + 1)); k > 0; k--) out.push(part.slice(0, star));
    else out.push(part);
  }
  return out;
}

/**
 * Colours `rows` (1-based, within `values`) and returns the state that undoes it. `backgrounds`
 * is modified in place and is what to write back.
 */
export function applyHighlight(
  sheet: string,
  values: readonly (readonly Cell[])[],
  backgrounds: string[][],
  rows: readonly number[],
  color = HIGHLIGHT_COLOR,
): HighlightState {
  const columns = backgrounds[0]?.length ?? 0;
  const patterns: string[] = [];
  const patternIndex = new Map<string, number>();
  const entries: HighlightEntry[] = [];
  for (const r of rows) {
    const bg = backgrounds[r - 1];
    if (!bg) continue;
    const encoded = encodeRow(bg);
    let p = patternIndex.get(encoded);
    if (p === undefined) {
      p = patterns.length;
      patterns.push(encoded);
      patternIndex.set(encoded, p);
    }
    entries.push({ r, f: fingerprint(values[r - 1] ?? []), p });
    for (let c = 0; c < bg.length; c++) bg[c] = color;
  }
  return { sheet, color, columns, patterns, entries };
}

export interface RestoreOutcome {
  restored: number;
  /** Rows left alone: edited (fingerprint not found) or recoloured entirely since. */
  skipped: number;
  /** Whether `backgrounds` changed and must be written. */
  changed: boolean;
}

/** Undoes `state` on the current sheet contents; `backgrounds` is modified in place. */
export function restoreHighlight(
  state: HighlightState,
  values: readonly (readonly Cell[])[],
  backgrounds: string[][],
): RestoreOutcome {
  const rowsByPrint = new Map<string, number[]>();
  const printAt = (r: number) => fingerprint(values[r - 1] ?? []);
  let byPrintBuilt = false;
  const used = new Set<number>();
  let restored = 0;
  let skipped = 0;
  let changed = false;
  for (const entry of state.entries) {
    let row =
      entry.r <= values.length && !used.has(entry.r) && printAt(entry.r) === entry.f ? entry.r : -1;
    if (row < 0) {
      // Rows were inserted or deleted above: find the row by its values.
      if (!byPrintBuilt) {
        for (let r = 1; r <= values.length; r++) {
          const f = printAt(r);
          const list = rowsByPrint.get(f);
          if (list) list.push(r);
          else rowsByPrint.set(f, [r]);
        }
        byPrintBuilt = true;
      }
      row = (rowsByPrint.get(entry.f) ?? []).find((r) => !used.has(r)) ?? -1;
    }
    const bg = row > 0 ? backgrounds[row - 1] : undefined;
    if (!bg) {
      skipped++;
      continue;
    }
    used.add(row);
    const previous = decodeRow(state.patterns[entry.p] ?? '');
    let touched = false;
    for (let c = 0; c < bg.length && c < previous.length; c++) {
      if (bg[c].toLowerCase() === state.color.toLowerCase() && previous[c] !== undefined) {
        bg[c] = previous[c];
        touched = true;
      }
    }
    if (touched) {
      restored++;
      changed = true;
    } else skipped++;
  }
  return { restored, skipped, changed };
}

export function isHighlightState(value: unknown): value is HighlightState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sheet === 'string' &&
    typeof v.color === 'string' &&
    typeof v.columns === 'number' &&
    Array.isArray(v.patterns) &&
    v.patterns.every((p) => typeof p === 'string') &&
    Array.isArray(v.entries) &&
    v.entries.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as HighlightEntry).r === 'number' &&
        typeof (e as HighlightEntry).f === 'string' &&
        typeof (e as HighlightEntry).p === 'number',
    )
  );
}

/**
 * The state as stored in document properties (at most 500 KB for the whole document): entries
 * as one compact string — row as a base-36 step from the previous row, fingerprint, pattern —
 * about 14 characters a row instead of 33 as JSON objects.
 */
export function serializeHighlight(state: HighlightState): string {
  let previous = 0;
  const rows = state.entries
    .map((e) => {
      const text = `${(e.r - previous).toString(36)}.${e.f}.${e.p.toString(36)}`;
      previous = e.r;
      return text;
    })
    .join(',');
  return JSON.stringify({ ...state, entries: rows });
}

/** Reads `serializeHighlight`'s text back; null when it is not a state this code wrote. */
export function parseHighlight(text: string): HighlightState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  if (typeof stored.entries !== 'string') return null;
  const entries: HighlightEntry[] = [];
  let row = 0;
  for (const part of stored.entries === '' ? [] : stored.entries.split(',')) {
    const [step, f, p] = part.split('.');
    row += parseInt(step, 36);
    const pattern = parseInt(p ?? '', 36);
    if (!Number.isInteger(row) || !/^[0-9a-f]{8}$/.test(f ?? '') || !Number.isInteger(pattern))
      return null;
    entries.push({ r: row, f, p: pattern });
  }
  const state = { ...stored, entries };
  return isHighlightState(state) ? state : null;
}

/**
 * Reversible highlighting as pure data: the undo state of one sheet. When defect rows are
 * coloured, each row's previous backgrounds are remembered with a fingerprint of the row's
 * values; clearing restores only cells still in the highlight colour, in rows whose values are
 * unchanged (found again by fingerprint if rows were inserted or deleted). Rows edited since are
 * found by position and order id, named, and restored only when the seller asks (plan.ts).
 */
import type { Cell } from '../engine/types';
import { isDate } from '../engine/dates';
import { orderIdKey } from '../engine/columns';
import { FINGERPRINT_HEADER } from '../import/fingerprint';

export const HIGHLIGHT_COLOR = '#f4c7c3';

/**
 * What Range.getBackgrounds reports for a cell without a fill — and for a cell filled white:
 * Apps Script cannot tell the two apart, so a remembered '#ffffff' is restored as "no fill"
 * (null), which lets alternating colours show through again instead of painting white.
 */
export const NO_FILL = '#ffffff';

export interface HighlightEntry {
  /** 1-based sheet row (when highlighted, or where it was last found). */
  r: number;
  /** Fingerprint of the row's values (see `fingerprint`). */
  f: string;
  /** Index into `patterns`: the row's previous backgrounds. */
  p: number;
}

export interface HighlightState {
  /** Sheet.getSheetId(): survives renames. null for a state stored by version 1 (by name). */
  sheetId: number | null;
  /** The sheet's name when highlighted: for messages, and how a version-1 state is found. */
  sheet: string;
  color: string;
  columns: number;
  /**
   * 0-based column of the order id: the last two hex digits of a fingerprint hash it, so an
   * edited row can be recognised as the same order. -1: version-1 fingerprints (whole row only).
   */
  idColumn: number;
  /** Distinct background rows, run-length encoded ("#ffffff*12"): most rows share one. */
  patterns: string[];
  /** Sorted by row. */
  entries: HighlightEntry[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashText(hash: number, text: string): number {
  let h = hash;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function cellText(c: Cell | undefined): string {
  return isDate(c) ? `d${c.getTime()}` : `${typeof c}:${String(c)}`;
}

/** FNV-1a over the row's values, trailing blanks ignored (a column added later changes nothing). */
function rowHash(row: readonly Cell[]): number {
  let hash = FNV_OFFSET;
  let last = row.length - 1;
  while (last >= 0 && (row[last] === '' || row[last] == null)) last--;
  for (let i = 0; i <= last; i++) {
    hash = hashText(hash, cellText(row[i]));
    hash ^= 0x1f;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

const hex = (n: number, digits: number): string =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .slice(8 - digits);

/** Two hex digits of the order id: enough to tell a moved or edited row's order from others. */
export function idPrint(c: Cell | undefined): string {
  return hex(hashText(FNV_OFFSET, orderIdKey(c)) >>> 0, 2);
}

/**
 * Eight hex digits: six of the whole row's values, two of its order id (`idColumn` ≥ 0); or,
 * for version-1 states (`idColumn` -1), all eight of the row.
 */
export function fingerprint(row: readonly Cell[], idColumn: number): string {
  const whole = rowHash(row);
  return idColumn < 0 ? hex(whole, 8) : hex(whole, 6) + idPrint(row[idColumn]);
}

/**
 * The values a row's fingerprint is taken from: the import's hidden column of codes
 * (src/core/import/fingerprint.ts) blanked, so an import that only records which cells it wrote
 * does not make every highlighted row look edited. Returns `values` itself when there is none.
 */
export function withoutImportCodes(values: readonly Cell[][]): Cell[][] {
  const headerRow = values.slice(0, 10).findIndex((row) => row.includes(FINGERPRINT_HEADER));
  if (headerRow < 0) return values as Cell[][];
  const col = values[headerRow].indexOf(FINGERPRINT_HEADER);
  return values.map((row) => {
    if (row.length <= col) return row;
    const copy = row.slice();
    copy[col] = '';
    return copy;
  });
}

/** Whether `row` may be the order `entry` was made for (always true for version-1 states). */
export function sameOrder(entry: HighlightEntry, row: readonly Cell[], idColumn: number): boolean {
  return idColumn < 0 || entry.f.slice(6) === idPrint(row[idColumn]);
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

/** Sheets has at most 18,278 columns: a run longer than that is not one this code wrote. */
const MAX_COLUMNS = 18_278;

export function decodeRow(encoded: string, maxColumns = MAX_COLUMNS): string[] {
  const out: string[] = [];
  for (const part of encoded.split(',')) {
    const star = part.lastIndexOf('*');
    if (star > 0) {
      const run = Math.min(Number(part.slice(star + 1)) || 0, maxColumns - out.length);
      for (let k = 0; k < run; k++) out.push(part.slice(0, star));
    } else out.push(part);
    if (out.length >= maxColumns) break;
  }
  return out;
}

/** A state with only `entries` (a subset of the state's, sorted), its patterns re-indexed. */
export function withEntries(
  state: HighlightState,
  entries: readonly HighlightEntry[],
): HighlightState {
  const patterns: string[] = [];
  const index = new Map<number, number>();
  const out = entries.map((e) => {
    let p = index.get(e.p);
    if (p === undefined) {
      p = patterns.length;
      patterns.push(state.patterns[e.p] ?? '');
      index.set(e.p, p);
    }
    return { r: e.r, f: e.f, p };
  });
  return { ...state, patterns, entries: out };
}

function isEntry(e: unknown, patterns: number): e is HighlightEntry {
  if (typeof e !== 'object' || e === null) return false;
  const v = e as Record<string, unknown>;
  return (
    typeof v.r === 'number' &&
    Number.isInteger(v.r) &&
    v.r >= 1 &&
    typeof v.f === 'string' &&
    /^[0-9a-f]{8}$/.test(v.f) &&
    typeof v.p === 'number' &&
    Number.isInteger(v.p) &&
    v.p >= 0 &&
    v.p < patterns
  );
}

export function isHighlightState(value: unknown): value is HighlightState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.sheetId === null || (typeof v.sheetId === 'number' && Number.isInteger(v.sheetId))) &&
    typeof v.sheet === 'string' &&
    typeof v.color === 'string' &&
    /^#[0-9a-f]{6}$/i.test(v.color) &&
    typeof v.columns === 'number' &&
    typeof v.idColumn === 'number' &&
    Number.isInteger(v.idColumn) &&
    v.idColumn >= -1 &&
    Array.isArray(v.patterns) &&
    v.patterns.every((p) => typeof p === 'string') &&
    Array.isArray(v.entries) &&
    v.entries.every((e: unknown) => isEntry(e, (v.patterns as unknown[]).length))
  );
}

/**
 * The state as stored in document properties: entries as one compact string — row as a base-36
 * step from the previous row, fingerprint, pattern — about 13 bytes a row instead of 33 as JSON
 * objects. Version 2 adds the sheet id and the id column.
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
  return JSON.stringify({
    v: 2,
    id: state.sheetId,
    sheet: state.sheet,
    color: state.color,
    columns: state.columns,
    idColumn: state.idColumn,
    patterns: state.patterns,
    entries: rows,
  });
}

function parseEntries(text: string): HighlightEntry[] | null {
  const entries: HighlightEntry[] = [];
  let row = 0;
  for (const part of text === '' ? [] : text.split(',')) {
    const [step, f, p] = part.split('.');
    const delta = parseInt(step ?? '', 36);
    const pattern = parseInt(p ?? '', 36);
    // Rows only go down: a step below 1 is not something this code wrote.
    if (!Number.isInteger(delta) || delta < 1 || !Number.isInteger(pattern)) return null;
    row += delta;
    entries.push({ r: row, f: f ?? '', p: pattern });
  }
  return entries;
}

/**
 * Reads `serializeHighlight`'s text back, and the version-1 text (keyed by sheet name, whole-row
 * fingerprints); null when it is not a state this code wrote.
 */
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
  const entries = parseEntries(stored.entries);
  if (!entries) return null;
  const state =
    stored.v === 2
      ? {
          sheetId: stored.id,
          sheet: stored.sheet,
          color: stored.color,
          columns: stored.columns,
          idColumn: stored.idColumn,
          patterns: stored.patterns,
          entries,
        }
      : {
          sheetId: null,
          sheet: stored.sheet,
          color: stored.color,
          columns: stored.columns,
          idColumn: -1,
          patterns: stored.patterns,
          entries,
        };
  return isHighlightState(state) ? state : null;
}

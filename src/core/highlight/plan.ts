/**
 * What highlighting and clearing do to one sheet's backgrounds, computed before anything is
 * written: the backgrounds after, the undo state to save, and which rows were edited since.
 *
 * Finding a remembered row again: first where it was, by fingerprint; then anywhere, by
 * fingerprint (rows were inserted or deleted above it); a row whose values changed is found by
 * position — shifted like the nearest rows found on either side — and must still carry the
 * highlight colour and the same order id. Such a row is "edited": it is named, and its colours
 * are restored only when the seller asks (`includeEdited`).
 */
import type { Cell } from '../engine/types';
import {
  decodeRow,
  encodeRow,
  fingerprint,
  idPrint,
  sameOrder,
  withEntries,
  type HighlightEntry,
  type HighlightState,
} from './state';

type Grid = readonly (readonly Cell[])[];

export interface Located {
  /** Current 1-based row of each entry (same order as `state.entries`), -1 when it is gone. */
  rows: number[];
  /** Whether the row's values changed since it was highlighted. */
  edited: boolean[];
}

const sameColor = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Whether any of the row's first `columns` cells is in the highlight colour. */
function painted(bg: readonly string[] | undefined, state: HighlightState): boolean {
  if (!bg) return false;
  const n = Math.min(bg.length, Math.max(state.columns, 1));
  for (let c = 0; c < n; c++) if (sameColor(bg[c], state.color)) return true;
  return false;
}

export function locateEntries(
  state: HighlightState,
  values: Grid,
  backgrounds: readonly (readonly string[])[],
): Located {
  const entries = state.entries;
  const n = entries.length;
  const rows = new Array<number>(n).fill(-1);
  const edited = new Array<boolean>(n).fill(false);
  const used = new Set<number>();
  const prints = new Array<string | undefined>(values.length);
  const printAt = (r: number): string => {
    let print = prints[r - 1];
    if (print === undefined) {
      print = fingerprint(values[r - 1] ?? [], state.idColumn);
      prints[r - 1] = print;
    }
    return print;
  };

  // 1. Where it was, unchanged.
  entries.forEach((e, i) => {
    if (e.r <= values.length && printAt(e.r) === e.f && !used.has(e.r)) {
      rows[i] = e.r;
      used.add(e.r);
    }
  });
  // 2. Moved, unchanged: found by its values anywhere.
  let byPrint: Map<string, number[]> | null = null;
  entries.forEach((e, i) => {
    if (rows[i] >= 0) return;
    if (!byPrint) {
      byPrint = new Map();
      for (let r = 1; r <= values.length; r++) {
        const list = byPrint.get(printAt(r));
        if (list) list.push(r);
        else byPrint.set(printAt(r), [r]);
      }
    }
    const found = (byPrint.get(e.f) ?? []).find((r) => !used.has(r));
    if (found !== undefined) {
      rows[i] = found;
      used.add(found);
    }
  });
  // 3. Edited: by position between the rows found on either side, same order, still coloured.
  const nextFound = new Array<number>(n).fill(-1);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextFound[i] = next;
    if (rows[i] >= 0) next = i;
  }
  let byId: Map<string, number[]> | null = null;
  const candidatesById = (id: string): number[] => {
    if (!byId) {
      byId = new Map();
      for (let r = 1; r <= values.length; r++) {
        if (used.has(r) || !painted(backgrounds[r - 1], state)) continue;
        const key = idPrint(values[r - 1]?.[state.idColumn]);
        const list = byId.get(key);
        if (list) list.push(r);
        else byId.set(key, [r]);
      }
    }
    return byId.get(id) ?? [];
  };
  let previous = -1;
  entries.forEach((e, i) => {
    if (rows[i] >= 0) {
      previous = i;
      return;
    }
    const after = nextFound[i];
    const low = previous >= 0 ? rows[previous] : 0;
    const high = after >= 0 ? rows[after] : values.length + 1;
    const fits = (r: number): boolean =>
      r > low &&
      r < high &&
      r <= values.length &&
      !used.has(r) &&
      painted(backgrounds[r - 1], state) &&
      sameOrder(e, values[r - 1] ?? [], state.idColumn);
    const shifts = [
      previous >= 0 ? rows[previous] - entries[previous].r : 0,
      after >= 0 ? rows[after] - entries[after].r : 0,
    ];
    let found = shifts.map((s) => e.r + s).find(fits);
    if (found === undefined && state.idColumn >= 0) {
      // Not where the neighbours say: the nearest coloured row of the same order between them.
      const target = e.r + shifts[0];
      let best = Infinity;
      for (const r of candidatesById(e.f.slice(6))) {
        if (fits(r) && Math.abs(r - target) < Math.abs(best - target)) best = r;
      }
      if (best !== Infinity) found = best;
    }
    if (found !== undefined) {
      rows[i] = found;
      edited[i] = true;
      used.add(found);
      previous = i;
    }
  });
  return { rows, edited };
}

/** Puts back the remembered colour of every cell still in the highlight colour. */
function restoreRow(bg: string[], previous: readonly string[], color: string): boolean {
  let touched = false;
  for (let c = 0; c < bg.length && c < previous.length; c++) {
    if (sameColor(bg[c], color) && previous[c] !== undefined && previous[c] !== '') {
      bg[c] = previous[c];
      touched = true;
    }
  }
  return touched;
}

/** A copy-on-write view of the backgrounds: rows are copied when first changed. */
function writable(backgrounds: readonly (readonly string[])[]) {
  const after = backgrounds.slice() as string[][];
  const copied = new Set<number>();
  return {
    after,
    row(r: number): string[] {
      if (!copied.has(r)) {
        after[r - 1] = [...(backgrounds[r - 1] ?? [])];
        copied.add(r);
      }
      return after[r - 1];
    },
  };
}

export interface ClearPlan {
  /** The backgrounds to show: `backgrounds` with restored rows replaced (the input is kept). */
  after: string[][];
  /** Rows whose colours came back. */
  restored: number;
  /** Rows found but no longer in the highlight colour (recoloured by the seller): forgotten. */
  recoloured: number;
  /** Remembered rows no longer in the sheet (deleted): forgotten. */
  gone: number;
  /** Rows edited since and left highlighted (current 1-based rows, ascending). */
  edited: number[];
  /** The state still to keep (the edited rows left highlighted), or null. */
  remaining: HighlightState | null;
}

export function planClear(
  state: HighlightState,
  values: Grid,
  backgrounds: readonly (readonly string[])[],
  includeEdited: boolean,
): ClearPlan {
  const located = locateEntries(state, values, backgrounds);
  const after = backgrounds.slice() as string[][];
  const kept: HighlightEntry[] = [];
  let restored = 0;
  let recoloured = 0;
  let gone = 0;
  state.entries.forEach((e, i) => {
    const r = located.rows[i];
    if (r < 0) {
      gone++;
      return;
    }
    if (located.edited[i] && !includeEdited) {
      kept.push({ r, f: e.f, p: e.p });
      return;
    }
    const previous = decodeRow(state.patterns[e.p] ?? '', backgrounds[r - 1]?.length);
    const bg = [...(backgrounds[r - 1] ?? [])];
    if (restoreRow(bg, previous, state.color)) {
      after[r - 1] = bg;
      restored++;
    } else recoloured++;
  });
  kept.sort((a, b) => a.r - b.r);
  return {
    after,
    restored,
    recoloured,
    gone,
    edited: kept.map((e) => e.r),
    remaining: kept.length > 0 ? withEntries(state, kept) : null,
  };
}

export interface HighlightInput {
  sheetId: number;
  sheet: string;
  values: Grid;
  backgrounds: readonly (readonly string[])[];
  /** The rows to colour: 1-based, ascending. */
  rows: readonly number[];
  idColumn: number;
  color: string;
  /** This sheet's state from an earlier highlight, if any. */
  previous: HighlightState | null;
}

export interface HighlightPlan {
  state: HighlightState;
  after: string[][];
  /** Rows of the earlier highlight edited since and not defects now: left coloured, kept. */
  carried: number;
}

/**
 * Colours `rows` and returns the state that undoes it. An earlier highlight on the same sheet is
 * folded in: its rows keep their original colours in the new state, rows no longer listed get
 * them back, and its edited rows that are not listed stay highlighted and remembered.
 */
export function planHighlight(input: HighlightInput): HighlightPlan {
  const { values, backgrounds, color, idColumn } = input;
  const out = writable(backgrounds);
  const patterns: string[] = [];
  const patternIndex = new Map<string, number>();
  const indexOf = (encoded: string): number => {
    let p = patternIndex.get(encoded);
    if (p === undefined) {
      p = patterns.length;
      patterns.push(encoded);
      patternIndex.set(encoded, p);
    }
    return p;
  };
  const listed = new Set(input.rows);
  /** Row → its colours from before the earlier highlight. */
  const earlier = new Map<number, string[]>();
  const entries: HighlightEntry[] = [];
  let carried = 0;
  const previous = input.previous;
  if (previous) {
    const located = locateEntries(previous, values, backgrounds);
    previous.entries.forEach((e, i) => {
      const r = located.rows[i];
      if (r < 0) return;
      const original = decodeRow(previous.patterns[e.p] ?? '', backgrounds[r - 1]?.length);
      if (listed.has(r)) earlier.set(r, original);
      else if (!located.edited[i]) restoreRow(out.row(r), original, previous.color);
      else {
        // Edited since and no longer a defect row: the seller decides, at the next Clear.
        const f = previous.idColumn === idColumn ? e.f : fingerprint(values[r - 1] ?? [], idColumn);
        entries.push({ r, f, p: indexOf(previous.patterns[e.p] ?? '') });
        carried++;
      }
    });
  }
  for (const r of input.rows) {
    const bg = backgrounds[r - 1];
    if (!bg) continue;
    const before = earlier.get(r);
    const original = bg.map((c, k) =>
      before && previous && sameColor(c, previous.color) && before[k] ? before[k] : c,
    );
    entries.push({
      r,
      f: fingerprint(values[r - 1] ?? [], idColumn),
      p: indexOf(encodeRow(original)),
    });
    out.row(r).fill(color);
  }
  entries.sort((a, b) => a.r - b.r);
  const columns = backgrounds.reduce((m, row) => Math.max(m, row.length), 0);
  return {
    state: {
      sheetId: input.sheetId,
      sheet: input.sheet,
      color,
      columns,
      idColumn,
      patterns,
      entries,
    },
    after: out.after,
    carried,
  };
}

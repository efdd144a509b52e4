/**
 * The pure write plan (issues 10 and 11): which cells of which sheet get which value, as what,
 * in which batches — computed before the first write, painted by the add-on as it is. Every
 * batch also carries what the cells held before, so a write that fails half-way can be undone.
 */
import { isDate } from '../engine/dates';
import { coverCells } from './cover';
import { isBlankCell } from './ledger-cell';
import type { CellKind } from './merge';
import type { Area } from './obstacles';

/** A value as the add-on passes it to setValues: dates as epoch ms (the add-on makes the Date). */
export type WriteValue = string | number | boolean | { ms: number };

/** One setNumberFormats + setValues over a block; 1-based row and column. */
export interface PaintRect {
  row: number;
  col: number;
  values: WriteValue[][];
  formats: string[][];
}

/** One RangeList: the same value and format into scattered cells (A1 notations). */
export interface PaintGroup {
  cells: string[];
  value: WriteValue;
  format: string;
}

export interface PaintOps {
  rects: PaintRect[];
  groups: PaintGroup[];
}

export interface SheetPaintPlan {
  sheet: string;
  /** Insert the sheet first (it does not exist yet). */
  create: boolean;
  /** The grid must have at least this many rows and columns. */
  minRows: number;
  minColumns: number;
  /** 1-based column to hide once written (the import's own bookkeeping column), or null. */
  hideColumn: number | null;
  /** For a new sheet: the header row to make bold and freeze (1-based) and its width. */
  header: { row: number; width: number } | null;
  /** For a new sheet: trim the grid to exactly `minRows` rows (no blank rows below). */
  fitRows?: boolean;
  forward: PaintOps;
  /**
   * Puts back what the cells held, value and format, for a write that fails half-way:
   * `undo.rects[i]` undoes `forward.rects[i]`; `undo.groups` undo all of `forward.groups`.
   */
  undo: PaintOps;
  /** Cells whose value changes. */
  changedCells: number;
}

export const PLAIN_TEXT = '@';
export const AUTOMATIC_FORMAT = '0.###############';
const DEFAULT_FORMATS: Record<CellKind, string> = {
  text: PLAIN_TEXT,
  integer: '0',
  money: '0.00',
  number: '0.00########',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm:ss',
};

/** Number formats that show a date (Sheets' y/m/d/h letters outside quotes, no digit places). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /[yd]|h:m/i.test(bare) && !/[#0]/.test(bare);
}

function isNumberFormat(format: string): boolean {
  return (
    format !== PLAIN_TEXT &&
    format !== AUTOMATIC_FORMAT &&
    !isDateFormat(format) &&
    /[#0]/.test(format)
  );
}

/** The format a changed cell gets: text is always plain text; a seller's own number or date format is kept. */
export function formatFor(kind: CellKind, existing: string | undefined): string {
  if (kind === 'text') return PLAIN_TEXT;
  if (existing !== undefined) {
    if ((kind === 'date' || kind === 'dateTime') && isDateFormat(existing)) return existing;
    if ((kind === 'integer' || kind === 'money' || kind === 'number') && isNumberFormat(existing)) {
      return existing;
    }
  }
  return DEFAULT_FORMATS[kind];
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 notation of a 0-based cell. */
export function a1Of(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}

function writeValue(value: unknown): WriteValue {
  if (isDate(value)) return { ms: value.getTime() };
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * A value put back as it was: text into a cell that is not plain text gets a leading apostrophe
 * so Sheets keeps it text (it does not store the apostrophe).
 */
function restoreValue(value: unknown, format: string): WriteValue {
  const v = writeValue(value);
  return typeof v === 'string' && v !== '' && format !== PLAIN_TEXT ? `'${v}` : v;
}

function valueKey(v: WriteValue): string {
  return typeof v === 'object' ? `d${v.ms}` : `${typeof v}:${String(v)}`;
}

/** What one sheet's write plan is made from (see importer.ts). */
export interface SheetChanges {
  sheet: string;
  exists: boolean;
  /** Values after the import, 0-based; `before` gives what changed cells held. */
  values: readonly (readonly unknown[])[];
  before: (row: number, col: number) => unknown;
  kindAt: (row: number, col: number) => CellKind;
  isChanged: (row: number, col: number) => boolean;
  /** The changed cells: column → its changed rows, ascending. */
  changedByColumn: ReadonlyMap<number, readonly number[]>;
  changedCount: number;
  /** Cells that are free to write (no formula, spill, protection or merge). */
  free: (row: number, col: number) => boolean;
  /**
   * The import's own bookkeeping column (0-based), or null. Its cells between changed ones may
   * be written back as they are, so a column of scattered updates stays one batch there.
   */
  ownColumn: number | null;
}

/** The blocks the changed cells are written in; the add-on reads their formats before painting. */
export function blocksOf(changes: SheetChanges): Area[] {
  return coverCells(changes.changedByColumn, changes.isChanged, (r, c) => {
    if (!changes.free(r, c)) return false;
    return c === changes.ownColumn || isBlankCell(changes.values[r]?.[c]);
  });
}

/** The smallest area holding every block, to read the number formats in one call. */
export function boundingArea(blocks: readonly Area[]): Area | null {
  if (blocks.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const b of blocks) {
    top = Math.min(top, b.row);
    left = Math.min(left, b.col);
    bottom = Math.max(bottom, b.row + b.rows - 1);
    right = Math.max(right, b.col + b.cols - 1);
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/**
 * The paint operations: a block with several changed cells is one rectangle; single changed
 * cells with the same value and format are one RangeList. `formatAt` gives a cell's current
 * number format (read over `boundingArea`).
 */
export function paintOps(
  changes: SheetChanges,
  blocks: readonly Area[],
  formatAt: (row: number, col: number) => string,
): { forward: PaintOps; undo: PaintOps } {
  const isChanged = changes.isChanged;
  const forward: PaintOps = { rects: [], groups: [] };
  const undo: PaintOps = { rects: [], groups: [] };
  const singles = new Map<string, PaintGroup>();
  const undoSingles = new Map<string, PaintGroup>();
  const addSingle = (
    map: Map<string, PaintGroup>,
    cell: string,
    value: WriteValue,
    format: string,
  ): void => {
    const id = `${valueKey(value)}\u0001${format}`;
    const group = map.get(id);
    if (group) group.cells.push(cell);
    else map.set(id, { cells: [cell], value, format });
  };

  // A sheet the import creates is removed whole if a write fails: no undo values needed.
  const keepUndo = changes.exists;
  for (const b of blocks) {
    let count = 0;
    for (let r = b.row; r < b.row + b.rows; r++) {
      for (let c = b.col; c < b.col + b.cols; c++) if (isChanged(r, c)) count++;
    }
    if (count === 1 && b.rows * b.cols === 1) {
      const old = formatAt(b.row, b.col);
      const value = writeValue(changes.values[b.row][b.col]);
      addSingle(singles, a1Of(b.row, b.col), value, formatFor(changes.kindAt(b.row, b.col), old));
      addSingle(
        undoSingles,
        a1Of(b.row, b.col),
        restoreValue(changes.before(b.row, b.col), old),
        old,
      );
      continue;
    }
    const rect: PaintRect = { row: b.row + 1, col: b.col + 1, values: [], formats: [] };
    const back: PaintRect = { row: b.row + 1, col: b.col + 1, values: [], formats: [] };
    for (let r = b.row; r < b.row + b.rows; r++) {
      const values: WriteValue[] = [];
      const formats: string[] = [];
      const oldValues: WriteValue[] = [];
      const oldFormats: string[] = [];
      for (let c = b.col; c < b.col + b.cols; c++) {
        const old = formatAt(r, c);
        if (isChanged(r, c)) {
          values.push(writeValue(changes.values[r][c]));
          formats.push(formatFor(changes.kindAt(r, c), old));
          if (keepUndo) oldValues.push(restoreValue(changes.before(r, c), old));
        } else {
          // A blank that stays blank (or the import's own bookkeeping text), written back as it
          // is with its own format: nothing about it changes.
          const same = restoreValue(changes.values[r]?.[c], old);
          values.push(same);
          formats.push(old);
          if (keepUndo) oldValues.push(same);
        }
        if (keepUndo) oldFormats.push(old);
      }
      rect.values.push(values);
      rect.formats.push(formats);
      if (keepUndo) {
        back.values.push(oldValues);
        back.formats.push(oldFormats);
      }
    }
    forward.rects.push(rect);
    if (keepUndo) undo.rects.push(back);
  }
  for (const group of singles.values()) forward.groups.push(group);
  for (const group of undoSingles.values()) undo.groups.push(group);
  return { forward, undo };
}

/** Calls painting takes: a format and a value call per rectangle and per RangeList. */
export function paintCalls(ops: PaintOps): number {
  return 2 * (ops.rects.length + ops.groups.length);
}

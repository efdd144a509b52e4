/**
 * How to write new backgrounds in few calls, touching only the cells that change. When every
 * changed row becomes one colour across the whole row (colouring defect rows; clearing rows that
 * had no fill), only those rows are written: one RangeList call over their A1 ranges. Otherwise
 * one setBackgrounds over the smallest block holding every changed cell — but only when every
 * cell of that block that does not change can be written back as it is. Apps Script reads both
 * "no fill" and "filled white" as '#ffffff', so an unchanged '#ffffff' cell inside the block
 * would lose a seller's white fill: then the changed cells are written by colour instead, one
 * RangeList call per colour. '#ffffff' is written as null — "no fill" — never as a white fill
 * over alternating colours.
 */
import { NO_FILL } from './state';

export type BackgroundWrite =
  | { kind: 'none' }
  /** RangeList.setBackground(color) over `ranges` (A1, whole rows of the block). */
  | { kind: 'rows'; color: string | null; ranges: string[]; rows: number }
  /** Range(row, column, …).setBackgrounds(colors). */
  | { kind: 'block'; row: number; column: number; colors: (string | null)[][] }
  /** Per colour, RangeList.setBackground(color) over `ranges` (A1, runs of changed cells). */
  | { kind: 'cells'; lists: { color: string | null; ranges: string[] }[] };

/** Column letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const asWritten = (color: string): string | null =>
  color.toLowerCase() === NO_FILL ? null : color;

/** The one write that turns `before` into `after` (same row count; rows not changed may be shared). */
export function planBackgroundWrite(
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
): BackgroundWrite {
  const changed: number[] = [];
  let left = Infinity;
  let right = -1;
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i] ?? [];
    if (a === b) continue;
    let first = -1;
    let last = -1;
    for (let c = 0; c < a.length; c++) {
      if (a[c] !== b[c]) {
        if (first < 0) first = c;
        last = c;
      }
    }
    if (first < 0) continue;
    changed.push(i);
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  if (changed.length === 0) return { kind: 'none' };

  const width = after[changed[0]].length;
  const color = after[changed[0]][0];
  const uniform = changed.every((i) => {
    const row = after[i];
    return row.length === width && row.every((c) => c === color);
  });
  if (uniform) {
    const last = columnLetters(width);
    const ranges: string[] = [];
    for (let k = 0; k < changed.length;) {
      let j = k;
      while (j + 1 < changed.length && changed[j + 1] === changed[j] + 1) j++;
      ranges.push(`A${changed[k] + 1}:${last}${changed[j] + 1}`);
      k = j + 1;
    }
    return { kind: 'rows', color: asWritten(color), ranges, rows: changed.length };
  }
  const top = changed[0];
  const bottom = changed[changed.length - 1];
  if (!blockKeepsUnchanged(before, after, top, bottom, left, right)) {
    return { kind: 'cells', lists: runsByColor(before, after, changed) };
  }
  const colors: (string | null)[][] = [];
  for (let i = top; i <= bottom; i++) {
    const row = after[i] ?? [];
    const line: (string | null)[] = [];
    for (let c = left; c <= right; c++) line.push(asWritten(row[c] ?? NO_FILL));
    colors.push(line);
  }
  return { kind: 'block', row: top + 1, column: left + 1, colors };
}

const unchangedAt = (
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
  i: number,
  c: number,
): boolean => after[i] === before[i] || (after[i] ?? [])[c] === (before[i] ?? [])[c];

/** Whether writing back the block's unchanged cells as read changes none of them. */
function blockKeepsUnchanged(
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
  top: number,
  bottom: number,
  left: number,
  right: number,
): boolean {
  for (let i = top; i <= bottom; i++) {
    for (let c = left; c <= right; c++) {
      const read = (before[i] ?? [])[c] ?? NO_FILL;
      if (unchangedAt(before, after, i, c) && read.toLowerCase() === NO_FILL) return false;
    }
  }
  return true;
}

/** The changed cells as runs along each row ("B5:D5"), grouped by their new colour. */
function runsByColor(
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
  changed: readonly number[],
): { color: string | null; ranges: string[] }[] {
  const lists = new Map<string, string[]>();
  for (const i of changed) {
    const row = after[i];
    for (let c = 0; c < row.length;) {
      if (unchangedAt(before, after, i, c)) {
        c++;
        continue;
      }
      let end = c;
      while (
        end + 1 < row.length &&
        row[end + 1] === row[c] &&
        !unchangedAt(before, after, i, end + 1)
      )
        end++;
      const a1 = `${columnLetters(c + 1)}${i + 1}:${columnLetters(end + 1)}${i + 1}`;
      const key = row[c].toLowerCase();
      const list = lists.get(key);
      if (list) list.push(a1);
      else lists.set(key, [a1]);
      c = end + 1;
    }
  }
  return [...lists].map(([color, ranges]) => ({ color: asWritten(color), ranges }));
}

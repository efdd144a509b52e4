/**
 * How to write new backgrounds in one call, touching as little as possible. When every changed
 * row becomes one colour across the whole row (colouring defect rows; clearing rows that had no
 * fill), only those rows are written: one RangeList call over their A1 ranges. Otherwise one
 * setBackgrounds over the smallest block holding every changed cell. Either way '#ffffff' is
 * written as null — "no fill" — never as a white fill over alternating colours.
 */
import { NO_FILL } from './state';

export type BackgroundWrite =
  | { kind: 'none' }
  /** RangeList.setBackground(color) over `ranges` (A1, whole rows of the block). */
  | { kind: 'rows'; color: string | null; ranges: string[]; rows: number }
  /** Range(row, column, …).setBackgrounds(colors). */
  | { kind: 'block'; row: number; column: number; colors: (string | null)[][] };

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
  const colors: (string | null)[][] = [];
  for (let i = top; i <= bottom; i++) {
    const row = after[i] ?? [];
    const line: (string | null)[] = [];
    for (let c = left; c <= right; c++) line.push(asWritten(row[c] ?? NO_FILL));
    colors.push(line);
  }
  return { kind: 'block', row: top + 1, column: left + 1, colors };
}

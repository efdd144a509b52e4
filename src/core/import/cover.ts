/**
 * Few rectangles that write exactly the changed cells (issue 11): each rectangle holds changed
 * cells and, where that joins two of them, cells `joinable` allows — blank cells that stay blank
 * and the import's own bookkeeping cells, free to write (no formula, spill, protection or
 * merge) and written back as they are with their own format, so they do not change. A seller's
 * value that does not change is never inside a rectangle. Appended rows become one rectangle, a
 * column of changed cells one rectangle per unbroken run.
 */
import type { Area } from './obstacles';

/**
 * `byColumn`: each column's changed rows, ascending; `joinable(r, c)` says a cell that does not
 * change may be written.
 */
export function coverCells(
  byColumn: ReadonlyMap<number, readonly number[]>,
  isChanged: (row: number, col: number) => boolean,
  joinable: (row: number, col: number) => boolean,
): Area[] {
  if (byColumn.size === 0) return [];
  let minRow = Infinity;
  let maxRow = -Infinity;
  for (const rows of byColumn.values()) {
    if (rows.length === 0) continue;
    minRow = Math.min(minRow, rows[0]);
    maxRow = Math.max(maxRow, rows[rows.length - 1]);
  }
  const ok = (r: number, c: number): boolean => isChanged(r, c) || joinable(r, c);

  // Per column, the longest runs of writable cells around its changed cells.
  const segments = new Map<string, number[]>();
  for (const [col, rows] of byColumn) {
    let coveredTo = -1;
    for (const row of rows) {
      if (row <= coveredTo) continue;
      let top = row;
      while (top > minRow && ok(top - 1, col)) top--;
      let bottom = row;
      while (bottom < maxRow && ok(bottom + 1, col)) bottom++;
      coveredTo = bottom;
      const id = `${top}:${bottom}`;
      const cols = segments.get(id);
      if (cols) cols.push(col);
      else segments.set(id, [col]);
    }
  }

  // Columns with the same run side by side — or separated only by free blank columns — join.
  const rects: Area[] = [];
  for (const [id, cols] of segments) {
    const [top, bottom] = id.split(':').map(Number);
    cols.sort((a, b) => a - b);
    let start = cols[0];
    let end = cols[0];
    const flush = (): void => {
      rects.push({ row: top, col: start, rows: bottom - top + 1, cols: end - start + 1 });
    };
    for (let i = 1; i < cols.length; i++) {
      const next = cols[i];
      let bridge = true;
      for (let c = end + 1; c < next && bridge; c++) {
        if (byColumn.has(c)) bridge = false;
        for (let r = top; r <= bottom && bridge; r++) if (!joinable(r, c)) bridge = false;
      }
      if (bridge) {
        end = next;
      } else {
        flush();
        start = next;
        end = next;
      }
    }
    flush();
  }
  return rects.sort((a, b) => a.row - b.row || a.col - b.col);
}

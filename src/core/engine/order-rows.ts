/**
 * Where each order's item rows are in the orders range. Amazon's All Orders report has one row
 * per item, so an order can span several rows, consecutive or not (a re-import may append a later
 * item): clicking a defect order in the sidebar selects all of them. One pass over the id column.
 */
import type { Table } from './types';
import { orderIdKey } from './columns';

/**
 * The 1-based rows (ascending) of every order in `ids`, below the header row `headerRow`
 * (0-based index into `table`). Orders without a row are absent from the answer.
 */
export function orderRows(
  table: Table,
  headerRow: number,
  idColumn: number,
  ids: ReadonlySet<string>,
): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (let r = headerRow + 1; r < table.length; r++) {
    const row = table[r];
    if (!row) continue;
    const id = orderIdKey(row[idColumn]);
    if (id === '' || !ids.has(id)) continue;
    const list = rows.get(id);
    if (list) list.push(r + 1);
    else rows.set(id, [r + 1]);
  }
  return rows;
}

/** Consecutive rows joined into blocks: [2,3,4,9] → [[2,4],[9,9]] (first and last row). */
export function rowBlocks(rows: readonly number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const blocks: [number, number][] = [];
  for (const r of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && r <= last[1] + 1) last[1] = Math.max(last[1], r);
    else blocks.push([r, r]);
  }
  return blocks;
}

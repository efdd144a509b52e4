/**
 * The last step of every table a custom function returns: a text cell Sheets could not hold is
 * cut with a visible marker. Sheets refuses a result cell over 50,000 characters (the whole
 * formula shows #ERROR!), and ODR_ROOT_CAUSES joins the order ids of a category into one cell:
 * about 2,400 defective orders in one category are enough to pass it.
 */
import { fitCellText } from '../engine/platform-limits';
import type { OutputTable } from './functions';

/** Custom functions answer in English (formulas are shared), so the marker is English too. */
const MARKER = (more: number): string => `…(${more} more characters)`;

export function fitOutputCells<T extends OutputTable>(table: T): T {
  for (const row of table) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string') row[c] = fitCellText(cell, MARKER);
    }
  }
  return table;
}

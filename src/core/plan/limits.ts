/**
 * Google Sheets' limits the plan writer checks before its first write (issue 11): a cell holds
 * at most 50,000 characters and a spreadsheet 10 million cells. The plan is computed whole, cut
 * to fit with a visible marker where a text is too long, and only then written.
 *
 * The limits and `fitCellText` are core/engine/platform-limits.ts, shared with the import.
 */
import {
  CELL_CHARACTERS,
  exceedsSpreadsheetCells,
  fitCellText,
  SPREADSHEET_CELLS,
} from '../engine/platform-limits';
import { formatCount, msg, render, type Locale, type Message } from '../i18n';
import type { PlanGrid } from './sheet';

/** The plan's grid with every text cut to fit a cell, and how many cells were cut. */
export function fitPlanGrid(grid: PlanGrid, locale: Locale): { grid: PlanGrid; cut: number } {
  const marker = (more: number) => render(locale, msg('plan.truncated', { n: formatCount(more) }));
  let cut = 0;
  const values = grid.values.map((row) =>
    row.map((cell) => {
      if (typeof cell !== 'string' || cell.length <= CELL_CHARACTERS) return cell;
      cut++;
      return fitCellText(cell, marker);
    }),
  );
  // A record too long to keep is dropped, never cut: a cut record would misread deletions.
  const record = grid.record.length <= CELL_CHARACTERS ? grid.record : '';
  return { grid: { ...grid, values, record }, cut };
}

/**
 * Why adding `extra` cells to a spreadsheet holding `inUse` would pass Sheets' 10 million, or
 * null when it fits.
 */
export function cellsProblem(inUse: number, extra: number): Message | null {
  if (!exceedsSpreadsheetCells(inUse, extra)) return null;
  return msg('plan.limit.cells', {
    extra: formatCount(extra),
    inUse: formatCount(inUse),
    limit: formatCount(SPREADSHEET_CELLS),
  });
}

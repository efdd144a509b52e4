/**
 * Google Sheets' limits the plan writer checks before its first write (issue 11): a cell holds
 * at most 50,000 characters and a spreadsheet 10 million cells. The plan is computed whole, cut
 * to fit with a visible marker where a text is too long, and only then written.
 *
 * `fitCellText` has the same contract as the import's (src/core/import/limits.ts on the import
 * branch); when both are on main, one of them should go.
 */
import { formatCount, msg, render, type Locale, type Message } from '../i18n';
import type { PlanGrid } from './sheet';

export const CELL_CHARACTERS = 50_000;
export const SPREADSHEET_CELLS = 10_000_000;

/**
 * A text cut to fit one cell, with a visible marker that says how much was left out:
 * "…(1,234 more)". `marker` renders the marker for a count in the user's language.
 */
export function fitCellText(
  text: string,
  marker: (more: number) => string,
  limit: number = CELL_CHARACTERS,
): string {
  if (text.length <= limit) return text;
  // The marker's own length depends on the count; two passes settle it.
  let keep = limit - marker(text.length - limit).length;
  keep = limit - marker(text.length - keep).length;
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep -= 1;
  return `${text.slice(0, keep)}${marker(text.length - keep)}`;
}

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
  if (inUse + extra <= SPREADSHEET_CELLS) return null;
  return msg('plan.limit.cells', {
    extra: formatCount(extra),
    inUse: formatCount(inUse),
    limit: formatCount(SPREADSHEET_CELLS),
  });
}

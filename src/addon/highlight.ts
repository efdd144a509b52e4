/**
 * Highlight / clear the defect orders' rows in the orders sheet, reversibly. Cost: two reads
 * (values, backgrounds) and one write (backgrounds) per command, whatever the number of rows.
 * The undo state lives in document properties, so it survives closing the sidebar.
 */
import { applyHighlight, restoreHighlight } from '../core/highlight/state';
import { t } from '../core/i18n';
import type { Cell } from '../core/engine/types';
import type { HighlightResult } from '../core/wire/types';
import { loadData } from './shared/load-data';
import { MAX_HIGHLIGHT_ROWS, deleteState, loadState, saveState } from './shared/highlight-store';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';

/** Runs a command under the document lock and shows its message as a toast. */
function reported(work: () => HighlightResult): HighlightResult {
  const result = withDocumentLock(work);
  toast(result.message);
  return result;
}

interface SheetBlock {
  range: GoogleAppsScript.Spreadsheet.Range;
  values: Cell[][];
  backgrounds: string[][];
}

/** The sheet's data range with its values (read now, or already read) and backgrounds. */
function readBlock(sheetName: string, values?: Cell[][]): SheetBlock | null {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet || sheet.getLastRow() === 0) return null;
  const range = sheet.getDataRange();
  return {
    range,
    values: values ?? (range.getValues() as Cell[][]),
    backgrounds: range.getBackgrounds(),
  };
}

export function highlightDefects(): HighlightResult {
  const locale = userLocale();
  return reported(() => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    const ids = new Set(loaded.result.defective.map((d) => d.orderId));
    if (ids.size === 0) return { rows: 0, message: t(locale, 'highlight.none') };
    const block = readBlock(loaded.ordersSheet, loaded.orders as Cell[][]);
    if (!block) return { rows: 0, message: t(locale, 'highlight.none') };
    const previous = loadState();
    if (previous && previous.sheet === loaded.ordersSheet)
      restoreHighlight(previous, block.values, block.backgrounds);
    // Every item row of a defective order is coloured.
    const idCol = loaded.data.orderIdColumn;
    const rows: number[] = [];
    for (let r = loaded.data.ordersHeaderRow + 2; r <= block.values.length; r++) {
      const id = block.values[r - 1][idCol];
      if (ids.has(typeof id === 'string' ? id.trim() : String(id))) rows.push(r);
    }
    if (rows.length > MAX_HIGHLIGHT_ROWS) {
      throw new Error(
        t(locale, 'highlight.tooMany', { rows: rows.length, max: MAX_HIGHLIGHT_ROWS }),
      );
    }
    const state = applyHighlight(loaded.ordersSheet, block.values, block.backgrounds, rows);
    block.range.setBackgrounds(block.backgrounds);
    deleteState();
    saveState(state);
    return {
      rows: rows.length,
      message: t(locale, 'highlight.done', {
        rows: rows.length,
        orders: ids.size,
        sheet: loaded.ordersSheet,
      }),
    };
  });
}

export function clearHighlights(): HighlightResult {
  const locale = userLocale();
  return reported(() => {
    const state = loadState();
    if (!state) return { rows: 0, message: t(locale, 'clear.nothing') };
    const block = readBlock(state.sheet);
    if (!block) {
      deleteState();
      return { rows: 0, message: t(locale, 'clear.nothing') };
    }
    const outcome = restoreHighlight(state, block.values, block.backgrounds);
    if (outcome.changed) block.range.setBackgrounds(block.backgrounds);
    deleteState();
    const message =
      outcome.skipped > 0
        ? t(locale, 'clear.skipped', { rows: outcome.restored, skipped: outcome.skipped })
        : t(locale, 'clear.done', { rows: outcome.restored });
    return { rows: outcome.restored, message };
  });
}

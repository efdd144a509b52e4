/**
 * Highlight / clear the defect orders' rows, reversibly, on any number of sheets. The undo state
 * of each sheet lives in document properties under its sheet id (it survives closing the
 * sidebar and renaming the sheet). Highlight saves first and paints second: if the state cannot
 * be saved, nothing is coloured. Cost per sheet: two reads (values, backgrounds) and one write
 * (backgrounds), whatever the number of rows.
 */
import { HIGHLIGHT_COLOR, withoutImportCodes } from '../core/highlight/state';
import { orderIdKey } from '../core/engine/columns';
import { planClear, planHighlight } from '../core/highlight/plan';
import { planBackgroundWrite, type BackgroundWrite } from '../core/highlight/paint';
import {
  entriesThatFit,
  highlightRecords,
  recordBytes,
  roomForHighlight,
} from '../core/highlight/storage';
import { excerpt } from '../core/engine/text';
import { t, type Locale } from '../core/i18n';
import type { Cell } from '../core/engine/types';
import type { ClearOptions, EditedRow, HighlightResult } from '../core/wire/types';
import { loadData } from './shared/load-data';
import { deleteHighlight, loadHighlights, saveHighlight } from './shared/highlight-store';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on can remember at most this many rows of one sheet (and the storage budget). */
export const MAX_HIGHLIGHT_ROWS = 20000;
/** Edited rows named in a message; the rest are counted. */
const EDITED_LISTED = 10;

/** Runs a command under the document lock and shows its message as a toast. */
function reported(work: () => HighlightResult): HighlightResult {
  const result = withDocumentLock(work);
  toast(result.message);
  return result;
}

interface SheetBlock {
  values: Cell[][];
  backgrounds: string[][];
}

/** The sheet's data range: its values (read now, or already read) and backgrounds. */
function readBlock(sheet: Sheet, values?: Cell[][]): SheetBlock {
  if (sheet.getLastRow() === 0) return { values: [], backgrounds: [] };
  const range = sheet.getDataRange();
  return {
    values: withoutImportCodes(values ?? (range.getValues() as Cell[][])),
    backgrounds: range.getBackgrounds(),
  };
}

/** One write (one per colour for 'cells'): a RangeList or one block (null = no fill, as documented). */
function paint(sheet: Sheet, write: BackgroundWrite): void {
  if (write.kind === 'rows') {
    sheet.getRangeList(write.ranges).setBackground(write.color as string);
  } else if (write.kind === 'cells') {
    // One call per colour; a null colour (no fill) is what Range.setBackground documents.
    for (const list of write.lists)
      sheet.getRangeList(list.ranges).setBackground(list.color as string);
  } else if (write.kind === 'block') {
    sheet
      .getRange(write.row, write.column, write.colors.length, write.colors[0].length)
      .setBackgrounds(write.colors as string[][]);
  }
}

const kilobytes = (bytes: number): number => Math.ceil(bytes / 1000);

/**
 * Colours the defect orders' rows; with `orderIds` (the sidebar's list under its type filter)
 * only those of them, so the sheet shows what the sidebar shows.
 */
export function highlightDefects(orderIds?: string[]): HighlightResult {
  const locale = userLocale();
  // A menu run passes no list (or an event object): every defect order.
  const wanted = Array.isArray(orderIds) ? new Set(orderIds.map((id) => orderIdKey(id))) : null;
  return reported(() => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    const none = { rows: 0, message: t(locale, 'highlight.none'), active: false, edited: [] };
    const ids = new Set(
      loaded.result.defective
        .map((d) => orderIdKey(d.orderId))
        .filter((id) => !wanted || wanted.has(id)),
    );
    if (ids.size === 0) return none;
    const sheet = SpreadsheetApp.getActive().getSheetByName(loaded.ordersSheet);
    if (!sheet) return none;
    // Every item row of a defective order is coloured.
    const values = loaded.orders as Cell[][];
    const idColumn = loaded.data.orderIdColumn;
    const rows: number[] = [];
    for (let r = loaded.data.ordersHeaderRow + 2; r <= values.length; r++) {
      if (ids.has(orderIdKey(values[r - 1][idColumn]))) rows.push(r);
    }
    if (rows.length === 0) return none;
    if (rows.length > MAX_HIGHLIGHT_ROWS) {
      throw new Error(
        t(locale, 'highlight.tooMany', { rows: rows.length, max: MAX_HIGHLIGHT_ROWS }),
      );
    }
    const block = readBlock(sheet, values);
    const store = loadHighlights();
    const sheetId = sheet.getSheetId();
    const previous =
      store.states.find((s) => s.state.sheetId === sheetId) ??
      store.states.find((s) => s.state.sheetId === null && s.state.sheet === loaded.ordersSheet);
    const plan = planHighlight({
      sheetId,
      sheet: loaded.ordersSheet,
      values: block.values,
      backgrounds: block.backgrounds,
      rows,
      idColumn,
      color: HIGHLIGHT_COLOR,
      previous: previous ? previous.state : null,
    });
    const state = { ...plan.state, sheetId };
    // Save first, paint second: a state that cannot be saved means nothing is coloured.
    const replacing = previous ? previous.keys : [];
    const room = roomForHighlight(store.all, replacing);
    const needed = recordBytes(highlightRecords(state));
    if (needed > room) {
      throw new Error(
        t(locale, 'highlight.noRoom', {
          rows: rows.length,
          needed: kilobytes(needed),
          room: Math.floor(room / 1000),
          fit: entriesThatFit(state, room),
          sheet: loaded.ordersSheet,
        }),
      );
    }
    const write = planBackgroundWrite(block.backgrounds, plan.after);
    const undo = saveHighlight(state, replacing, store.all);
    try {
      paint(sheet, write);
    } catch (err) {
      undo();
      throw err;
    }
    const message = [
      t(locale, 'highlight.done', {
        rows: rows.length,
        orders: ids.size,
        sheet: loaded.ordersSheet,
      }),
      plan.carried > 0 ? t(locale, 'highlight.carried', { rows: plan.carried }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { rows: rows.length, message, active: true, edited: [] };
  });
}

/** "Orders: row 6 (order 114-…), row 9 (order 114-…)" — at most EDITED_LISTED rows named. */
function editedList(locale: Locale, edited: readonly EditedRow[]): string {
  const listSep = t(locale, 'highlight.listSeparator');
  const groups = new Map<string, string[]>();
  edited.slice(0, EDITED_LISTED).forEach((e) => {
    const text = e.orderId
      ? t(locale, 'clear.editedRow', { row: e.row, orderId: e.orderId })
      : t(locale, 'clear.editedRowOnly', { row: e.row });
    const list = groups.get(e.sheet);
    if (list) list.push(text);
    else groups.set(e.sheet, [text]);
  });
  const parts = [...groups].map(([sheet, rows]) =>
    t(locale, 'clear.editedSheet', { sheet, rows: rows.join(listSep) }),
  );
  let text = parts.join(t(locale, 'highlight.groupSeparator'));
  if (edited.length > EDITED_LISTED)
    text += listSep + t(locale, 'clear.editedMore', { count: edited.length - EDITED_LISTED });
  return text;
}

function errorText(err: unknown): string {
  return excerpt(err instanceof Error ? err.message : String(err), 200);
}

/**
 * Restores the colours from before on every highlighted sheet. Rows edited since are named and
 * left highlighted unless `options.includeEdited` (the sidebar's "Clear edited rows too").
 */
export function clearHighlights(options?: ClearOptions): HighlightResult {
  const locale = userLocale();
  const includeEdited =
    typeof options === 'object' && options !== null && options.includeEdited === true;
  return reported(() => {
    const store = loadHighlights();
    if (store.states.length === 0)
      return { rows: 0, message: t(locale, 'clear.nothing'), active: false, edited: [] };
    const spreadsheet = SpreadsheetApp.getActive();
    let restored = 0;
    let skipped = 0;
    let active = false;
    const edited: EditedRow[] = [];
    const notes: string[] = [];
    for (const stored of store.states) {
      const { state } = stored;
      const sheet =
        state.sheetId !== null
          ? spreadsheet.getSheetById(state.sheetId)
          : spreadsheet.getSheetByName(state.sheet);
      if (!sheet) {
        deleteHighlight(stored.keys);
        notes.push(t(locale, 'clear.sheetGone', { sheet: state.sheet }));
        continue;
      }
      const name = sheet.getName();
      const block = readBlock(sheet);
      const plan = planClear(state, block.values, block.backgrounds, includeEdited);
      try {
        // Paint first here: if it fails, the state is still there for the next try.
        paint(sheet, planBackgroundWrite(block.backgrounds, plan.after));
      } catch (err) {
        notes.push(t(locale, 'clear.failed', { sheet: name, error: errorText(err) }));
        active = true;
        continue;
      }
      if (plan.remaining) {
        saveHighlight({ ...plan.remaining, sheetId: sheet.getSheetId() }, stored.keys, store.all);
        active = true;
      } else deleteHighlight(stored.keys);
      restored += plan.restored;
      skipped += plan.recoloured + plan.gone + plan.edited.length;
      for (const row of plan.edited) {
        const id = state.idColumn >= 0 ? block.values[row - 1]?.[state.idColumn] : '';
        edited.push({ sheet: name, row, orderId: excerpt(orderIdKey(id), 60) });
      }
    }
    const message = [
      skipped > 0
        ? t(locale, 'clear.skipped', { rows: restored, skipped })
        : t(locale, 'clear.done', { rows: restored }),
      edited.length > 0 ? t(locale, 'clear.edited', { rows: editedList(locale, edited) }) : '',
      ...notes,
    ]
      .filter(Boolean)
      .join(' ');
    return { rows: restored, message, active, edited };
  });
}

/** Insert sample data: an Orders and a Defects sheet so a new user sees everything work. */
import { buildSample } from '../core/sample/workbook';
import { dayOfInstant, dayToDate, parseDateString } from '../core/engine/dates';
import { t } from '../core/i18n';
import type { Cell } from '../core/engine/types';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { DEFECTS_SHEET, ORDERS_SHEET, fitNewSheet } from './shared/data-sheets';
import { spreadsheetZone } from './shared/zone';
import { writeCells } from './shared/text-cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "Orders", or "Orders (sample)", "Orders (sample 2)"… — never an existing sheet. */
function freeName(spreadsheet: Spreadsheet, base: string): string {
  if (!spreadsheet.getSheetByName(base)) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (sample)` : `${base} (sample ${n})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

function writeTable(
  spreadsheet: Spreadsheet,
  name: string,
  rows: Cell[][],
  dateColumns: number[],
): void {
  const sheet = spreadsheet.insertSheet(name);
  const width = rows[0].length;
  fitNewSheet(sheet, rows.length);
  // Text columns are plain text ('@'), so nothing in them can turn into a formula or a number.
  const formats = rows.map((row, r) =>
    row.map((_, c) =>
      r > 0 && dateColumns.includes(c)
        ? 'yyyy-mm-dd'
        : r > 0 && typeof row[c] === 'number'
          ? '0.##'
          : '@',
    ),
  );
  const range = sheet.getRange(1, 1, rows.length, width);
  writeCells(range, rows, formats);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

export function insertSampleData(): string {
  const locale = userLocale();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const zone = spreadsheetZone();
    // The sample's last order is three days ago, so deadlines look like a seller's would.
    const sample = buildSample(dayOfInstant(Date.now(), zone) - 3);
    const toDate = (text: Cell): Cell => {
      const day = typeof text === 'string' ? parseDateString(text, 'YMD', zone) : null;
      return day === null ? text : dayToDate(day, zone);
    };
    const orders = sample.orders.map((row, r) =>
      r === 0 ? row : row.map((c, i) => (i === 1 ? toDate(c) : c)),
    );
    const defects = sample.defects.map((row, r) =>
      r === 0 ? row : row.map((c, i) => (i === 3 ? toDate(c) : c)),
    );
    const ordersName = freeName(spreadsheet, ORDERS_SHEET);
    const defectsName = freeName(spreadsheet, DEFECTS_SHEET);
    writeTable(spreadsheet, ordersName, orders, [1]);
    writeTable(spreadsheet, defectsName, defects, [3]);
    spreadsheet.setActiveSheet(
      spreadsheet.getSheetByName(ordersName) as GoogleAppsScript.Spreadsheet.Sheet,
    );
    const message =
      ordersName === ORDERS_SHEET && defectsName === DEFECTS_SHEET
        ? t(locale, 'sample.created', { orders: ordersName, defects: defectsName })
        : t(locale, 'sample.exists', {
            name: `${ORDERS_SHEET}/${DEFECTS_SHEET}`,
            orders: ordersName,
            defects: defectsName,
          });
    // Run from the menu, the return value goes nowhere: the toast is the seller's answer.
    toast(message);
    return message;
  });
}

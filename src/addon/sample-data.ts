/**
 * Insert sample data: an Orders and a Defects sheet so a new user sees everything work. Core
 * builds the sheets as plans (typed values, formats); this checks they fit, then paints them,
 * all or nothing: if a write fails, the sheets it added are removed again.
 */
import { buildSample } from '../core/sample/workbook';
import { dayOfInstant } from '../core/engine/dates';
import { msg, render, t } from '../core/i18n';
import { newSheetsProblem, newTablePlan } from '../core/import';
import { userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { DEFECTS_SHEET, ORDERS_SHEET, cellsInUse } from './shared/data-sheets';
import { paintPlans } from './shared/sheet-writer';
import { spreadsheetZone } from './shared/zone';
import { bumpDataVersion } from './shared/data-version';
import { sheetNameTaken } from './shared/sheet-names';
import { freeName } from '../core/engine/free-name';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "Orders", or "Orders (sample)", "Orders (sample 2)"… — never an existing sheet. */
function sampleSheetName(spreadsheet: Spreadsheet, base: string): string {
  return freeName(
    base,
    (name) => sheetNameTaken(spreadsheet, name),
    (attempt) => (attempt === 1 ? `${base} (sample)` : `${base} (sample ${attempt})`),
  );
}

export function insertSampleData(): string {
  const locale = userLocale();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const zone = spreadsheetZone();
    // The sample's last order is three days ago, so deadlines look like a seller's would.
    const sample = buildSample(dayOfInstant(Date.now(), zone) - 3);
    const ordersName = sampleSheetName(spreadsheet, ORDERS_SHEET);
    const defectsName = sampleSheetName(spreadsheet, DEFECTS_SHEET);
    const plans = [
      newTablePlan({ sheet: ordersName, rows: sample.orders, dateColumns: [1] }, zone),
      newTablePlan({ sheet: defectsName, rows: sample.defects, dateColumns: [3] }, zone),
    ];
    const problem = newSheetsProblem(
      cellsInUse(spreadsheet),
      plans.map((p) => ({ rows: p.minRows, columns: p.minColumns })),
    );
    if (problem) return render(locale, msg('writer.stopped', { why: problem }));
    const painted = paintPlans(spreadsheet, plans);
    // The open sidebar polls this stamp: even a partial write changed what it shows.
    if (painted.ok || !painted.rolledBack) bumpDataVersion();
    if (!painted.ok) {
      return render(
        locale,
        painted.rolledBack
          ? msg('writer.rolledBack', { error: painted.error })
          : msg('writer.partly', { error: painted.error, written: painted.written.join(', ') }),
      );
    }
    const orders = spreadsheet.getSheetByName(ordersName);
    if (orders) spreadsheet.setActiveSheet(orders);
    return ordersName === ORDERS_SHEET && defectsName === DEFECTS_SHEET
      ? t(locale, 'sample.created', { orders: ordersName, defects: defectsName })
      : t(locale, 'sample.exists', {
          name: `${ORDERS_SHEET}/${DEFECTS_SHEET}`,
          orders: ordersName,
          defects: defectsName,
        });
  });
}

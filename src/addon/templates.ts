/**
 * Insert blank templates (issue 5): Orders and Defects sheets with the import's headers, drop-downs
 * and date formats, for sellers who keep their own log. Never overwrites: an existing sheet of
 * the same name gets a numbered sibling ("Orders (2)"). All or nothing (issue 11): checked
 * against the spreadsheet's cell limit first; if a write fails, the sheets it added are removed.
 *
 * Each template carries the import's hidden bookkeeping column, so what the seller types into it
 * is known as theirs: a later import lists a difference, and never overwrites it.
 */
import {
  DEFECT_COL,
  FINGERPRINT_HEADER,
  newSheetsProblem,
  DEFECT_STATUS_VALUES,
  DEFECT_TYPE_VALUES,
  DEFECTS_DATE_COLUMNS,
  DEFECTS_LEDGER_HEADER,
  FULFILLMENT_CHANNEL_VALUES,
  ORDERS_DATE_COLUMNS,
  ORDERS_TEMPLATE_HEADER,
} from '../core/import';
import { msg, render, t, type Locale } from '../core/i18n';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { DEFECTS_SHEET, ORDERS_SHEET, cellsInUse } from './shared/data-sheets';
import { errorText } from './shared/sheet-writer';
import { bumpDataVersion } from './shared/data-version';
import { sheetNameTaken } from './shared/sheet-names';
import { freeName } from '../core/engine/free-name';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** "Orders", else "Orders (2)", "Orders (3)"… — never an existing sheet. */
export function freeSheetName(spreadsheet: Spreadsheet, base: string): string {
  return freeName(base, (name) => sheetNameTaken(spreadsheet, name));
}

interface TemplateSpec {
  header: readonly string[];
  dateColumns: readonly string[];
  dateFormat: string;
  /** Column index → allowed values and the help text key. */
  lists: { col: number; values: readonly string[]; help: string }[];
}

function writeTemplate(
  spreadsheet: Spreadsheet,
  name: string,
  spec: TemplateSpec,
  created: Sheet[],
): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  created.push(sheet);
  const header = [...spec.header, FINGERPRINT_HEADER];
  const width = header.length;
  if (sheet.getMaxColumns() < width) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  }
  const rows = sheet.getMaxRows() - 1;
  // Text everywhere but the date columns: order ids and typed words stay as typed.
  const formats = header.map((h) => (spec.dateColumns.includes(h) ? spec.dateFormat : '@'));
  const body = sheet.getRange(2, 1, rows, width);
  body.setNumberFormats(Array.from({ length: rows }, () => formats.slice()));
  const head = sheet.getRange(1, 1, 1, width);
  head.setNumberFormat('@');
  head.setValues([header]);
  head.setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.hideColumns(width);
  for (const list of spec.lists) {
    // Warn, not reject: a status copied from Seller Central in other words must still fit.
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(list.values.slice(), true)
      .setAllowInvalid(true)
      .setHelpText(list.help)
      .build();
    sheet.getRange(2, list.col + 1, rows, 1).setDataValidation(rule);
  }
  return sheet;
}

function ordersSpec(locale: Locale): TemplateSpec {
  return {
    header: ORDERS_TEMPLATE_HEADER,
    dateColumns: ORDERS_DATE_COLUMNS,
    dateFormat: 'yyyy-mm-dd hh:mm',
    lists: [
      {
        col: ORDERS_TEMPLATE_HEADER.indexOf('fulfillment-channel'),
        values: FULFILLMENT_CHANNEL_VALUES,
        help: t(locale, 'templates.channelHelp'),
      },
    ],
  };
}

function defectsSpec(locale: Locale): TemplateSpec {
  return {
    header: DEFECTS_LEDGER_HEADER,
    dateColumns: DEFECTS_DATE_COLUMNS,
    dateFormat: 'yyyy-mm-dd',
    lists: [
      { col: DEFECT_COL.type, values: DEFECT_TYPE_VALUES, help: t(locale, 'templates.typeHelp') },
      {
        col: DEFECT_COL.status,
        values: DEFECT_STATUS_VALUES,
        help: t(locale, 'templates.statusHelp'),
      },
    ],
  };
}

export function insertTemplates(): { message: string; orders: string; defects: string } {
  const locale = userLocale();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const orders = freeSheetName(spreadsheet, ORDERS_SHEET);
    const defects = freeSheetName(spreadsheet, DEFECTS_SHEET);
    const specs = [ordersSpec(locale), defectsSpec(locale)];
    const problem = newSheetsProblem(
      cellsInUse(spreadsheet),
      specs.map((s) => ({ rows: 1000, columns: s.header.length + 1 })),
    );
    if (problem) {
      const message = render(locale, msg('writer.stopped', { why: problem }));
      toast(message);
      return { message, orders: '', defects: '' };
    }
    const created: Sheet[] = [];
    let ordersSheet: Sheet;
    try {
      ordersSheet = writeTemplate(spreadsheet, orders, specs[0], created);
      writeTemplate(spreadsheet, defects, specs[1], created);
    } catch (e) {
      const error = errorText(e);
      let undone = true;
      for (const sheet of created.reverse()) {
        try {
          spreadsheet.deleteSheet(sheet);
        } catch {
          undone = false;
        }
      }
      const message = render(
        locale,
        undone
          ? msg('writer.rolledBack', { error })
          : msg('writer.partly', { error, written: created.map((s) => s.getName()).join(', ') }),
      );
      toast(message);
      return { message, orders: '', defects: '' };
    }
    spreadsheet.setActiveSheet(ordersSheet);
    bumpDataVersion();
    const message =
      orders === ORDERS_SHEET && defects === DEFECTS_SHEET
        ? t(locale, 'templates.created', { orders, defects })
        : t(locale, 'templates.renamed', { orders, defects });
    toast(message);
    return { message, orders, defects };
  });
}

/**
 * "Check this spreadsheet" (menu): verifies on the real platform what the emulator assumes and
 * the writers rely on. On a temporary hidden sheet it writes the text cases into plain-text
 * cells and, as the fallback, with an apostrophe prefix; types two days in and writes their
 * Dates; reads everything back; then removes the sheet, also when a step fails. The report
 * (with the document-property quota in use) opens in a dialog, ready to copy. When plain-text
 * cells fail and the apostrophe works, the writers switch to it in this spreadsheet
 * (shared/text-cells.ts).
 */
import {
  DATE_DAYS,
  DAY_FORMAT,
  TEXT_CASES,
  apostropheOutcome,
  crashedOutcome,
  dateForDay,
  dateOutcome,
  propertiesOutcome,
  propertyUsage,
  textModeOf,
  textOutcome,
  wallClock,
  type CheckOutcome,
} from '../core/self-check/checks';
import { reportPage, reportText } from '../core/self-check/report';
import { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from '../core/self-check/text-cells';
import { msg, t, type Message } from '../core/i18n';
import { withDocumentLock } from './shared/lock';
import { saveTextMode } from './shared/text-cells';
import { userLocale } from './shared/ui';
import { spreadsheetZone } from './shared/zone';
import { freeSheetName } from './templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SHEET_NAME = 'ODR Guard check (temporary)';

/** An error's message, also for errors from another realm (not `instanceof Error` here). */
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The checks that need the temporary sheet; `sheet` is filled in as soon as it exists. */
function sheetChecks(spreadsheet: Spreadsheet, made: { sheet: Sheet | null }): CheckOutcome[] {
  const zone = spreadsheetZone();
  const before = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(
    freeSheetName(spreadsheet, SHEET_NAME),
    spreadsheet.getSheets().length,
  );
  made.sheet = sheet;
  sheet.hideSheet();
  // insertSheet shows the new sheet; the seller stays where they were.
  if (before) spreadsheet.setActiveSheet(before);

  const n = TEXT_CASES.length;
  const days = DATE_DAYS.length;
  // A: plain-text cells. B: the apostrophe fallback in automatic cells, as writers would do it.
  // C: days typed in (automatic cells). D: the Dates a writer writes for those days.
  sheet
    .getRange(1, 1, n, 1)
    .setNumberFormat(PLAIN_TEXT_FORMAT)
    .setValues(TEXT_CASES.map((c) => [c]));
  sheet
    .getRange(1, 2, n, 1)
    .setNumberFormat(AUTOMATIC_FORMAT)
    .setValues(TEXT_CASES.map((c) => [`'${c}`]));
  sheet
    .getRange(1, 3, days, 1)
    .setNumberFormat(AUTOMATIC_FORMAT)
    .setValues(DATE_DAYS.map((d) => [d]));
  sheet
    .getRange(1, 4, days, 1)
    .setNumberFormat(DAY_FORMAT)
    .setValues(DATE_DAYS.map((d) => [dateForDay(d, zone)]));
  SpreadsheetApp.flush();

  const block = sheet.getRange(1, 1, Math.max(n, days), 4);
  const values = block.getValues();
  const formulas = block.getFormulas();
  const display = block.getDisplayValues();
  const textReads = (col: number) =>
    TEXT_CASES.map((written, r) => ({ written, value: values[r][col], formula: formulas[r][col] }));
  const plainText = textOutcome('plainText', textReads(0), zone);
  const apostrophe = apostropheOutcome(plainText, textReads(1), zone);
  saveTextMode(textModeOf(plainText, apostrophe));
  const dates = dateOutcome(
    DATE_DAYS.map((day, r) => ({ day, typedValue: values[r][2], writtenDisplay: display[r][3] })),
    zone,
  );
  return [plainText, apostrophe, dates];
}

function propertiesCheck(): CheckOutcome {
  return propertiesOutcome(
    propertyUsage(PropertiesService.getDocumentProperties().getProperties()),
  );
}

/** Runs every check and shows the report; returns the report text (for the tests). */
export function checkSpreadsheet(): string {
  const locale = userLocale();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const zoneName = spreadsheet.getSpreadsheetTimeZone();
    const outcomes: CheckOutcome[] = [];
    const made: { sheet: Sheet | null } = { sheet: null };
    let sheetNote: Message = msg('selfCheck.sheetRemoved', { sheet: SHEET_NAME });
    try {
      outcomes.push(...sheetChecks(spreadsheet, made));
    } catch (error) {
      outcomes.push(crashedOutcome(errorText(error)));
    } finally {
      if (made.sheet) {
        const name = made.sheet.getName();
        try {
          spreadsheet.deleteSheet(made.sheet);
          sheetNote = msg('selfCheck.sheetRemoved', { sheet: name });
        } catch (error) {
          sheetNote = msg('selfCheck.sheetNotRemoved', { sheet: name, error: errorText(error) });
        }
      }
    }
    try {
      outcomes.push(propertiesCheck());
    } catch (error) {
      outcomes.push(crashedOutcome(errorText(error)));
    }
    const heading = {
      time: wallClock(Date.now(), spreadsheetZone()),
      zone: zoneName,
      locale: spreadsheet.getSpreadsheetLocale(),
    };
    const report = reportText(locale, heading, outcomes, sheetNote);
    const failed = outcomes.some((o) => o.status === 'failed');
    const html = HtmlService.createHtmlOutput(reportPage(locale, report, failed))
      .setWidth(600)
      .setHeight(460);
    SpreadsheetApp.getUi().showModalDialog(html, t(locale, 'selfCheck.title'));
    return report;
  });
}

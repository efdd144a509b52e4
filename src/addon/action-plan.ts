/**
 * Write action plan (issue #4): a new sheet "Plan of Action YYYY-MM-DD" ("行动计划 …" for a
 * Chinese user) built from the seller's own defects, in the user's language (the draft letter
 * stays English). Never overwrites (a second run the same day makes "(2)"), touches no other
 * sheet, and writes in a constant number of batched calls whatever the number of defects.
 */
import { buildPlan } from '../core/plan';
import {
  PLAN_COLUMNS,
  PLAN_COLUMN_WIDTHS,
  planGrid,
  planSheetName,
  statusChoices,
  type RowStyle,
} from '../core/plan/sheet';
import { latestPlanSheet, readFilledPlan, type FilledPlan } from '../core/plan/read-filled';
import { dayOfInstant, dayToIso } from '../core/engine/dates';
import { t } from '../core/i18n';
import { writeCells } from './shared/text-cells';
import { loadChecklist, loadData } from './shared/load-data';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { fitNewSheet } from './shared/data-sheets';

const BACKGROUND: Record<RowStyle, string> = {
  title: '#1a73e8',
  heading: '#d2e3fc',
  subheading: '#e8f0fe',
  tableHeader: '#f1f3f4',
  guidance: '#ffffff',
  body: '#ffffff',
};
const INPUT_BACKGROUND = '#fef7e0';

/**
 * What the seller filled in their latest plan sheet (findings, per-order actions), so writing
 * the plan again keeps their work and the letter uses it. One read, whatever the plan's size.
 */
function filledFromLatestPlan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): FilledPlan {
  const latest = latestPlanSheet(spreadsheet.getSheets().map((s) => s.getName()));
  const sheet = latest ? spreadsheet.getSheetByName(latest) : null;
  if (!sheet || sheet.getLastRow() === 0) return { findings: {}, statuses: {} };
  return readFilledPlan(sheet.getDataRange().getValues());
}

export function writeActionPlan(): { sheet: string; message: string } {
  const locale = userLocale();
  const result = withDocumentLock(() => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    const spreadsheet = SpreadsheetApp.getActive();
    const filled = filledFromLatestPlan(spreadsheet);
    const plan = buildPlan(loaded.data, loaded.result, {
      ...filled,
      checklist: loadChecklist().state,
    });
    const grid = planGrid(plan, locale);
    const today = dayToIso(dayOfInstant(Date.now(), loaded.data.zone));
    const name = planSheetName(today, (n) => spreadsheet.getSheetByName(n) !== null, locale);
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
    const rows = grid.values.length;
    fitNewSheet(sheet, rows);
    const range = sheet.getRange(1, 1, rows, PLAN_COLUMNS);
    // Plain text ('@') before the values, so buyer words like "=HYPERLINK(…)" stay words.
    const formats: string[][] = grid.values.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? '0' : '@')),
    );
    for (const [r, c] of grid.percentCells) formats[r - 1][c - 1] = '0.00%';
    writeCells(range, grid.values, formats);
    const backgrounds = grid.styles.map((style) =>
      new Array<string>(PLAN_COLUMNS).fill(BACKGROUND[style]),
    );
    for (const [r, c] of grid.inputCells) backgrounds[r - 1][c - 1] = INPUT_BACKGROUND;
    range.setBackgrounds(backgrounds);
    range.setFontWeights(
      grid.styles.map((style) =>
        new Array<GoogleAppsScript.Spreadsheet.FontWeight>(PLAN_COLUMNS).fill(
          style === 'body' || style === 'guidance' ? 'normal' : 'bold',
        ),
      ),
    );
    range.setFontColors(
      grid.styles.map((style) =>
        new Array<string>(PLAN_COLUMNS).fill(
          style === 'title' ? '#ffffff' : style === 'guidance' ? '#5f6368' : '#202124',
        ),
      ),
    );
    range.setWrap(true).setVerticalAlignment('top');
    PLAN_COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    sheet.setFrozenRows(1);
    // One drop-down rule on every status cell, as a list the seller may also type outside of.
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(statusChoices(locale), true)
      .setAllowInvalid(true)
      .build();
    const isStatus = new Array<boolean>(rows).fill(false);
    for (const [first, last] of grid.statusRanges)
      for (let r = first; r <= last; r++) isStatus[r - 1] = true;
    sheet
      .getRange(1, PLAN_COLUMNS, rows, 1)
      .setDataValidations(isStatus.map((yes) => [yes ? rule : null]));
    spreadsheet.setActiveSheet(sheet);
    return { sheet: name, sections: plan.sections.length };
  });
  const message = t(locale, 'plan.written', { sheet: result.sheet, sections: result.sections });
  toast(message);
  return { sheet: result.sheet, message };
}

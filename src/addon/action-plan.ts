/**
 * Write action plan (issue #4, issue 13): a new sheet "Plan of Action YYYY-MM-DD" ("行动计划 …"
 * for a Chinese user) built from the seller's own defects and from what they filled in their
 * latest plan, in the user's language (the draft letter is English, with a rendering beside it
 * for a seller who reads another language). Never overwrites (a second run the same day makes
 * "(2)"), touches no other sheet, computes every write first and checks it against Sheets'
 * limits (50,000 characters a cell, 10 million cells) before the first write, and writes in a
 * constant number of batched calls whatever the number of defects.
 */
import { buildPlan, type PlanOfAction } from '../core/plan';
import {
  PLAN_COLUMNS,
  PLAN_COLUMN_WIDTHS,
  planGrid,
  planSheetName,
  statusChoices,
  type RowStyle,
} from '../core/plan/sheet';
import { latestPlanSheet, readFilledPlan } from '../core/plan/read-filled';
import { cellsProblem, fitPlanGrid } from '../core/plan/limits';
import { planReadiness } from '../core/plan/readiness';
import { topProducts } from '../core/plan/top-products';
import { removalSummary } from '../core/removal/summary';
import { resolveScope } from '../core/engine/odr';
import { dayOfInstant, dayToIso } from '../core/engine/dates';
import { render, t, type Locale } from '../core/i18n';
import { preparedInAdvance, type FilledPlan } from '../core/plan/types';
import type { AppealStatus } from '../core/wire/types';
import { writeCells } from './shared/text-cells';
import { loadChecklist, loadData, type LoadedData } from './shared/load-data';
import { toast, userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { fitNewSheet } from './shared/data-sheets';
import { bumpDataVersion } from './shared/data-version';
import { sheetNameTaken } from './shared/sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const BACKGROUND: Record<RowStyle, string> = {
  title: '#1a73e8',
  heading: '#d2e3fc',
  subheading: '#e8f0fe',
  tableHeader: '#f1f3f4',
  guidance: '#ffffff',
  body: '#ffffff',
};
const INPUT_BACKGROUND = '#fef7e0';

const NOTHING_FILLED: FilledPlan = { findings: {}, actions: {}, lists: {}, shown: {}, notes: {} };

/**
 * What the seller filled in their latest plan sheet (findings, actions, lists, notes) and that
 * plan's record of what its lists showed, so writing the plan again keeps all of it. Two reads
 * (values and the title cell's note), whatever the plan's size.
 */
function filledFromLatestPlan(spreadsheet: Spreadsheet): {
  sheet: string | null;
  filled: FilledPlan;
} {
  const sheet = latestPlan(spreadsheet);
  if (!sheet || sheet.getLastRow() === 0) return { sheet: null, filled: NOTHING_FILLED };
  const range = sheet.getDataRange();
  return {
    sheet: sheet.getName(),
    filled: readFilledPlan(range.getValues(), String(sheet.getRange(1, 1).getNote() ?? '')),
  };
}

/** Document property: the sheet id of the plan written last, so a rename does not lose it. */
const LATEST_PLAN_KEY = 'odrguard.plan.latest';

/**
 * The plan sheet written last: by the id remembered when it was written (the seller may have
 * renamed it, and their findings must still carry over), else the newest by its name.
 */
function latestPlan(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(LATEST_PLAN_KEY);
  const id = stored === null ? NaN : Number(stored);
  const byId = Number.isInteger(id) ? spreadsheet.getSheetById(id) : null;
  if (byId) return byId;
  const latest = latestPlanSheet(spreadsheet.getSheets().map((s) => s.getName()));
  return latest ? spreadsheet.getSheetByName(latest) : null;
}

/** Remembers the plan just written; if the store is full, the name still finds it. */
function rememberLatestPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(
      LATEST_PLAN_KEY,
      String(sheet.getSheetId()),
    );
  } catch {
    // Not worth failing a written plan for: latestPlan falls back to the sheet's name.
  }
}

/** The plan from the loaded data and what the seller filled in their latest plan. */
function planFor(loaded: LoadedData, filled: FilledPlan): PlanOfAction {
  return buildPlan(loaded.data, loaded.result, {
    filled,
    checklist: loadChecklist().state,
    orders: loaded.orders,
    today: dayOfInstant(Date.now(), loaded.data.zone),
  });
}

/** Cells all sheets of the spreadsheet occupy now (rows × columns each, as Sheets counts them). */
function cellsInUse(spreadsheet: Spreadsheet): number {
  return spreadsheet
    .getSheets()
    .reduce((n, sheet) => n + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/** A new sheet starts 1,000 × 26 before it is fitted: the most it holds while being written. */
const NEW_SHEET_CELLS = 1000 * 26;

export function writeActionPlan(): { sheet: string; message: string } {
  const locale = userLocale();
  const result = withDocumentLock(() => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    const spreadsheet = SpreadsheetApp.getActive();
    const plan = planFor(loaded, filledFromLatestPlan(spreadsheet).filled);
    // Every write computed and checked before the first one.
    const fitted = fitPlanGrid(planGrid(plan, locale), locale);
    const grid = fitted.grid;
    const rows = grid.values.length;
    const problem = cellsProblem(
      cellsInUse(spreadsheet),
      Math.max(NEW_SHEET_CELLS, rows * PLAN_COLUMNS),
    );
    if (problem) throw new Error(render(locale, problem));
    const formats: string[][] = grid.values.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? '0' : '@')),
    );
    for (const [r, c] of grid.percentCells) formats[r - 1][c - 1] = '0.00%';
    const backgrounds = grid.styles.map((style) =>
      new Array<string>(PLAN_COLUMNS).fill(BACKGROUND[style]),
    );
    for (const [r, c] of grid.inputCells) backgrounds[r - 1][c - 1] = INPUT_BACKGROUND;
    const weights = grid.styles.map((style) =>
      new Array<GoogleAppsScript.Spreadsheet.FontWeight>(PLAN_COLUMNS).fill(
        style === 'body' || style === 'guidance' ? 'normal' : 'bold',
      ),
    );
    const colours = grid.styles.map((style) =>
      new Array<string>(PLAN_COLUMNS).fill(
        style === 'title' ? '#ffffff' : style === 'guidance' ? '#5f6368' : '#202124',
      ),
    );
    const today = dayToIso(dayOfInstant(Date.now(), loaded.data.zone));
    const name = planSheetName(today, (n) => sheetNameTaken(spreadsheet, n), locale);

    const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
    // Only the plan's eight columns, so the sheet takes the cells it needs and no more.
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > PLAN_COLUMNS) sheet.deleteColumns(PLAN_COLUMNS + 1, maxColumns - PLAN_COLUMNS);
    fitNewSheet(sheet, rows);
    const range = sheet.getRange(1, 1, rows, PLAN_COLUMNS);
    // Plain text ('@') before the values, so buyer words like "=HYPERLINK(…)" stay words.
    writeCells(range, grid.values, formats);
    range.setBackgrounds(backgrounds);
    range.setFontWeights(weights);
    range.setFontColors(colours);
    range.setWrap(true).setVerticalAlignment('top');
    PLAN_COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    sheet.setFrozenRows(1);
    if (grid.record !== '') sheet.getRange(1, 1).setNote(grid.record);
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
    rememberLatestPlan(sheet);
    // The open sidebar reads the letter's readiness again (it polls this stamp).
    bumpDataVersion();
    return {
      sheet: name,
      sections: plan.parts.reduce((n, p) => n + p.sections.length, 0),
      gaps: plan.gaps.length,
      preparation: preparedInAdvance(plan),
      cut: fitted.cut,
    };
  });
  const parts =
    result.sections === 0
      ? [t(locale, 'plan.written.none', { sheet: result.sheet })]
      : [
          t(locale, result.sections === 1 ? 'plan.written.one' : 'plan.written', {
            sheet: result.sheet,
            sections: result.sections,
          }),
          result.gaps === 0
            ? t(locale, result.preparation ? 'plan.ready.preparation' : 'plan.ready')
            : t(locale, result.gaps === 1 ? 'plan.gaps.title.one' : 'plan.gaps.title.other', {
                n: result.gaps,
              }).replace(/[:：]$/, locale === 'zh' ? '。' : '.'),
        ];
  if (result.cut > 0) parts.push(t(locale, 'plan.limit.cut', { n: result.cut }));
  const message = parts.join(locale === 'zh' ? '' : ' ');
  toast(message);
  return { sheet: result.sheet, message };
}

/**
 * What the sidebar shows for the appeal (issue 13), for the sidebar's server side to add to the
 * dashboard: the letter's readiness from the latest plan as the seller filled it (checklist
 * steps 3 and 4), the products behind the defects of the channel at risk, and the feedback
 * Amazon may remove. Reads the latest plan sheet once (values and its title note).
 */
export function appealStatus(loaded: LoadedData, locale: Locale = userLocale()): AppealStatus {
  const spreadsheet = SpreadsheetApp.getActive();
  const latest = filledFromLatestPlan(spreadsheet);
  const plan = planFor(loaded, latest.filled);
  const today = dayOfInstant(Date.now(), loaded.data.zone);
  const scope = loaded.result.scopes.length > 0 ? resolveScope(loaded.result, null) : 'ALL';
  return {
    readiness: planReadiness(plan, latest.sheet, locale),
    topProducts: topProducts(loaded.orders, loaded.data, loaded.result, scope, locale),
    removal: removalSummary(loaded.result, today, locale, 'plan'),
  };
}

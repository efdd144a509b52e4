/** Menu commands that only open a panel: the sidebar, the import dialog, the help alert. */
import { CATALOG, t, type Locale, type MessageKey } from '../core/i18n';
import { buildSample } from '../core/sample/workbook';
import { CUSTOM_FUNCTIONS } from './entry-points';
import { DEFECTS_SHEET, ORDERS_SHEET } from './shared/data-sheets';
import { userLocale } from './shared/ui';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(
    t(userLocale(), 'sidebar.title'),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A column number as its letters: 7 → G, 27 → AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOG.en, key);
}

/**
 * The Help text: built from the one list of custom functions (entry-points.ts, which
 * tests/bundle/server-list.test.ts holds to server-api.ts) and the sample's real columns, so it
 * names every function and ranges that fit the sample (`Orders!A:G`, `Defects!A:I`).
 */
export function helpText(locale: Locale): string {
  const sample = buildSample(0);
  const orders = `${ORDERS_SHEET}!A:${columnLetters(sample.orders[0].length)}`;
  const defects = `${DEFECTS_SHEET}!A:${columnLetters(sample.defects[0].length)}`;
  const functions = CUSTOM_FUNCTIONS.map((fn) => {
    const key = `help.fn.${fn.name}`;
    // A function without its line in the catalog yet is still listed, with its English summary.
    const summary = isKey(key) ? t(locale, key) : fn.summary;
    return `  ${t(locale, 'help.function', { name: fn.name, summary })}`;
  });
  return [
    t(locale, 'help.intro'),
    '',
    ...(['help.dashboard', 'help.highlight', 'help.plan', 'help.import'] as const).map(
      (key) => `• ${t(locale, key)}`,
    ),
    `• ${t(locale, 'help.formulas', {
      n: CUSTOM_FUNCTIONS.length,
      example: `=ODR(${orders}, ${defects})`,
    })}`,
    ...functions,
  ].join('\n');
}

export function showHelp(): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(locale, 'help.title'), helpText(locale), ui.ButtonSet.OK);
}

/** The import dialog (dist/import-dialog.html): files and pasted lists → Orders and Defects. */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('import-dialog').setWidth(600).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, t(userLocale(), 'import.title'));
}

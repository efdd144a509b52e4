/**
 * The add-on menu and its simple commands. In AuthMode.NONE onOpen may only build the menu
 * (no reading or writing the spreadsheet), so it does nothing else.
 */
import { t } from '../core/i18n';
import { userLocale } from './shared/ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = userLocale();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(locale, 'menu.openDashboard'), 'showSidebar')
    .addSeparator()
    .addItem(t(locale, 'menu.highlight'), 'highlightDefects')
    .addItem(t(locale, 'menu.clearHighlights'), 'clearHighlights')
    .addSeparator()
    .addItem(t(locale, 'menu.writePlan'), 'writeActionPlan')
    .addItem(t(locale, 'menu.import'), 'showImportDialog')
    .addItem(t(locale, 'menu.insertSample'), 'insertSampleData')
    .addItem(t(locale, 'menu.insertTemplates'), 'insertTemplates')
    .addSeparator()
    .addItem(t(locale, 'menu.help'), 'showHelp')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(
    t(userLocale(), 'sidebar.title'),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(locale, 'help.title'), t(locale, 'help.body'), ui.ButtonSet.OK);
}

/** The import dialog (dist/import-dialog.html): files and pasted lists → Orders and Defects. */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('import-dialog').setWidth(600).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, t(userLocale(), 'import.title'));
}

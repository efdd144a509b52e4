/** Menu commands that only open a panel: the sidebar, the import dialog, the help alert. */
import { t } from '../core/i18n';
import { userLocale } from './shared/ui';

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

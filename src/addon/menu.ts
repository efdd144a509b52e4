/**
 * The add-on menu: its items in order, each naming the command it runs by the function itself,
 * never by a string. Apps Script wants a function *name* per item; the one list of server
 * functions (server-api.ts) knows the names, so it hands `buildAddonMenu` the lookup.
 */
import { t, type MessageKey } from '../core/i18n';
import { writeActionPlan } from './action-plan';
import { showHelp, showImportDialog, showSidebar } from './dialogs';
import { clearHighlights, highlightDefects } from './highlight';
import { insertSampleData } from './sample-data';
import { checkSpreadsheet } from './self-check';
import { userLocale } from './shared/ui';
import { insertTemplates } from './templates';

export type MenuCommand = () => unknown;

export interface MenuItem {
  label: MessageKey;
  run: MenuCommand;
}

export const SEPARATOR = 'separator';

export const MENU: readonly (MenuItem | typeof SEPARATOR)[] = [
  { label: 'menu.openDashboard', run: showSidebar },
  SEPARATOR,
  { label: 'menu.highlight', run: highlightDefects },
  { label: 'menu.clearHighlights', run: clearHighlights },
  SEPARATOR,
  { label: 'menu.writePlan', run: writeActionPlan },
  { label: 'menu.import', run: showImportDialog },
  { label: 'menu.insertSample', run: insertSampleData },
  { label: 'menu.insertTemplates', run: insertTemplates },
  SEPARATOR,
  { label: 'selfCheck.menu', run: checkSpreadsheet },
  { label: 'menu.help', run: showHelp },
];

/**
 * Builds the menu. In AuthMode.NONE onOpen may only do this (no reading or writing the
 * spreadsheet). `nameOf` gives the top-level function name Apps Script calls for a command.
 */
export function buildAddonMenu(nameOf: (command: MenuCommand) => string): void {
  const locale = userLocale();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === SEPARATOR) menu.addSeparator();
    else menu.addItem(t(locale, item.label), nameOf(item.run));
  }
  menu.addToUi();
}

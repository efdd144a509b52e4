/**
 * The one list of server functions: everything Apps Script calls by name. The build reads it
 * from the bundle (`ODRGuard.SERVER_FUNCTIONS`) and writes a top-level stub per name, with the
 * JSDoc of entry-points.ts for custom functions; the menu names its commands through it; the
 * sidebar's RPC (src/ui/rpc.ts) is typed from CLIENT_CALLS; tests/bundle/server-list.test.ts
 * fails when the bundle, the stubs, the menu and the README disagree.
 *
 * Names must not end in `_` (google.script.run cannot call those), and one name is one function
 * even when it sits in two groups (a menu command the sidebar also calls).
 */
import {
  ODR,
  ODR_BREAKDOWN,
  ODR_CHECK,
  ODR_DEFECTS,
  ODR_FORECAST,
  ODR_ORDERS_NEEDED,
  ODR_ROOT_CAUSES,
} from './custom-functions';
import { writeActionPlan } from './action-plan';
import { getDashboard, saveChecklist, selectDefectRow, setAsOf, setDataSources } from './dashboard';
import { showHelp, showImportDialog, showSidebar } from './dialogs';
import { clearHighlights, highlightDefects } from './highlight';
import { getImportDialogInfo, importReports } from './import';
import { buildAddonMenu, type MenuCommand } from './menu';
import { insertSampleData } from './sample-data';
import { checkSpreadsheet } from './self-check';
import { insertTemplates } from './templates';

/** Formulas in cells. Their autocomplete JSDoc and README reference: entry-points.ts. */
export const CUSTOM_FUNCTIONS = {
  ODR,
  ODR_BREAKDOWN,
  ODR_DEFECTS,
  ODR_ORDERS_NEEDED,
  ODR_FORECAST,
  ODR_CHECK,
  ODR_ROOT_CAUSES,
};

/** Simple triggers Sheets runs itself. */
export const TRIGGERS = { onOpen, onInstall };

/** What the add-on menu runs (menu.ts orders and labels them). */
export const MENU_COMMANDS = {
  showSidebar,
  highlightDefects,
  clearHighlights,
  writeActionPlan,
  showImportDialog,
  insertSampleData,
  insertTemplates,
  checkSpreadsheet,
  showHelp,
};

/** What the sidebar and the dialogs call through google.script.run. */
export const CLIENT_CALLS = {
  getDashboard,
  setDataSources,
  setAsOf,
  selectDefectRow,
  saveChecklist,
  highlightDefects,
  clearHighlights,
  writeActionPlan,
  importReports,
  getImportDialogInfo,
};

export const SERVER_FUNCTIONS = {
  ...CUSTOM_FUNCTIONS,
  ...TRIGGERS,
  ...MENU_COMMANDS,
  ...CLIENT_CALLS,
};

export type ClientCalls = typeof CLIENT_CALLS;

/** The name Apps Script calls a menu command by; a command missing from the list is a bug. */
export function menuCommandName(command: MenuCommand): string {
  for (const [name, fn] of Object.entries(MENU_COMMANDS)) if (fn === command) return name;
  throw new Error('A menu item runs a function that is not in MENU_COMMANDS (server-api.ts).');
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu(menuCommandName);
}

export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildAddonMenu(menuCommandName);
}

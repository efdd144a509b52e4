/**
 * Every server function the sidebar and dialogs may call through google.script.run. The client's
 * RPC wrapper (src/ui/rpc.ts) is typed from this module, and each name here is also a top-level
 * stub in dist (src/addon/entry-points.ts lists them; a test checks the two agree).
 */
export { getDashboard, setDataSources, setAsOf, selectDefectRow, saveChecklist } from './dashboard';
export { highlightDefects, clearHighlights } from './highlight';
export { writeActionPlan } from './action-plan';
export { importReports, getImportDialogInfo } from './import';
export { insertTemplates } from './templates';

/**
 * What Apps Script sees. The build wraps this module in one closure (global `ODRGuard`) and
 * generates a top-level stub per name in src/addon/entry-points.ts that calls into it.
 */
export {
  ODR,
  ODR_BREAKDOWN,
  ODR_DEFECTS,
  ODR_ORDERS_NEEDED,
  ODR_FORECAST,
  ODR_CHECK,
  ODR_ROOT_CAUSES,
  ODR_BY_PRODUCT,
} from './addon/custom-functions';
export { onOpen, onInstall, showSidebar, showHelp, showImportDialog } from './addon/menu';
export { insertSampleData } from './addon/sample-data';
export * from './addon/server-api';

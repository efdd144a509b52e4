/**
 * What Apps Script sees: the one list of server functions (src/addon/server-api.ts). The build
 * wraps this module in one closure (global `ODRGuard`) and writes a top-level stub per name in
 * SERVER_FUNCTIONS that calls into it.
 */
export {
  SERVER_FUNCTIONS,
  CUSTOM_FUNCTIONS,
  TRIGGERS,
  MENU_COMMANDS,
  CLIENT_CALLS,
} from './addon/server-api';

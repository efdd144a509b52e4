// `npm start`: builds the add-on, runs dist/Code.js in the Apps Script emulator
// (tools/emulator) on sample data, and serves a spreadsheet-like page at http://127.0.0.1:PORT/
// (PORT from the environment, default 8080; PORT=0 picks a free one). No Google account needed.
//
// The server lives in tools/emulator/preview/server.ts (TypeScript, so jest can import it
// directly: tests/helpers/emulator.ts re-exports startPreview); this script bundles it with
// esbuild to a temporary CommonJS file under build/, loads it and starts it. The page's files
// are in scripts/preview/.
//
// HTTP routes
//   GET  /                    the page (scripts/preview/index.html, preview.css, preview.js)
//   GET  /api/state           { session, activeSheet, selection {sheet,a1,row,col,numRows,numCols},
//                             sheets[] {name, startRow, values (dates as ISO), display,
//                             backgrounds, formulas, fontWeights, formulaErrors, lastRow, ...},
//                             menus, sidebar {seq,title}, dialog {seq,title,width,height},
//                             alerts, toasts, calls, simulatedMs, logs, documentProperties }
//                             ?rows=N (default 200) ?sheet=NAME&start=ROW for another window
//   POST /api/run   {name}    runs a menu item's function (as its own execution)
//   POST /rpc {name, args}    google.script.run: {ok, result} or {ok:false, error:{name,message}}
//   POST /api/select {sheet, a1?}  selects like a click in the grid
//   POST /api/reset           back to the initial sample (new emulator, sample, onOpen)
//   GET  /ui/sidebar/:seq, /ui/dialog/:seq   the HTML the bundle showed, google.script injected
//
// Stable hooks for browser tests (data-testid unless noted)
//   menu-extensions (button opening the add-on menu), menu (popup), menu-heading,
//   menu-item-<functionName>; grid (table, data-sheet=<name>), grid-container,
//   cell-<A1> (td; data-a1, data-row, data-col, data-bg=#rrggbb, aria-selected="true" and class
//   "selected" when in the active range, class "current" on its top-left cell),
//   col-header-<LETTER>, row-header-<n>, grid-window (shown when not all rows are rendered),
//   sheet-tabs, sheet-tab-<name> (aria-selected), name-box, formula-bar,
//   sidebar-panel, sidebar-title, sidebar-close, sidebar-frame (iframe; data-seq),
//   dialog-overlay, dialog-title, dialog-close, dialog-frame (iframe; data-seq),
//   toasts, toast, error-toast, status, reset-button, doc-title.
//   <body data-ready="true" data-version="N" data-busy="true|false">: data-version increases
//   after every re-render, data-busy is true while a menu action or RPC is in flight.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function loadServer() {
  return loadTypeScript(root, 'tools/emulator/preview/server.ts', { platform: 'node' });
}

/**
 * Starts the preview. Options: { port (0 = free port; default PORT or 8080), quiet, build
 * (default true: runs scripts/build.mjs first), locale, timeZone }. Resolves to { url, port,
 * emulator(), close() }.
 */
export async function startPreview(options = {}) {
  const server = await loadServer();
  return server.startPreview({ root, ...options });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  startPreview().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

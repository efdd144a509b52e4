// SpreadsheetApp call counts of the sidebar's server functions, from the Apps Script emulator
// (tools/emulator, TypeScript, loaded through scripts/load-ts.mjs).
import { generate } from './data.mjs';
import { loadTypeScript } from '../load-ts.mjs';

export function loadEmulator(root) {
  return loadTypeScript(root, 'tools/emulator/index.ts', { platform: 'node' });
}

/** Classes whose calls are SpreadsheetApp calls (Ui and Menu are not). */
const SPREADSHEET_CLASSES = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range']);

function spreadsheetCalls(emulator) {
  let total = 0;
  const detail = {};
  for (const [name, count] of Object.entries(emulator.qualifiedCalls)) {
    if (!SPREADSHEET_CLASSES.has(name.split('.')[0])) continue;
    total += count;
    detail[name] = count;
  }
  return { total, reads: emulator.readCalls(), writes: emulator.writeCalls(), detail };
}

/** An All Orders report file (tab-separated, as Seller Central downloads it) of `rows` rows. */
function ordersReport(orders) {
  const lines = [orders[0].join('\t')];
  for (let r = 1; r < orders.length; r++) {
    const row = orders[r];
    lines.push(
      [row[0], row[1].toISOString().replace('.000Z', '+00:00'), ...row.slice(2)].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const OPERATIONS = [
  { key: 'dashboard', label: 'Sidebar load (`getDashboard`)', fn: 'getDashboard' },
  { key: 'highlight', label: 'Highlight defects (`highlightDefects`)', fn: 'highlightDefects' },
  { key: 'clear', label: 'Clear highlights (`clearHighlights`)', fn: 'clearHighlights' },
  { key: 'plan', label: 'Write action plan (`writeActionPlan`)', fn: 'writeActionPlan' },
  {
    key: 'importNew',
    label: 'Import the All Orders report into an empty workbook (`importReports`)',
    fn: 'importReports',
  },
  {
    key: 'importAgain',
    label: 'Import the same report again, nothing new (`importReports`)',
    fn: 'importReports',
  },
];

/**
 * Counts each operation's SpreadsheetApp calls on a workbook of `rows` order rows (and 2 %
 * defects). Returns per operation { total, reads, writes }, or null where the bundle has no such
 * function yet.
 */
export function countCalls(lib, distDir, rows) {
  const { orders, defects } = generate(rows, Math.round(rows * 0.02));
  const emulator = lib.createEmulator({
    distDir,
    sheets: { Orders: orders, Defects: defects },
  });
  const ctx = lib.loadBundleInEmulator(emulator, distDir);
  const counts = {};
  for (const op of OPERATIONS.slice(0, 4)) {
    emulator.resetCalls();
    lib.callBundle(ctx, op.fn);
    counts[op.key] = spreadsheetCalls(emulator);
  }
  // Import: a new seller's first report (every row written), then the same file again.
  const fresh = lib.createEmulator({ distDir });
  const freshCtx = lib.loadBundleInEmulator(fresh, distDir);
  if (typeof freshCtx.importReports !== 'function') {
    counts.importNew = null;
    counts.importAgain = null;
    return counts;
  }
  const files = [{ name: 'All Orders.txt', text: ordersReport(orders) }];
  for (const key of ['importNew', 'importAgain']) {
    fresh.resetCalls();
    const result = lib.callBundle(freshCtx, 'importReports', files);
    if (!result.anyImported) throw new Error(`importReports imported nothing: ${result.message}`);
    counts[key] = spreadsheetCalls(fresh);
  }
  return counts;
}

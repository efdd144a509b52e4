/**
 * ODR Guard in the preview: a new session's workbook is the add-on's own sample (its
 * insertSampleData, run as the menu would), plus a Formulas sheet that shows the custom functions
 * computed on it. The page offers English, Simplified Chinese and the pseudo-locale.
 */
import { a1, type Emulator } from '../emulator';
import { errorMessage } from '../emulator/core';
import type { PreviewAddon, RunFunction } from './server';

/** The sample has no formula cells; this sheet shows the custom functions at work on it. */
function formulaDemo(emulator: Emulator, functions: readonly string[]): void {
  const core = emulator.core;
  if (core.sheets.some((s) => s.formulaKeys.size > 0) || core.sheetByName('Formulas')) return;
  const orders = core.sheetByName('Orders');
  if (!orders || orders.lastRow() < 2) return;
  const ref = (name: string): string | undefined => {
    const s = core.sheetByName(name);
    return s && s.lastRow() > 0 ? `${name}!${a1(1, 1, s.lastRow(), s.lastColumn())}` : undefined;
  };
  const args = [ref('Orders'), ref('Defects')].filter((r): r is string => !!r).join(', ');
  const rows: unknown[][] = [['Custom functions on the sample, computed by dist/Code.js']];
  const add = (fn: string, label: string): void => {
    if (functions.includes(fn)) rows.push([label, `=${fn}(${args})`], []);
  };
  add('ODR', 'ODR (worse channel)');
  add('ODR_ORDERS_NEEDED', 'Orders needed');
  if (functions.includes('ODR_BREAKDOWN')) rows.push(['Breakdown'], [`=ODR_BREAKDOWN(${args})`]);
  emulator.seedSheet('Formulas', rows);
  const sheet = core.sheetByName('Formulas');
  if (sheet) {
    sheet.setFormat('fontWeight', 1, 1, 'bold');
    sheet.columnWidths.set(1, 180);
  }
}

function setUp(emulator: Emulator, run: RunFunction, functions: readonly string[]): string[] {
  const startup: string[] = [];
  try {
    run('insertSampleData', []);
    startup.push('insertSampleData() ran.');
  } catch (err) {
    // Shown, not papered over: the preview is there to show the add-on as it is.
    startup.push(`insertSampleData() failed: ${errorMessage(err)}`);
  }
  formulaDemo(emulator, functions);
  return startup;
}

export const ODR_GUARD: PreviewAddon = {
  name: 'ODR Guard',
  documentTitle: 'ODR Guard preview',
  locales: [
    { locale: 'en', label: 'English' },
    { locale: 'zh-CN', label: '简体中文' },
    { locale: 'x-pseudo', label: 'Pseudo ⟦…⟧' },
  ],
  setUp,
};

/** The loader: a bare vm context, values made in its realm, formulas run by its functions. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callBundle, createEmulator, loadBundleInEmulator } from '../helpers/emulator';
import type { BundleContext, Emulator } from '../helpers/emulator';

const CODE = `
function probe() {
  return {
    require: typeof require, process: typeof process, setTimeout: typeof setTimeout,
    URL: typeof URL, SpreadsheetApp: typeof SpreadsheetApp, Utilities: typeof Utilities,
  };
}
function firstDateIsDate() {
  var v = SpreadsheetApp.getActive().getSheetByName('Orders').getRange('B2').getValue();
  return v instanceof Date;
}
function catchesEmulatorErrors() {
  try { SpreadsheetApp.getActive().getSheetByName('Orders').getRange(0, 1); }
  catch (e) { return e instanceof Error && e.message; }
}
function DOUBLE(range) {
  if (!Array.isArray(range)) return range * 2;
  return range.map(function (r) { return r.map(function (v) { return v * 2; }); });
}
function COUNT_DATES(range) {
  var n = 0;
  range.forEach(function (r) { r.forEach(function (v) { if (v instanceof Date) n++; }); });
  return n;
}
function FAIL() { throw new Error('Pick a range with a header row.'); }
function showIt() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('T'));
}
`;

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emu-dist-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  writeFileSync(join(dir, 'sidebar.html'), '<!doctype html><p>side</p>');
  return dir;
}

function setup(): { emu: Emulator; ctx: BundleContext } {
  const dist = fakeDist();
  const emu = createEmulator({
    distDir: dist,
    sheets: {
      Orders: [
        ['n', 'date'],
        [1, '2024-01-14'],
        [2, '2024-01-15'],
      ],
      Calc: [
        [
          '=DOUBLE(Orders!A2:A3)',
          '',
          '=COUNT_DATES(Orders!A1:B3)',
          '=COUNT_DATES(Orders!A1:B5000)',
        ],
        ['', 'x'],
        ['=FAIL()'],
      ],
    },
  });
  return { emu, ctx: loadBundleInEmulator(emu, dist) };
}

it('gives the bundle only Apps Script globals and JavaScript built-ins', () => {
  const { ctx } = setup();
  expect(callBundle(ctx, 'probe')).toEqual({
    require: 'undefined',
    process: 'undefined',
    setTimeout: 'undefined',
    URL: 'undefined',
    SpreadsheetApp: 'object',
    Utilities: 'object',
  });
});

it("makes Dates and errors in the bundle's realm", () => {
  const { ctx } = setup();
  expect(callBundle(ctx, 'firstDateIsDate')).toBe(true);
  expect(callBundle(ctx, 'catchesEmulatorErrors')).toBe(
    'The starting row of the range is too small.',
  );
});

it("evaluates formula cells with the bundle's functions, spilling 2-D results", () => {
  const { emu } = setup();
  const calc = emu.snapshot('Calc', 1, 3);
  expect(calc.values[0][0]).toBe(2);
  expect(calc.values[1][0]).toBe(4); // spilled below the formula
  expect(calc.values[0][2]).toBe(2);
  expect(calc.values[0][3]).toBe(2); // a reference past the grid is cut to it, as in Sheets
  expect(calc.values[2][0]).toBe('#ERROR!');
  expect(calc.formulaErrors['3,1']).toBe('Pick a range with a header row.');
  expect(calc.formulas[0][0]).toBe('=DOUBLE(Orders!A2:A3)');
  emu.resetCalls();
  emu.spreadsheet.getSheetByName('Calc')?.getRange('A1:A2').getValues();
  // Custom functions run in their own executions: their calls are not counted here.
  expect(emu.calls).toEqual({ getSheetByName: 1, getRange: 1, getValues: 1 });
});

it('shows #REF! when a result would spill over data', () => {
  const { emu } = setup();
  emu.spreadsheet.getSheetByName('Calc')?.getRange('A2').setValue('blocker');
  const calc = emu.snapshot('Calc', 1, 2);
  expect(calc.values[0][0]).toBe('#REF!');
  expect(calc.formulaErrors['1,1']).toMatch(/overwrite data in A2/);
});

it('records sidebars read from the dist directory', () => {
  const { emu, ctx } = setup();
  callBundle(ctx, 'showIt');
  expect(emu.ui.sidebars).toHaveLength(1);
  expect(emu.ui.sidebars[0]).toMatchObject({ title: 'T', content: '<!doctype html><p>side</p>' });
});

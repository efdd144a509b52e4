/**
 * Backgrounds as Sheets keeps them: an unfilled cell reads '#ffffff' like a white one, but only
 * `null` removes a fill; and a sheet keeps its id through a rename.
 */
import { createEmulator } from '../../tools/emulator';

function sheetOf(emu: ReturnType<typeof createEmulator>) {
  const sheet = emu.spreadsheet.getSheetByName('Sheet1');
  if (!sheet) throw new Error('no Sheet1');
  return sheet;
}

describe('backgrounds', () => {
  it('reads #ffffff for no fill and for a white fill, and keeps the two apart', () => {
    const emu = createEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('B1').setBackground('#FFFFFF');
    sheet.getRange('C1').setBackground('white');
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#ffffff', '#ffffff', '#ffffff']]);
    expect(emu.snapshot('Sheet1', 1, 1).fills[0].slice(0, 3)).toEqual([null, '#ffffff', '#ffffff']);
  });

  it('removes a fill with null in setBackground, setBackgrounds and RangeList.setBackground', () => {
    const emu = createEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:D2').setBackground('#ff0000');
    sheet.getRange('A1:B1').setBackgrounds([[null, '#00ff00']] as unknown as string[][]);
    sheet.getRange('C1').setBackground(null as unknown as string);
    sheet.getRangeList(['D1', 'A2:B2']).setBackground(null as unknown as string);
    expect(emu.snapshot('Sheet1', 1, 2).fills.map((r) => r.slice(0, 4))).toEqual([
      [null, '#00ff00', null, null],
      [null, null, '#ff0000', '#ff0000'],
    ]);
    expect(sheet.getRange('A1:D1').getBackgrounds()).toEqual([
      ['#ffffff', '#00ff00', '#ffffff', '#ffffff'],
    ]);
  });

  it('moves fills with inserted and deleted rows, white fills included', () => {
    const emu = createEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A2').setBackground('#ffffff');
    sheet.insertRowsBefore(1, 2);
    expect(emu.snapshot('Sheet1', 4, 1).fills[0][0]).toBe('#ffffff');
    sheet.deleteRows(1, 3);
    expect(emu.snapshot('Sheet1', 1, 1).fills[0][0]).toBe('#ffffff');
    expect(emu.snapshot('Sheet1', 2, 1).fills[0][0]).toBeNull();
  });
});

describe('sheet ids', () => {
  it('keeps a sheet’s id through renames, and a new sheet gets a new one', () => {
    const emu = createEmulator({ sheets: { Orders: [['a']], Other: [['b']] } });
    const orders = emu.spreadsheet.getSheetByName('Orders');
    if (!orders) throw new Error('no Orders');
    const id = orders.getSheetId();
    orders.setName('Orders (old)');
    orders.setName('订单');
    expect(emu.spreadsheet.getSheetById(id)?.getName()).toBe('订单');
    expect(emu.spreadsheet.getSheetByName('Orders')).toBeNull();
    const fresh = emu.spreadsheet.insertSheet('Orders');
    expect(fresh.getSheetId()).not.toBe(id);
    expect(fresh.getSheetId()).toBeGreaterThan(
      emu.spreadsheet.getSheetByName('Other')?.getSheetId() ?? 0,
    );
    expect(() => fresh.setName('订单')).toThrow(/already exists/);
  });
});

/**
 * Sheet names differ only in case: Sheets refuses "orders" beside "Orders" (the emulator models
 * it, tools/emulator/README.md "Sheet names"). A seller whose own sheets are named in lower case
 * must still be able to insert the sample, the templates and a plan, and to import.
 */
import { emulateBundle } from '../helpers/emulator';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe('sheet names that differ only in case', () => {
  it('the emulator refuses a second sheet whose name differs only in case, as Sheets does', () => {
    const { emulator } = emulateBundle({ sheets: { Orders: [['x']] } });
    const ss = (emulator.globals.SpreadsheetApp as SpreadsheetApp).getActive();
    expect(() => ss.insertSheet('orders')).toThrow(/already exists/);
    const other = ss.insertSheet('Notes');
    expect(() => other.setName('ORDERS')).toThrow(/already exists/);
    expect(() => other.setName('notes')).not.toThrow(); // its own name, in another case
  });

  it('the sample, the templates and the import work beside a seller’s "orders" and "defects"', () => {
    const mine = [['my own list'], ['keep me']];
    const { emulator, call } = emulateBundle({ sheets: { orders: mine, defects: mine } });
    expect(call<string>('insertSampleData')).toMatch(/Orders \(sample\)/);
    expect(call<{ orders: string }>('insertTemplates').orders).toBe('Orders (2)');
    const names = () =>
      (emulator.globals.SpreadsheetApp as SpreadsheetApp)
        .getActive()
        .getSheets()
        .map((s) => s.getName());
    expect(names()).toEqual(
      expect.arrayContaining(['orders', 'defects', 'Orders (sample)', 'Orders (2)']),
    );
    // The seller's own sheets are untouched.
    const firstColumn = (name: string) =>
      emulator.snapshot(name, 1, 3).values.map((r) => r.filter((c) => c !== ''));
    expect(firstColumn('orders')).toEqual([['my own list'], ['keep me'], []]);
    expect(firstColumn('defects')).toEqual([['my own list'], ['keep me'], []]);
  });

  it('an import whose ledger name is taken in another case writes nothing and says why', () => {
    const mine = [['my own list'], ['keep me']];
    const { emulator, call } = emulateBundle({ sheets: { orders: mine } });
    const result = call<{ message: string; files: { error: string | null }[] }>('importReports', [
      {
        name: 'orders.txt',
        text: 'amazon-order-id\tpurchase-date\tfulfillment-channel\n111-0000001-0000001\t2024-01-10\tMerchant\n',
      },
    ]);
    expect(result.message).toMatch(/No file was imported/);
    // The seller's "orders" is the Orders ledger's name to Sheets: read, found to have no
    // header, left alone — and the file says so.
    expect(result.files[0].error).toMatch(/"Orders" sheet has data but no header row/);
    expect(emulator.snapshot('orders', 1, 5).values.map((r) => r.filter((c) => c !== ''))).toEqual([
      ['my own list'],
      ['keep me'],
      [],
      [],
      [],
    ]);
  });
});

/**
 * Import Amazon reports (issue 5), run from the built bundle (npm run build) in the Apps Script
 * emulator: the dialog's server call, the sheets it writes, and what it costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dashboard, ImportFileInput, ImportResult } from '../../src/core/wire/types';
import { decodeBase64 } from '../../src/addon/import';
import { base64ToBytes } from '../../src/core/import';
import { emulateBundle, type Emulator } from '../helpers/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');

function textFile(name: string): ImportFileInput {
  return { name, text: readFileSync(join(FIXTURES, name), 'utf8') };
}

function bytesFile(name: string): ImportFileInput {
  return { name, base64: readFileSync(join(FIXTURES, name)).toString('base64') };
}

/** Every value of a sheet (uncounted), dates as ISO strings. */
function sheetValues(emulator: Emulator, name: string): unknown[][] {
  const snap = emulator.snapshot(name, 1, 1000);
  return snap.values.slice(0, snap.lastRow).map((row) => row.slice(0, snap.lastColumn));
}

function column(values: unknown[][], header: string): unknown[] {
  const c = values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return values.slice(1).map((row) => row[c]);
}

function rowOf(
  values: unknown[][],
  header: string,
  id: string,
  filter?: (r: unknown[]) => boolean,
): unknown[] {
  const c = values[0].indexOf(header);
  const row = values.find((r) => r[c] === id && (!filter || filter(r)));
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

const STANDARD = [
  'all-orders.txt',
  'feedback-us.txt',
  'odr-defects.txt',
  'claims.txt',
  'chargebacks.csv',
  'account-health.json',
];

describe('importReports', () => {
  it('points the dashboard at what it imported when the seller had picked other sheets', () => {
    const mine = [
      ['order-id', 'purchase-date'],
      ['111-9999999-9999999', '2024-01-10'],
    ];
    const { call } = emulateBundle({ sheets: { 'My orders': mine } });
    expect(call<Dashboard>('setDataSources', 'My orders', '').sources.ordersSheet).toBe(
      'My orders',
    );
    const result = call<ImportResult>('importReports', [
      textFile('all-orders.txt'),
      textFile('claims.txt'),
    ]);
    expect(result.message).toBe(
      'Imported: Orders, Defects. The dashboard now reads Orders, Defects (it was set to other sheets); change it under Data used.',
    );
    const dash = call<Dashboard>('getDashboard');
    expect([dash.sources.ordersSheet, dash.sources.defectsSheet]).toEqual(['Orders', 'Defects']);
    // The seller's own sheet is untouched and still listed to pick again.
    expect(dash.sources.sheets.map((s) => s.name)).toContain('My orders');
  });

  it('creates Orders and Defects that the dashboard and the formulas use at once', () => {
    const { emulator, call } = emulateBundle();
    const result = call<ImportResult>('importReports', STANDARD.map(textFile));
    expect(result.files.map((f) => [f.file, f.ok, f.type])).toEqual([
      ['all-orders.txt', true, 'allOrders'],
      ['feedback-us.txt', true, 'feedback'],
      ['odr-defects.txt', true, 'odrDownload'],
      ['claims.txt', true, 'claimsList'],
      ['chargebacks.csv', true, 'chargebacksList'],
      ['account-health.json', true, 'accountHealth'],
    ]);
    expect(result.sheetsWritten).toEqual(['Orders', 'Defects']);
    const orders = result.files[0];
    expect(orders).toMatchObject({ sheet: 'Orders', rowsRead: 6, added: 5, skippedCount: 1 });
    expect(orders.skipped).toEqual([{ line: 7, reason: 'no order id' }]);
    expect(orders.lines.join('\n')).toMatch(/Line 7: no order id/);

    const values = sheetValues(emulator, 'Orders');
    expect(values).toHaveLength(6);
    // Dates are real dates, money is numeric, ids are plain text.
    expect(column(values, 'purchase-date')[3]).toBe('2024-01-14T23:10:05.000Z');
    expect(column(values, 'item-price')[0]).toBe(24.99);
    const snap = emulator.snapshot('Orders');
    expect(snap.frozenRows).toBe(1);
    expect(snap.fontWeights[0][0]).toBe('bold');

    const defects = sheetValues(emulator, 'Defects');
    // The import's own bookkeeping column sits after the ledger's, hidden.
    expect(defects[0][9]).toBe('odrguard:import');
    expect(emulator.snapshot('Defects').hiddenColumns).toEqual([10]);
    expect(defects[0].slice(0, 9)).toEqual([
      'Order ID',
      'Type',
      'Status',
      'Defect date',
      'Rating',
      'Comment',
      'Reason',
      'Source',
      'Category override',
    ]);

    const dash = call<Dashboard>('getDashboard');
    expect(dash.problem).toBeNull();
    expect(dash.sources).toMatchObject({ ordersSheet: 'Orders', defectsSheet: 'Defects' });
    expect(dash.defects.map((d) => d.orderId)).toContain('111-0000001-0000001');
    expect(dash.amazonFigures.map((f) => f.scope)).toEqual(['MFN', 'AFN']);
    expect(dash.amazonFigures[0]).toMatchObject({ orders: 400, defective: 3, rate: 0.0075 });

    // The custom functions read the same sheets.
    emulator.seedSheet('Calc', [
      ['=ODR(Orders!A1:AF6, Defects!A1:I30, , "ALL")'],
      ['=ODR_CHECK(Orders!A1:AF6, Defects!A1:I30)'],
    ]);
    const calc = emulator.snapshot('Calc');
    expect(calc.formulaErrors).toEqual({});
    expect(typeof calc.values[0][0]).toBe('number');
    expect(calc.values[0][0]).toBeGreaterThan(0);
  });

  it('changes nothing when the same files are imported again', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', STANDARD.map(textFile));
    const orders = sheetValues(emulator, 'Orders');
    const defects = sheetValues(emulator, 'Defects');
    emulator.resetCalls();
    const again = call<ImportResult>('importReports', STANDARD.map(textFile));
    expect(emulator.writeCalls()).toBe(0);
    expect(again.sheetsWritten).toEqual([]);
    expect(again.message).toMatch(/Nothing changed/);
    for (const f of again.files.filter((f) => f.type !== 'accountHealth')) {
      expect([f.file, f.added, f.updated]).toEqual([f.file, 0, 0]);
    }
    expect(sheetValues(emulator, 'Orders')).toEqual(orders);
    expect(sheetValues(emulator, 'Defects')).toEqual(defects);
  });

  it('updates a claim that went from open to denied and adds the new one', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [textFile('claims.txt')]);
    const later = call<ImportResult>('importReports', [textFile('claims-later.txt')]);
    expect(later.files[0]).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    const defects = sheetValues(emulator, 'Defects');
    expect(rowOf(defects, 'Order ID', '111-0000003-0000003')[2]).toBe('Denied');
    expect(rowOf(defects, 'Order ID', '111-0000004-0000004')[2]).toBe('Open');
    expect(defects).toHaveLength(4);
  });

  it('keeps the seller’s own columns, formulas and notes', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [textFile('claims.txt')]);
    const sheet = emulator.spreadsheet.getSheetByName('Defects');
    if (!sheet) throw new Error('no Defects sheet');
    // Column J is the import's own (hidden); the seller's columns come after it.
    sheet.getRange('K1:L1').setValues([['My note', 'Twice']]);
    sheet.getRange('K2').setValue('called the buyer');
    sheet.getRange('L2').setFormula('=E2*2');
    sheet.getRange('C3').setNote('asked for review');
    call('importReports', [textFile('claims-later.txt')]);
    const defects = sheetValues(emulator, 'Defects');
    expect(defects[0].slice(10, 12)).toEqual(['My note', 'Twice']);
    expect(defects[1][10]).toBe('called the buyer');
    expect(emulator.snapshot('Defects').formulas[1][11]).toBe('=E2*2');
    expect(sheet.getRange('C3').getNote()).toBe('asked for review');
    expect(defects[2][2]).toBe('Denied');
  });

  it('writes nothing from a file that fails and says why', () => {
    const { emulator, call } = emulateBundle();
    const result = call<ImportResult>('importReports', [
      textFile('broken.csv'),
      textFile('unknown.csv'),
    ]);
    expect(result.anyImported).toBe(false);
    expect(result.files.every((f) => !f.ok && f.error !== null)).toBe(true);
    expect(result.files[1].lines.join('\n')).toMatch(
      /Not imported.*Not a report ODR Guard recognises/,
    );
    expect(result.sheetsWritten).toEqual([]);
    expect(emulator.spreadsheet.getSheetByName('Orders')).toBeNull();
    expect(emulator.spreadsheet.getSheetByName('Defects')).toBeNull();
  });

  it('imports the good files of a batch and skips the broken one', () => {
    const { emulator, call } = emulateBundle();
    const result = call<ImportResult>('importReports', [
      textFile('claims.txt'),
      textFile('broken.csv'),
    ]);
    expect(result.files.map((f) => f.ok)).toEqual([true, false]);
    expect(sheetValues(emulator, 'Defects')).toHaveLength(3);
  });

  it('never writes an e-mail address into a cell', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [
      ...STANDARD.map(textFile),
      textFile('all-orders-quirks.txt'),
      textFile('feedback-uk.csv'),
      textFile('feedback-jp.txt'),
    ]);
    for (const name of ['Orders', 'Defects']) {
      const cells = sheetValues(emulator, name).flat().map(String);
      expect(cells.filter((c) => /@[a-z0-9-]+\./i.test(c))).toEqual([]);
    }
  });

  it('reads UTF-16 files sent as base64 bytes', () => {
    const { emulator, call } = emulateBundle();
    const le = call<ImportResult>('importReports', [bytesFile('all-orders-utf16le.txt')]);
    expect(le.files[0]).toMatchObject({ ok: true, type: 'allOrders', added: 5 });
    const be = call<ImportResult>('importReports', [
      bytesFile('all-orders-utf16be.txt'),
      bytesFile('all-orders-utf16le-nobom.txt'),
      bytesFile('all-orders.txt'),
    ]);
    expect(be.files.map((f) => [f.ok, f.added])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
    expect(sheetValues(emulator, 'Orders')).toHaveLength(6);
  });

  it('keeps a formula-like buyer text literal', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [textFile('all-orders-quirks.txt')]);
    const snap = emulator.snapshot('Orders');
    expect(snap.formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(column(sheetValues(emulator, 'Orders'), 'product-name')).toContain(
      '=HYPERLINK("http://example.com")',
    );
  });

  it('speaks Chinese to a zh user', () => {
    const { call } = emulateBundle({ locale: 'zh_CN' });
    const result = call<ImportResult>('importReports', [textFile('claims.txt')]);
    expect(result.locale).toBe('zh');
    expect(result.files[0].typeLabel).toBe('亚马逊商城交易保障索赔列表');
    expect(result.message).toMatch(/^已导入/);
  });
});

describe('import cost', () => {
  const HEADER = readFileSync(join(FIXTURES, 'all-orders.txt'), 'utf8').split('\n')[0];

  function allOrders(rows: number): string {
    const width = HEADER.split('\t').length;
    const lines = [HEADER];
    for (let i = 0; i < rows; i++) {
      const cells = new Array<string>(width).fill('');
      cells[0] = `111-${String(i).padStart(7, '0')}-0000001`;
      cells[2] = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+00:00`;
      cells[4] = 'Shipped';
      cells[5] = i % 3 ? 'Merchant' : 'Amazon';
      cells[11] = `SKU-${i % 50}`;
      cells[14] = '1';
      cells[16] = '19.99';
      lines.push(cells.join('\t'));
    }
    return `${lines.join('\n')}\n`;
  }

  function measure(rows: number): {
    reads: number;
    writes: number;
    ms: number;
    env: ReturnType<typeof emulateBundle>;
  } {
    const env = emulateBundle();
    const text = allOrders(rows);
    env.emulator.resetCalls();
    const started = Date.now();
    const result = env.call<ImportResult>('importReports', [{ name: 'orders.txt', text }]);
    const ms = Date.now() - started;
    expect(result.files[0].added).toBe(rows);
    return { reads: env.emulator.readCalls(), writes: env.emulator.writeCalls(), ms, env };
  }

  it('costs the same number of sheet calls to update one order among 1,000 or 100,000', () => {
    const counts = [1_000, 100_000].map((rows) => {
      const { env } = measure(rows);
      const text = allOrders(rows).replace(
        /(111-0000007-0000001\t\t[^\t]*\t\t)Shipped/,
        '$1Cancelled',
      );
      env.emulator.resetCalls();
      const started = Date.now();
      const result = env.call<ImportResult>('importReports', [{ name: 'orders.txt', text }]);
      const ms = Date.now() - started;
      expect(result.files[0]).toMatchObject({ added: 0, updated: 1, unchanged: rows - 1 });
      expect(env.emulator.snapshot('Orders', 9, 1).values[0][4]).toBe('Cancelled');
      return { reads: env.emulator.readCalls(), writes: env.emulator.writeCalls(), ms };
    });
    process.stdout.write(
      `import update cost: 1k rows ${counts[0].reads} reads/${counts[0].writes} writes ${counts[0].ms} ms; ` +
        `100k rows ${counts[1].reads} reads/${counts[1].writes} writes ${counts[1].ms} ms\n`,
    );
    expect(counts[1]).toMatchObject({ reads: counts[0].reads, writes: counts[0].writes });
  });

  it('costs the same number of sheet calls for 1,000 and 100,000 rows', () => {
    const small = measure(1_000);
    const large = measure(100_000);
    // Written to the console so the figures can be quoted (README, issue).
    process.stdout.write(
      `import cost: 1k rows ${small.reads} reads/${small.writes} writes ${small.ms} ms; ` +
        `100k rows ${large.reads} reads/${large.writes} writes ${large.ms} ms\n`,
    );
    expect(large.reads).toBe(small.reads);
    expect(large.writes).toBe(small.writes);
    expect(large.env.emulator.snapshot('Orders', 100_001, 1).values[0][0]).toBe(
      '111-0099999-0000001',
    );
  });
});

describe('insertTemplates', () => {
  it('creates Orders and Defects with drop-downs and never overwrites', () => {
    const { emulator, call } = emulateBundle();
    const first = call<{ message: string }>('insertTemplates');
    expect(first.message).toMatch(/sheets Orders and Defects/);
    const defects = emulator.spreadsheet.getSheetByName('Defects');
    if (!defects) throw new Error('no Defects sheet');
    expect(defects.getRange(1, 1, 1, 9).getValues()[0]).toEqual([
      'Order ID',
      'Type',
      'Status',
      'Defect date',
      'Rating',
      'Comment',
      'Reason',
      'Source',
      'Category override',
    ]);
    const type = defects.getRange('B2').getDataValidation();
    expect(type?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(type?.getCriteriaValues()[0]).toContain('A-to-z claim');
    expect(type?.getAllowInvalid()).toBe(true);
    expect(defects.getRange('C500').getDataValidation()?.getCriteriaValues()[0]).toContain(
      'Denied',
    );
    expect(defects.getRange('D2').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(defects.getFrozenRows()).toBe(1);
    const orders = emulator.spreadsheet.getSheetByName('Orders');
    expect(orders?.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Merchant',
      'Amazon',
    ]);

    orders?.getRange('A2').setValue('111-0000001-0000001');
    const second = call<{ message: string; orders: string }>('insertTemplates');
    expect(second.orders).toBe('Orders (2)');
    expect(orders?.getRange('A2').getValue()).toBe('111-0000001-0000001');
    expect(emulator.spreadsheet.getSheetByName('Defects (2)')).not.toBeNull();
  });

  it('is on the add-on menu, with the import dialog', () => {
    const { emulator, call } = emulateBundle();
    call('onOpen', { authMode: 'NONE' });
    const items = emulator.ui.menus[0].items.map((i) =>
      'functionName' in i ? i.functionName : '',
    );
    expect(items).toContain('insertTemplates');
    call('showImportDialog');
    const dialog = emulator.ui.dialogs[0];
    expect(dialog).toMatchObject({
      kind: 'modal',
      title: 'Import Amazon reports',
      width: 600,
      height: 520,
    });
    expect(dialog.content).toContain('data-testid');
  });
});

describe('base64ToBytes', () => {
  it('decodes what Buffer encodes, padding and line breaks included', () => {
    for (const n of [0, 1, 2, 3, 4, 255, 1000]) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256));
      const b64 = bytes.toString('base64');
      expect(Buffer.from(base64ToBytes(b64)).equals(bytes)).toBe(true);
      expect(Buffer.from(base64ToBytes(b64.replace(/(.{76})/g, '$1\r\n'))).equals(bytes)).toBe(
        true,
      );
    }
  });

  it('turns Apps Script’s signed bytes from Utilities.base64Decode into unsigned ones', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x80, 0x7f]);
    const g = globalThis as { Utilities?: unknown };
    g.Utilities = {
      // Java bytes, as Apps Script returns them: -128..127.
      base64Decode: (text: string) =>
        [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    };
    try {
      expect([...decodeBase64(bytes.toString('base64'))]).toEqual([...bytes]);
    } finally {
      delete g.Utilities;
    }
  });
});

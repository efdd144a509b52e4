/**
 * Real files, round 3: what sellers do to downloads before importing them — an All Orders report
 * saved from Excel (ids in scientific notation), downloads joined into one file, order ids copied
 * from web pages or a Japanese input method, claims pasted from German/French/Spanish pages —
 * through the built bundle: imports in the Apps Script emulator, custom functions in a bare V8
 * context. Fixtures: tests/fixtures/reports/generate-round3.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dashboard, ImportFileInput, ImportResult } from '../../src/core/wire/types';
import { call, loadBundle } from '../helpers/bundle';
import { emulateBundle, type Emulator } from '../helpers/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');
const textFile = (name: string): ImportFileInput => ({
  name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});

function sheetValues(emulator: Emulator, name: string): unknown[][] {
  const snap = emulator.snapshot(name, 1, 1000);
  return snap.values.slice(0, snap.lastRow).map((row) => row.slice(0, snap.lastColumn));
}

function column(values: unknown[][], header: string): unknown[] {
  const c = values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return values.slice(1).map((row) => row[c]);
}

function importAll(files: ImportFileInput[]) {
  const bundle = emulateBundle();
  const result = bundle.call<ImportResult>('importReports', files);
  return { ...bundle, result, dash: () => bundle.call<Dashboard>('getDashboard') };
}

describe('an All Orders report saved from Excel as CSV', () => {
  it('never imports an id Excel rewrote: the order row is reported by line, item ids left empty', () => {
    const { emulator, result, dash } = importAll([textFile('all-orders-excel.csv')]);
    const file = result.files[0];
    expect(file).toMatchObject({ ok: true, type: 'allOrders', rowsRead: 6, added: 5 });
    expect(file.skipped).toEqual([
      { line: 6, reason: expect.stringMatching(/order id "1\.11E\+16" was rewritten by Excel/) },
    ]);
    const text = file.lines.join('\n');
    expect(text).toMatch(
      /Column "order-item-id": 2 value\(s\) such as "3\.73299E\+13" were rewritten by Excel/,
    );
    // Excel's dates (the PC's short format) are read and the format said.
    expect(text).toMatch(/Column "purchase-date": dates read as month\/day\/year/);
    const orders = sheetValues(emulator, 'Orders');
    const ids = column(orders, 'amazon-order-id');
    expect(ids).not.toContain('1.11E+16');
    expect(column(orders, 'order-item-id').slice(0, 3)).toEqual(['', '', '55512345678901']);
    // Four orders, the lost one not merged into another or counted under a wrong id.
    expect(dash().channels.find((c) => c.scope === 'MFN')?.orders).toBe(4);
  });
});

describe('several downloads joined into one file', () => {
  it('reads a repeated header (after a byte-order mark) as a header, an older one as its own, and refuses rows under a wider one', () => {
    const { emulator, result } = importAll([textFile('all-orders-joined.txt')]);
    const file = result.files[0];
    expect(file).toMatchObject({ ok: true, added: 6, skippedCount: 2 });
    expect(file.skipped.map((s) => s.line)).toEqual([10, 11]);
    for (const s of file.skipped) expect(s.reason).toMatch(/below a different header \(line 10\)/);
    const text = file.lines.join('\n');
    expect(text).toMatch(/The header row appears again at line\(s\) 4/);
    expect(text).toMatch(/header at line\(s\) 7 names fewer columns/);
    expect(text).not.toMatch(/could not be read as a date/);
    const orders = sheetValues(emulator, 'Orders');
    expect(column(orders, 'amazon-order-id')).toEqual([
      '111-0000011-0000011',
      '111-0000012-0000012',
      '111-0000013-0000013',
      '111-0000014-0000014',
      '111-0000015-0000015',
      '111-0000016-0000016',
    ]);
    // The older download's rows sit in the right columns, not shifted by the missing two.
    expect(column(orders, 'sku').slice(4)).toEqual(['BOARD-L', 'BOARD-L']);
    expect(column(orders, 'product-name').slice(4)).toEqual([
      'Bamboo Cutting Board',
      'Bamboo Cutting Board',
    ]);
    expect(column(orders, 'item-price').slice(4)).toEqual([24.99, 24.99]);
  });

  it('a feedback download pasted twice: the second header is no skipped row', () => {
    const once = readFileSync(join(FIXTURES, 'feedback-us.txt'), 'utf8');
    const single = importAll([{ name: 'feedback.txt', text: once }]).result.files[0];
    const { result } = importAll([{ name: 'feedback-twice.txt', text: once + once }]);
    const twice = result.files[0];
    // Only the rows the single file skips too (a rating "five", no order id), twice over.
    expect(twice.skippedCount).toBe(2 * single.skippedCount);
    expect(twice.skipped.map((s) => s.reason)).not.toContainEqual(expect.stringMatching(/Date/));
    expect(twice.rowsRead).toBe(2 * single.rowsRead);
    // The second copy's defects are the first's: imported once, and the summary says so.
    expect(twice.added).toBe(single.added);
    expect(twice.ignored).toContainEqual({
      reason: expect.stringMatching(/repeats a row of an earlier download/),
      count: single.added,
    });
    expect(twice.lines.join('\n')).toMatch(/The header row appears again at line\(s\) 9/);
  });
});

describe('order ids with lookalike characters', () => {
  it('Unicode dashes, a zero-width space and full-width digits match the orders they name', () => {
    const { emulator, dash } = importAll([
      textFile('all-orders.txt'),
      textFile('feedback-lookalike-ids.txt'),
    ]);
    expect(column(sheetValues(emulator, 'Defects'), 'Order ID')).toEqual([
      '111-0000001-0000001',
      '111-0000003-0000003',
      '111-0000002-0000002',
    ]);
    const d = dash();
    const nf = d.channels.reduce((n, c) => n + c.negativeFeedback, 0);
    expect(nf).toBe(3);
  });

  it('the custom functions match them in a seller’s own sheet too', () => {
    const ctx = loadBundle();
    const orders = [
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
      ['111-0000001-0000001', '2024-01-10', 'Merchant'],
      ['111-0000002-0000002', '2024-01-11', 'Merchant'],
    ];
    const defects = [
      ['Order ID', 'Type', 'Status'],
      ['111\u20100000001\u20100000001', 'A-to-z claim', 'Open'],
      ['\u200b１１１－００００００２－００００００２', 'Chargeback', 'Open'],
    ];
    expect(call(ctx, 'ODR', orders, defects)).toBe(1);
    expect(call<string[][]>(ctx, 'ODR_CHECK', orders, defects).flat().join('\n')).not.toMatch(
      /not in the orders range/,
    );
  });
});

describe('ids Excel rewrote, in a seller’s own sheet (custom functions)', () => {
  it('are reported and never merged into one order', () => {
    const ctx = loadBundle();
    const orders = [
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
      ['111-0000001-0000001', '2024-01-10', 'Merchant'],
      ['1.11E+16', '2024-01-11', 'Merchant'],
      ['1.11E+16', '2024-01-12', 'Merchant'],
      [11100000010000000, '2024-01-13', 'Merchant'],
    ];
    const defects = [
      ['Order ID', 'Type', 'Status'],
      ['111-0000001-0000001', 'A-to-z claim', 'Open'],
      ['1.11E+16', 'Chargeback', 'Open'],
    ];
    expect(call(ctx, 'ODR', orders, defects)).toBe(1);
    const check = call<string[][]>(ctx, 'ODR_CHECK', orders, defects).flat().join('\n');
    expect(check).toMatch(/order id "1\.11E\+16" was rewritten by Excel/);
    expect(check).toMatch(/orders rows? 3/);
    expect(check).toMatch(/defects row 3/);
  });
});

describe('claims pasted from Seller Central pages in other languages', () => {
  it('reads German, French and Spanish month names', () => {
    const { emulator, result } = importAll([textFile('claims-de-fr.txt')]);
    expect(result.files[0]).toMatchObject({ ok: true, type: 'claimsList', added: 5 });
    expect(result.files[0].skippedCount).toBe(0);
    expect(
      column(sheetValues(emulator, 'Defects'), 'Defect date').map((d) => String(d).slice(0, 10)),
    ).toEqual(['2024-03-14', '2024-02-02', '2024-02-05', '2023-12-03', '2024-01-14']);
  });

  it('reads feedback copied from the German page (German column names, dotted dates)', () => {
    const { emulator, result } = importAll([textFile('feedback-de.txt')]);
    const file = result.files[0];
    expect(file).toMatchObject({ ok: true, type: 'feedback', added: 2, skippedCount: 0 });
    const defects = sheetValues(emulator, 'Defects');
    expect(column(defects, 'Order ID')).toEqual(['111-0000001-0000001', '111-0000003-0000003']);
    expect(column(defects, 'Defect date').map((d) => String(d).slice(0, 10))).toEqual([
      '2024-01-15',
      '2024-01-20',
    ]);
    // The rater's e-mail column is recognised, so it is not copied and the summary says so.
    expect(JSON.stringify(defects)).not.toMatch(/example\.com/);
    expect(file.lines.join('\n')).toMatch(/e-mail addresses were not copied/);
  });
});

describe('overlapping All Orders downloads joined into one file', () => {
  it('imports each order row once and keeps the ODR per channel', () => {
    const once = readFileSync(join(FIXTURES, 'all-orders.txt'), 'utf8');
    const single = importAll([{ name: 'a.txt', text: once }]);
    const joined = importAll([{ name: 'a-twice.txt', text: once + once }]);
    const [a, b] = [single.result.files[0], joined.result.files[0]];
    expect(b.added).toBe(a.added);
    expect(b.ignored).toContainEqual({
      reason: expect.stringMatching(/repeats a row of an earlier download/),
      count: a.added,
    });
    expect(sheetValues(joined.emulator, 'Orders')).toEqual(sheetValues(single.emulator, 'Orders'));
    const channels = (d: Dashboard) => d.channels.map((c) => [c.scope, c.orders, c.defective]);
    expect(channels(joined.dash())).toEqual(channels(single.dash()));
  });
});

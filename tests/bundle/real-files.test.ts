/**
 * Real Amazon files and rules, round 2 (issue 12) and personal data in messages (issue 11),
 * through the built bundle: custom functions in a bare V8 context, imports in the Apps Script
 * emulator with the importer as it is. Fixtures: tests/fixtures/reports/generate-round2.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dashboard, ImportFileInput, ImportResult } from '../../src/core/wire/types';
import { call, contextDate, loadBundle } from '../helpers/bundle';
import { emulateBundle, type Emulator } from '../helpers/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');
const textFile = (name: string): ImportFileInput => ({
  name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});
/** What the dialog sends for a file that is not UTF-8: its bytes. */
const bytesFile = (name: string): ImportFileInput => ({
  name,
  base64: readFileSync(join(FIXTURES, name)).toString('base64'),
});

function sheetValues(emulator: Emulator, name: string): unknown[][] {
  const snap = emulator.snapshot(name, 1, 1000);
  return snap.values.slice(0, snap.lastRow).map((row) => row.slice(0, snap.lastColumn));
}

function importAll(files: ImportFileInput[]) {
  const bundle = emulateBundle();
  const result = bundle.call<ImportResult>('importReports', files);
  return { ...bundle, result, dash: () => bundle.call<Dashboard>('getDashboard') };
}

const mfn = (dash: Dashboard) => dash.channels.find((c) => c.scope === 'MFN');

describe('custom functions (bare V8 context)', () => {
  const ctx = loadBundle();
  const HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
  const orders = [
    HEADER,
    ...Array.from({ length: 9 }, (_, i) => [`o-${i}`, '2024-01-10', 'Merchant']),
    ['typo', '2204-01-10', 'Merchant'],
  ];

  it('a typo’d future date does not move the default window; ODR_CHECK names it', () => {
    const defects = [
      ['Order ID', 'Type', 'Status'],
      ['o-0', 'A-to-z claim', 'Open'],
    ];
    expect(call(ctx, 'ODR', orders, defects)).toBe(1 / 9);
    const check = call<string[][]>(ctx, 'ODR_CHECK', orders, defects).flat();
    expect(check[0]).not.toMatch(/^OK/);
    expect(check.join('\n')).toMatch(
      /Purchase date 2204-01-10 is after today \(\d{4}-\d{2}-\d{2}\)/,
    );
    const dated = [
      HEADER,
      ['a', contextDate(ctx, '2024-01-10T12:00:00Z'), 'Merchant'],
      ['b', contextDate(ctx, '2204-01-10T12:00:00Z'), 'Merchant'],
    ];
    const table = call<unknown[][]>(ctx, 'ODR_BREAKDOWN', dated);
    expect((table[1][2] as Date).toISOString().slice(0, 10)).toBe('2024-01-10');
  });

  it('reason codes, funding and favour wordings decide what counts', () => {
    const defects = [
      ['Order ID', 'Type', 'Status', 'Reason code'],
      ['o-0', 'Chargeback', 'Resolved', 'Visa 10.4 Other Fraud'],
      ['o-1', 'Chargeback', 'Resolved', 'Mastercard 4853 Cardholder Dispute'],
      ['o-2', 'A-to-z claim', 'Granted - seller funded', ''],
      ['o-3', 'A-to-z claim', 'Granted - Amazon funded', ''],
      ['o-4', 'A-to-z claim', 'Decided in your favor', ''],
      ['o-5', 'Chargeback', 'Open', 'Amex F29 Card Not Present'],
    ];
    expect(call(ctx, 'ODR', orders, defects)).toBe(2 / 9);
    expect(
      call<unknown[][]>(ctx, 'ODR_DEFECTS', orders, defects)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['o-1', 'o-2']);
  });

  it('ODR_CHECK and argument errors quote no e-mail address or phone number', () => {
    const defects = [
      ['Order ID', 'Type', 'Status'],
      ['jane@example.com', 'Chargeback', ''],
      ['o-1', 'A-to-z claim', 'call 555-123-4567'],
    ];
    const text = call<string[][]>(ctx, 'ODR_CHECK', orders, defects).flat().join('\n');
    expect(text).not.toMatch(/jane@example|555-123-4567/);
    expect(() => call(ctx, 'ODR', orders, defects, '', '+44 20 7946 0958')).toThrow(
      'channel: "[phone removed]" is not a channel.',
    );
  });
});

describe('imports through the emulator', () => {
  it('a feedback file whose comment opens with a lone quote loses no row: MFN ODR 1.50 %', () => {
    const { result, dash, emulator } = importAll([
      textFile('orders-400-mfn.txt'),
      textFile('feedback-quotes.txt'),
    ]);
    expect(result.files.map((f) => f.error)).toEqual([null, null]);
    expect(result.files[1]).toMatchObject({ rowsRead: 13, skippedCount: 0 });
    const d = dash();
    expect(mfn(d)).toMatchObject({ orders: 400, defective: 6 });
    expect(mfn(d)?.rate).toBe(0.015);
    const defects = sheetValues(emulator, 'Defects');
    expect(defects.some((r) => r[5] === '"Worst seller ever, never again')).toBe(true);
  });

  it('an All Orders file with "Best Dad Ever Coffee Mug, 11 oz titles keeps every item row', () => {
    const { result, emulator } = importAll([textFile('all-orders-quotes.txt')]);
    expect(result.files[0]).toMatchObject({ rowsRead: 20, added: 20, skippedCount: 0 });
    const orders = sheetValues(emulator, 'Orders');
    const name = orders[0].indexOf('product-name');
    expect(
      orders.slice(1).filter((r) => r[name] === '"Best Dad Ever Coffee Mug, 11 oz'),
    ).toHaveLength(7);
  });

  it('a Japanese feedback download in cp932 with Japanese headers is decoded and recognised', () => {
    const { result, emulator } = importAll([bytesFile('feedback-jp-cp932.txt')]);
    expect(result.files[0]).toMatchObject({ ok: true, type: 'feedback', rowsRead: 4 });
    const defects = sheetValues(emulator, 'Defects');
    const comments = defects.slice(1).map((r) => r[5]);
    expect(comments).toEqual(
      expect.arrayContaining([
        '商品が届きません',
        '説明と違う。①の部品が不足',
        '㈱髙橋の件、返金がまだです。ｱﾏｿﾞﾝ',
      ]),
    );
    expect(JSON.stringify(defects)).not.toContain('@example.jp');
  });

  it('a Japanese All Orders report in cp932 lands under the English report’s headers, without the buyer’s name', () => {
    const { result, emulator } = importAll([bytesFile('all-orders-jp-cp932.txt')]);
    expect(result.files[0]).toMatchObject({ ok: true, type: 'allOrders', rowsRead: 4 });
    const orders = sheetValues(emulator, 'Orders');
    expect(orders[0].slice(0, 3)).toEqual([
      'amazon-order-id',
      'merchant-order-id',
      'purchase-date',
    ]);
    expect(orders[0]).not.toContain('buyer-name');
    expect(JSON.stringify(orders)).not.toMatch(/山田|髙橋花子|佐藤/);
    expect(orders[1][orders[0].indexOf('product-name')]).toBe('竹のまな板 ①');
  });

  it('an ISO-8859-1 feedback file keeps its accents', () => {
    const { emulator } = importAll([bytesFile('feedback-latin1.txt')]);
    const comments = sheetValues(emulator, 'Defects').map((r) => r[5]);
    expect(comments).toContain('Größe falsch, Lieferung verspätet');
    expect(comments).toContain('Très déçu, colis abîmé');
  });

  it('chargebacks whose reason code says fraud do not count; service reasons do', () => {
    const { dash } = importAll([
      textFile('orders-400-mfn.txt'),
      textFile('chargebacks-reason-codes.txt'),
    ]);
    const d = dash();
    expect(mfn(d)).toMatchObject({ chargeback: 3, defective: 3 });
    expect(d.findings.join('\n')).toContain('fraud chargeback by its reason 10.4');
  });

  it('seller-funded claims count; Amazon-funded and decided-for-the-seller ones do not', () => {
    const { dash } = importAll([textFile('orders-400-mfn.txt'), textFile('claims-funded.txt')]);
    const d = dash();
    expect(mfn(d)).toMatchObject({ atoz: 3 });
    expect(d.findings.join('\n')).not.toMatch(/not recognised/);
  });

  it('a typo’d 2204 purchase date does not move the dashboard’s window, and the data notes name it', () => {
    const { dash } = importAll([textFile('orders-future-date.txt')]);
    const d = dash();
    expect(d.asOf).toBe('2024-02-19');
    expect(d.findings.join('\n')).toMatch(/Purchase date 2204-01-10 is after today/);
  });

  it('the data notes say how many cancelled orders are in the denominator', () => {
    const { dash } = importAll([textFile('orders-400-mfn.txt')]);
    expect(dash().findings).toContain(
      'Window 2024-01-01 to 2024-02-29: 8 of its 400 orders are cancelled. They stay in the order count, as Amazon counts every order placed.',
    );
  });

  it('a pasted Order ID / Status / Date / Reason / Amount list gets a one-line question', () => {
    const { result } = importAll([
      {
        name: 'Pasted text',
        text: 'Order ID\tStatus\tDate\tReason\tAmount\n111-0000001-0000001\tOpen\t1/28/2024\tItem not received\t24.99',
      },
    ]);
    expect(result.files[0].error).toBe(
      'Pasted text: Is this list A-to-z claims or chargebacks? Choose which under “The pasted list is:” and import it again.',
    );
  });

  it('a 45-marketplace seller-performance report is saved whatever its size and never compared across marketplaces', () => {
    const { result, dash, emulator } = importAll([
      textFile('orders-400-mfn.txt'),
      textFile('account-health-multi.json'),
    ]);
    expect(result.files[1]).toMatchObject({ ok: true, type: 'accountHealth', rowsRead: 45 });
    const props = emulator.globals
      .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const stored = props.getDocumentProperties().getProperties();
    for (const [key, value] of Object.entries(stored)) {
      if (key.startsWith('odrguard.amazonFigures')) expect(value.length).toBeLessThan(8_000);
    }
    const d = dash();
    expect(d.amazonFigures).toHaveLength(90);
    // The importer as it is keeps no marketplace ids: nothing is put beside our Amazon.com orders.
    expect(d.amazonFigures.filter((f) => f.ours !== null)).toEqual([]);
  });
});

describe('the dashboard compares each marketplace with its own orders', () => {
  const HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sales-channel'];
  const orders = [
    HEADER,
    ...Array.from({ length: 100 }, (_, i) => [`us-${i}`, '2024-02-20', 'Merchant', 'Amazon.com']),
    ...Array.from({ length: 40 }, (_, i) => [`ca-${i}`, '2024-02-20', 'Merchant', 'Amazon.ca']),
  ];
  const defects = [
    ['Order ID', 'Type', 'Status'],
    ['us-0', 'Chargeback', ''],
    ['ca-0', 'Chargeback', ''],
    ['ca-1', 'Chargeback', ''],
  ];
  const figure = (id: string, orders: number | null, defective: number | null, rate: number) => ({
    scope: 'MFN',
    from: '2024-01-01',
    to: '2024-02-29',
    orders,
    defective,
    rate,
    marketplaceId: id,
  });

  function withFigures(figures: unknown[]) {
    const bundle = emulateBundle({ sheets: { Orders: orders, Defects: defects } });
    const props = bundle.emulator.globals
      .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    props.getDocumentProperties().setProperty('odrguard.amazonFigures', JSON.stringify(figures));
    return bundle.call<Dashboard>('getDashboard');
  }

  it('Amazon.com’s figure beside Amazon.com’s orders, Amazon.ca’s beside Amazon.ca’s', () => {
    const d = withFigures([
      figure('ATVPDKIKX0DER', 100, 1, 0.01),
      figure('A2EUQ1WTGCTBG2', 40, 2, 0.05),
      figure('A1PA6795UKMFR9', 10, 0, 0),
    ]);
    const [us, ca, de] = d.amazonFigures;
    expect(us).toMatchObject({
      marketplace: 'Amazon.com',
      matchedBy: 'salesChannel',
      ours: { orders: 100, defective: 1, rate: 0.01 },
    });
    expect(ca).toMatchObject({
      marketplace: 'Amazon.ca',
      ours: { orders: 40, defective: 2, rate: 0.05 },
    });
    expect(de).toMatchObject({
      marketplace: 'Amazon.de',
      ours: null,
      notComparedBecause: 'noOrdersInMarketplace',
    });
  });

  it('a rates-only report shows its rates', () => {
    const d = withFigures([figure('ATVPDKIKX0DER', null, null, 0.0125)]);
    expect(d.amazonFigures[0]).toMatchObject({
      orders: null,
      defective: null,
      rate: 0.0125,
      ours: { orders: 100, defective: 1, rate: 0.01 },
    });
  });
});

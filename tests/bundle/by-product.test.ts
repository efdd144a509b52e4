/**
 * ODR_BY_PRODUCT through the built bundle, called as Sheets calls it (issue 13): per SKU, the
 * window's orders and defective orders, multi-item orders counted for each of their SKUs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, call, contextDate, loadBundle, type BundleContext } from '../helpers/bundle';
import { buildSample } from '../../src/core/sample/workbook';
import { dayFromParts } from '../../src/core/engine/dates';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
});

const HEADER = [
  'SKU',
  'ASIN',
  'Product',
  'Orders',
  'Orders with defects',
  'Defect rate',
  'Share of defective orders',
  'Main complaint',
];

function orders(ctx: BundleContext): unknown[][] {
  const d = (iso: string) => contextDate(ctx, `${iso}T00:00:00Z`);
  return [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'asin', 'product-name'],
    // Two items of one order: it counts for VASE and for MUG, once each.
    ['111-0000001-0000001', d('2024-01-02'), 'Merchant', 'VASE', 'B0VASE', 'Glass vase'],
    ['111-0000001-0000001', d('2024-01-02'), 'Merchant', 'MUG', 'B0MUG', 'Mug set'],
    // The same SKU twice in one order is one order for it.
    ['111-0000002-0000002', d('2024-01-03'), 'Merchant', 'VASE', 'B0VASE', 'Glass vase'],
    ['111-0000002-0000002', d('2024-01-03'), 'Merchant', 'VASE', 'B0VASE', 'Glass vase'],
    ['111-0000003-0000003', d('2024-01-04'), 'Merchant', 'VASE', 'B0VASE', 'Glass vase'],
    ['111-0000004-0000004', d('2024-01-05'), 'Amazon', 'MUG', 'B0MUG', 'Mug set'],
    ['111-0000005-0000005', d('2024-01-06'), 'Amazon', 'MAT', 'B0MAT', 'Yoga mat'],
    ['111-0000006-0000006', d('2024-01-07'), 'Merchant', '', '', ''],
    // Outside the window ending 2024-02-20 (from 2023-12-23): not counted anywhere.
    ['111-0000007-0000007', d('2023-12-01'), 'Merchant', 'VASE', 'B0VASE', 'Glass vase'],
  ];
}

const DEFECTS = [
  ['Order ID', 'Type', 'Status', 'Comments', 'Reason'],
  ['111-0000001-0000001', 'Negative feedback', '', 'Arrived broken, glass everywhere', ''],
  ['111-0000003-0000003', 'A-to-z claim', 'Open', '', 'Item damaged'],
  ['111-0000004-0000004', 'Negative feedback', '', 'Never arrived', ''],
  ['111-0000007-0000007', 'Negative feedback', '', 'Broken', ''],
  ['111-0000006-0000006', 'Chargeback', 'Open', '', 'Item not received'],
];

const AS_OF = '2024-02-20';

describe('ODR_BY_PRODUCT', () => {
  const ctx = loadBundle();

  it('counts each SKU of an order once, sorted by orders with defects then rate', () => {
    const rows = call<unknown[][]>(ctx, 'ODR_BY_PRODUCT', orders(ctx), DEFECTS, AS_OF);
    expect(rows[0]).toEqual(HEADER);
    const bySku = new Map(rows.slice(1).map((r) => [r[0], r]));
    // VASE: orders 1, 2, 3 (2 has two VASE rows); defective 1 and 3.
    expect(bySku.get('VASE')).toEqual([
      'VASE',
      'B0VASE',
      'Glass vase',
      3,
      2,
      2 / 3,
      2 / 4,
      'Damaged / defective',
    ]);
    // MUG: orders 1 (MFN) and 4 (AFN); both defective, with different complaints.
    expect(bySku.get('MUG')?.slice(3)).toEqual([2, 2, 1, 2 / 4, 'Not received / late (1 of 2)']);
    expect(bySku.get('MAT')?.slice(3)).toEqual([1, 0, 0, 0, '']);
    expect(bySku.get('(no SKU or ASIN)')?.slice(3)).toEqual([
      1,
      1,
      1,
      1 / 4,
      'Not received / late',
    ]);
    // Most defective orders first, then the higher rate: MUG (2, 100 %) before VASE (2, 67 %).
    expect(rows.slice(1).map((r) => r[0])).toEqual(['MUG', 'VASE', '(no SKU or ASIN)', 'MAT']);
    // The union of the products' defective orders is the window's 4 defective orders; the
    // two-SKU order 111-…1 is counted under both of its SKUs, so the sum is 5.
    expect(rows.slice(1).reduce((n, r) => n + (r[4] as number), 0)).toBe(5);
  });

  it('takes one channel when asked', () => {
    const rows = call<unknown[][]>(ctx, 'ODR_BY_PRODUCT', orders(ctx), DEFECTS, AS_OF, 'AFN');
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[6]])).toEqual([
      ['MUG', 1, 1, 1],
      ['MAT', 1, 0, 0],
    ]);
  });

  it('groups by ASIN when the orders have no SKU column', () => {
    const table = orders(ctx).map((r) => [r[0], r[1], r[2], r[4]]);
    const rows = call<unknown[][]>(ctx, 'ODR_BY_PRODUCT', table, DEFECTS, AS_OF);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['', 'B0MUG', 2],
      ['', 'B0VASE', 2],
      ['(no SKU or ASIN)', '', 1],
      ['', 'B0MAT', 0],
    ]);
  });

  it('says what is missing when the orders have no SKU or ASIN column', () => {
    const table = orders(ctx).map((r) => r.slice(0, 3));
    expect(() => call(ctx, 'ODR_BY_PRODUCT', table, DEFECTS, AS_OF)).toThrow(
      /^orders: no SKU or ASIN column \(the first row holds "amazon-order-id", "purchase-date", "fulfillment-channel"\)\. ODR_BY_PRODUCT groups orders by product: .*"sku"/,
    );
  });

  it('says so when the channel asked for has no orders in the window', () => {
    const table = orders(ctx).filter((r) => r[2] !== 'Amazon');
    expect(() => call(ctx, 'ODR_BY_PRODUCT', table, DEFECTS, AS_OF, 'AFN')).toThrow(
      /^No AFN orders in the 60-day window/,
    );
    expect(() => call(ctx, 'ODR_BY_PRODUCT', table, DEFECTS, AS_OF, 'Amazon Prime')).toThrow(
      /^channel: "Amazon Prime" is not a channel/,
    );
  });

  it('on the sample data: every MFN defect is behind a product, the vase first', () => {
    const last = dayFromParts(2024, 3, 1) as number;
    const sample = buildSample(last);
    const rows = call<unknown[][]>(ctx, 'ODR_BY_PRODUCT', sample.orders, sample.defects, '', 'MFN');
    const breakdown = call<unknown[][]>(ctx, 'ODR_BREAKDOWN', sample.orders, sample.defects);
    const mfn = breakdown.find((r) => r[0] === 'MFN') as unknown[];
    const body = rows.slice(1);
    expect(body[0].slice(0, 3)).toEqual(['GL-VASE-20', '', 'Glass flower vase, 20 cm']);
    expect(body.reduce((n, r) => n + (r[4] as number), 0)).toBeGreaterThanOrEqual(mfn[4] as number);
    expect(new Set(body.map((r) => r[0])).size).toBe(body.length);
    for (const r of body) {
      expect(r[2]).not.toBe('');
      expect(r[5]).toBeCloseTo((r[4] as number) / (r[3] as number), 12);
    }
    // Every MFN order of the window has at least one item row: the orders add up at least.
    expect(body.reduce((n, r) => n + (r[3] as number), 0)).toBeGreaterThanOrEqual(mfn[3] as number);
  });
});

import {
  odr,
  odrBreakdown,
  odrCheck,
  odrDefects,
  odrForecast,
  odrOrdersNeeded,
} from '../../src/core/functions/functions';
import { ordersNeeded, targetAsFraction } from '../../src/core/engine/odr';
import { dayFromParts, dayToIso } from '../../src/core/engine/dates';
import type { Cell } from '../../src/core/engine/types';

const HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];

/** Orders on consecutive ids, all on one day and channel. */
function ordersOn(date: string, count: number, channel = 'Merchant', prefix = 'o'): Cell[][] {
  return Array.from({ length: count }, (_, i) => [`${prefix}-${date}-${i}`, date, channel]);
}

const defectList = (rows: Cell[][]): Cell[][] => [['Order ID', 'Type', 'Status'], ...rows];
const isoOf = (d: unknown) => (d as Date).toISOString().slice(0, 10);

describe('ODR: the metric (odr-rules §1)', () => {
  it('counts one order once across defect types', () => {
    const orders = [HEADER, ...ordersOn('2024-01-10', 100)];
    const defects = defectList([
      ['o-2024-01-10-0', 'Negative feedback', ''],
      ['o-2024-01-10-0', 'A-to-z claim', 'Open'],
      ['o-2024-01-10-0', 'Chargeback', ''],
      ['o-2024-01-10-1', 'A-to-z claim', 'Granted'],
    ]);
    expect(odr(orders, defects)).toBe(0.02);
    const [, mfn] = odrBreakdown(orders, defects);
    expect(mfn.slice(3, 9)).toEqual([100, 2, 0.02, 1, 2, 1]);
  });

  it('treats several item rows with one order id as one order', () => {
    const orders = [
      HEADER,
      ['A', '2024-01-10', 'Merchant'],
      ['A', '2024-01-10', 'Merchant'],
      ['B', '2024-01-10', 'Merchant'],
    ];
    expect(odr(orders, defectList([['A', 'Chargeback', '']]))).toBe(0.5);
  });

  it('places defects by purchase date, with both window ends inclusive', () => {
    // as_of 2024-03-01: window 2024-01-02 … 2024-03-01 (60 days).
    const orders = [
      HEADER,
      ['day0', '2024-03-01', 'Merchant'],
      ['day59', '2024-01-02', 'Merchant'],
      ['day60', '2024-01-01', 'Merchant'],
      ['clean', '2024-02-01', 'Merchant'],
    ];
    const defects = [
      ['Order ID', 'Type', 'Date'],
      ['day0', 'A-to-z', '2024-05-01'],
      ['day59', 'A-to-z', ''],
      ['day60', 'A-to-z', ''],
    ];
    const [, row] = odrBreakdown(orders, defects, '2024-03-01');
    expect(isoOf(row[1])).toBe('2024-01-02');
    expect(isoOf(row[2])).toBe('2024-03-01');
    expect(row[3]).toBe(3); // day60 has left
    expect(row[4]).toBe(2);
    const ids = odrDefects(orders, defects, '2024-03-01')
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toEqual(['day59', 'day0']);
    // The order of day 59 leaves on order date + 60.
    expect(isoOf(odrDefects(orders, defects, '2024-03-01')[1][6])).toBe('2024-03-02');
  });

  it('measures MFN and AFN separately, and by default answers the riskier channel', () => {
    const orders = [
      HEADER,
      ...ordersOn('2024-01-10', 200, 'Merchant', 'm'),
      ...ordersOn('2024-01-10', 50, 'Amazon', 'a'),
    ];
    const defects = defectList([
      ['m-2024-01-10-0', 'Chargeback', ''],
      ['a-2024-01-10-0', 'Negative feedback', ''],
    ]);
    expect(odr(orders, defects, '', 'MFN')).toBe(0.005);
    expect(odr(orders, defects, '', 'FBA')).toBe(0.02);
    expect(odr(orders, defects, '', 'ALL')).toBe(2 / 250);
    expect(odr(orders, defects)).toBe(0.02);
    const table = odrBreakdown(orders, defects);
    expect(table.map((r) => r[0])).toEqual(['Channel', 'MFN', 'AFN']);
    expect(table.map((r) => r[9])).toEqual(['Status', 'OK', 'AT RISK']);
  });

  it('rebuilds Amazon’s own example: 628 + 442 + 15 defects on 1,078 of 539,000 orders', () => {
    const orders: Cell[][] = [HEADER];
    for (let i = 0; i < 539_000; i++) orders.push([`o${i}`, '2024-01-10', 'Merchant']);
    const rows: Cell[][] = [];
    for (let i = 0; i < 628; i++) rows.push([`o${i}`, 'Negative feedback', '']);
    // 7 orders carry both a claim and negative feedback: 1,085 defects, 1,078 orders.
    for (let i = 0; i < 442; i++)
      rows.push([`o${i < 7 ? i : 628 + i - 7}`, 'A-to-z claim', 'Granted']);
    for (let i = 0; i < 15; i++) rows.push([`o${1063 + i}`, 'Chargeback', '']);
    const [, mfn] = odrBreakdown(orders, defectList(rows));
    expect(mfn.slice(3, 10)).toEqual([539_000, 1_078, 0.002, 628, 442, 15, 'OK']);
  });

  it('reads inline defect columns: ratings, yes-flags and statuses', () => {
    const orders = [
      ['order-id', 'purchase-date', 'Rating', 'A-to-z claim', 'Chargeback'],
      ['r1', '2024-01-10', 1, '', ''],
      ['r2', '2024-01-10', 2, '', ''],
      ['r3', '2024-01-10', 3, '', ''],
      ['z1', '2024-01-10', '', 'Y', ''],
      ['z2', '2024-01-10', '', 'Denied', ''],
      ['z3', '2024-01-10', '', 'Under review', ''],
      ['c1', '2024-01-10', '', '', '✓'],
      ['c2', '2024-01-10', '', '', 'Fraud'],
      ['ok1', '2024-01-10', 5, 'no', ''],
      ['ok2', '2024-01-10', '', '', false],
    ];
    const ids = odrDefects(orders)
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toEqual(['c1', 'r1', 'r2', 'z1', 'z3']);
    expect(odr(orders)).toBe(0.5);
  });
});

describe('what does and does not count (odr-rules §2)', () => {
  const orders = [HEADER, ...ordersOn('2024-01-10', 10)];
  const id = (i: number) => `o-2024-01-10-${i}`;
  it.each([
    ['A-to-z claim', 'Denied'],
    ['A-to-z claim', 'Withdrawn'],
    ['A-to-z claim', 'Amazon funded'],
    ['A-to-z claim', 'Claims protected'],
    ['A-to-z claim', 'Reversed'],
    ['Chargeback', 'Fraud'],
    ['Chargeback', 'Won'],
    ['Negative feedback', 'Removed'],
    ['Negative feedback', 'Struck through'],
  ])('%s with status %s is not counted', (type, status) => {
    expect(odr(orders, defectList([[id(0), type, status]]))).toBe(0);
  });

  it('counts refunded, open and unknown statuses, and names the unknown ones', () => {
    const defects = defectList([
      [id(0), 'A-to-z claim', 'Refunded'],
      [id(1), 'A-to-z claim', 'Open'],
      [id(2), 'Chargeback', 'Escalated'],
    ]);
    expect(odr(orders, defects)).toBe(0.3);
    expect(odrCheck(orders, defects).flat().join('\n')).toMatch(
      /Status "Escalated" not recognised: counted/,
    );
  });

  it('reads the Feedback report: 1–2 stars are defects, 3–5 are not, struck-through FBA feedback is not', () => {
    const feedback = [
      ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
      ['1/12/24', 1, 'Never arrived', '', id(0), 'buyer@example.com'],
      ['1/12/24', 2, 'Late', '', id(1), ''],
      ['1/12/24', 3, 'OK', '', id(2), ''],
      [
        '1/12/24',
        1,
        'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',
        '',
        id(3),
        '',
      ],
    ];
    expect(odr(orders, feedback)).toBe(0.2);
    expect(odrCheck(orders, feedback).flat().join('\n')).not.toContain('buyer@example.com');
  });

  it('reads the ODR download: one column per defect type', () => {
    const download = [
      ['Order date', 'Order ID', 'Fulfillment', 'Negative feedback', 'A-to-z claim', 'Chargeback'],
      ['2024-01-10', id(0), 'Seller', 'Yes', 'No', 'No'],
      ['2024-01-10', id(1), 'Seller', 'No', 'Yes', 'Yes'],
    ];
    expect(odr(orders, download)).toBe(0.2);
  });

  it('does not count a defect whose order is not among the orders, and says so', () => {
    const defects = defectList([['999-0000000-0000000', 'Chargeback', '']]);
    expect(odr(orders, defects)).toBe(0);
    expect(odrCheck(orders, defects)[0][0]).toMatch(/^1 finding/);
    expect(odrCheck(orders, defects).flat().join('\n')).toMatch(
      /Order 999-0000000-0000000 is not in the orders range/,
    );
  });
});

describe('orders needed: strict target in exact arithmetic (odr-rules §1)', () => {
  it('handles the strict 1 % edge: D = 29, N = 2000 needs 901', () => {
    expect(ordersNeeded(29, 2000)).toBe(901);
    expect(29 / (2000 + 900)).toBe(0.01);
    expect(29 / (2000 + 901)).toBeLessThan(0.01);
  });
  it('avoids the floating-point trap: target 0.07, D = 7, N = 50 needs 51', () => {
    expect(Math.floor(7 / 0.07) + 1 - 50).toBe(50); // the naive formula is wrong
    expect(ordersNeeded(7, 50, 0.07)).toBe(51);
  });
  it('is 0 when already under target or with no defects', () => {
    expect(ordersNeeded(0, 0)).toBe(0);
    expect(ordersNeeded(9, 1000)).toBe(0);
    expect(ordersNeeded(10, 1000)).toBe(1);
  });
  it('reads targets exactly as written', () => {
    expect(targetAsFraction(0.07)).toEqual({ num: 7n, den: 100n });
    expect(targetAsFraction(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(targetAsFraction(1)).toEqual({ num: 1n, den: 1n });
  });
  it('is exposed as ODR_ORDERS_NEEDED with an optional target', () => {
    const orders = [HEADER, ...ordersOn('2024-01-10', 50)];
    const defects = defectList(
      Array.from({ length: 7 }, (_, i) => [`o-2024-01-10-${i}`, 'Chargeback', '']),
    );
    expect(odrOrdersNeeded(orders, defects, '', '', 0.07)).toBe(51);
    expect(odrOrdersNeeded(orders, defects, '', '', '7%')).toBe(51);
    expect(odrOrdersNeeded(orders, defects)).toBe(651);
  });
});

describe('ODR_FORECAST', () => {
  it('drops defects as their orders leave the window, and dilutes them at current volume', () => {
    const orders = [HEADER, ...ordersOn('2024-01-01', 60), ...ordersOn('2024-02-29', 60)];
    const defects = defectList([['o-2024-01-01-0', 'Chargeback', '']]);
    const rows = odrForecast(orders, defects, '2024-02-29', '', 3);
    expect(rows[0]).toEqual([
      'Date',
      'Orders in window',
      'Defects in window',
      'ODR with no new orders',
      'ODR at current volume',
    ]);
    // 2024-01-01 is day 59 of the window ending 2024-02-29: it leaves on 2024-03-01.
    expect(isoOf(rows[1][0])).toBe('2024-03-01');
    expect(rows[1].slice(1)).toEqual([60, 0, 0, 0]);
    // From 2024-02-28 the data stops at as_of: the orders of 02-29 are not yet known.
    const before = odrForecast(orders, defects, '2024-02-28', '', 1);
    expect(before[1].slice(1, 4)).toEqual([60, 1, 1 / 60]);
    // At current volume one defect-free order a day (60 in 60 days) has arrived.
    expect(before[1][4]).toBe(1 / 61);
  });
  it('leaves rates blank when no orders remain', () => {
    const orders = [HEADER, ...ordersOn('2024-01-01', 1)];
    const rows = odrForecast(orders, '', '', '', 60);
    expect(rows).toHaveLength(61);
    expect(rows[60].slice(1, 4)).toEqual([0, 0, '']);
  });
});

describe('bad input gets a message that says what to do', () => {
  const orders = [HEADER, ...ordersOn('2024-01-10', 3)];
  it.each([
    [() => odr([['sku', 'qty']]), /no order-id column found.*"sku".*"order-id"/],
    [() => odr([['order-id', 'sku']]), /no purchase-date column.*"purchase-date"/],
    [() => odr([]), /orders: the range is empty/],
    [() => odr(''), /orders: the range is empty/],
    [() => odr('A1'), /expected a range with a header row/],
    [() => odr(orders, '', 'next tuesday'), /as_of: "next tuesday" could not be read as a date/],
    [() => odr(orders, '', '', 'ebay'), /channel: "ebay" is not a channel. Use MFN/],
    [
      () => odr(orders, '', '2025-01-01'),
      /No orders in the 60-day window 2024-11-03 to 2025-01-01/,
    ],
    [
      () => odr(orders, '', '', 'AFN'),
      /No AFN orders in the 60-day window 2023-11-12 to 2024-01-10/,
    ],
    [() => odrOrdersNeeded(orders, '', '', '', 2), /target: "2" is not a rate between 0 and 1/],
    [() => odrForecast(orders, '', '', '', 0), /days: "0" is not a whole number/],
    [() => odr(orders, [['Order ID', 'Notes']]), /defects: not recognised.*"Type" column/],
  ])('%#', (fn, message) => {
    expect(fn).toThrow(message);
  });

  it('skips unreadable rows and reports them with row numbers', () => {
    const messy = [
      HEADER,
      ['a', '2024-01-10', 'Merchant'],
      ['', 'stray', ''],
      ['b', 'yesterday', 'Merchant'],
      ['c', '2024-01-10', 'eBay'],
      ['', '', ''],
      ['a', '2024-01-10', 'Merchant'],
    ];
    expect(odr(messy)).toBe(0);
    const lines = odrCheck(messy).flat();
    expect(lines[0]).toMatch(/^4 findings/);
    expect(lines.join('\n')).toContain('orders row 3: Skipped: no order id.');
    expect(lines.join('\n')).toContain(
      'orders row 4: Skipped: purchase date in column "purchase-date" could not be read',
    );
    expect(lines.join('\n')).toContain(
      'orders row 5: Skipped: fulfilment channel "eBay" not recognised',
    );
    expect(lines.join('\n')).toContain('orders row 7: repeat an earlier row exactly');
  });

  it('says OK with counts when the data is clean', () => {
    expect(odrCheck(orders)[0][0]).toBe(
      'OK: 3 order rows = 3 orders (MFN 3, AFN 0); latest purchase date 2024-01-10; 0 defect records, 0 counted.',
    );
  });

  it('defaults as_of to the latest purchase date', () => {
    const [, row] = odrBreakdown([
      HEADER,
      ['a', '2024-01-10', 'Merchant'],
      ['b', '3/5/2024', 'Merchant'],
    ]);
    expect(isoOf(row[2])).toBe(dayToIso(dayFromParts(2024, 3, 5) as number));
  });

  it('treats undefined, null and "" as omitted', () => {
    for (const omitted of [undefined, null, '']) {
      expect(odr(orders, omitted, omitted, omitted)).toBe(0);
    }
  });
});

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

describe('ODR: the metric (docs/rules.md §1)', () => {
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

describe('what does and does not count (docs/rules.md §2)', () => {
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

describe('orders needed: strict target in exact arithmetic (docs/rules.md §1)', () => {
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
    const rows = odrForecast(orders, defectList([]), '', '', 60);
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
    expect(odr(messy, defectList([]))).toBe(0);
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
    const [, row] = odrBreakdown(
      [HEADER, ['a', '2024-01-10', 'Merchant'], ['b', '3/5/2024', 'Merchant']],
      defectList([]),
    );
    expect(isoOf(row[2])).toBe(dayToIso(dayFromParts(2024, 3, 5) as number));
  });

  it('treats undefined, null and "" as omitted', () => {
    // Defects from a column of the orders, so the defects range may be omitted too.
    const flagged = orders.map((row, i) => [...row, i === 0 ? 'Chargeback' : '']);
    for (const omitted of [undefined, null, '']) {
      expect(odr(flagged, omitted, omitted, omitted)).toBe(0);
    }
  });

  it('says where defects come from when there are none to read (issue 13)', () => {
    const noSource =
      /^defects: no defects range was given and the orders have no defect columns.*second argument.*Defects!A:I.*Negative feedback, A-to-z claim and Chargeback columns/;
    expect(() => odr(orders)).toThrow(noSource);
    expect(() => odrBreakdown(orders)).toThrow(noSource);
    expect(() => odrForecast(orders)).toThrow(noSource);
    // A defects range, even one without rows, or a defect column is a source: 0 is then true.
    expect(odr(orders, defectList([]))).toBe(0);
    expect(odr(orders.map((row, i) => [...row, i === 0 ? 'Rating' : '']))).toBe(0);
  });
});

describe('round 2: what real statuses and reasons say (issue 12, docs/rules.md §2)', () => {
  const orders = [HEADER, ...ordersOn('2024-01-10', 10)];
  const id = (i: number) => `o-2024-01-10-${i}`;

  it.each([
    ['Granted - seller funded', 0.1],
    ['Granted – Seller-funded', 0.1],
    ['Granted - Amazon funded', 0],
    ['Granted, funded by Amazon', 0],
    ['Decided in your favor', 0],
    ["Closed - decided in seller's favour", 0],
    ['Decided for seller', 0],
    ['Decided in buyer’s favour', 0.1],
  ])('an A-to-z claim "%s" gives ODR %p', (status, rate) => {
    expect(odr(orders, defectList([[id(0), 'A-to-z claim', status]]))).toBe(rate);
  });

  it('"Granted - seller funded" is counted without an "unknown status" note', () => {
    const defects = defectList([[id(0), 'A-to-z claim', 'Granted - seller funded']]);
    expect(odrCheck(orders, defects)[0][0]).toMatch(/^OK: /);
  });

  it('a chargeback with a fraud reason code does not count, also when its status is "Resolved"', () => {
    const defects = [
      ['Order ID', 'Type', 'Status', 'Reason code', 'Reason'],
      [id(0), 'Chargeback', 'Resolved', '10.4', 'Other Fraud – Card Absent'],
      [id(1), 'Chargeback', 'Resolved', '4837', ''],
      [id(2), 'Chargeback', 'Resolved', 'F29', ''],
      [id(3), 'Chargeback', 'Resolved', 'UA02', ''],
      [id(4), 'Chargeback', 'Resolved', '13.1', 'Merchandise not received'],
      [id(5), 'Chargeback', 'Resolved', '4853', 'Not as described'],
      [id(6), 'Chargeback', 'Open', '', 'Unauthorized purchase'],
      [id(7), 'Chargeback', 'Open', '', 'Transaction not recognised'],
    ];
    expect(odr(orders, defects)).toBe(0.2);
    const check = odrCheck(orders, defects).flat().join('\n');
    expect(check).toContain(
      'defects row 2: Not counted: fraud chargeback by its reason 10.4 (Amazon’s liability).',
    );
    expect(check).toContain('fraud chargeback by its reason Unauthorized');
    expect(check).not.toMatch(/"Resolved" not recognised/);
  });

  it('reads the reason code from the only reason column too', () => {
    const defects = [
      ['Order ID', 'Type', 'Status', 'Reason'],
      [id(0), 'Chargeback', 'Resolved', 'Visa 10.4 Other Fraud'],
      [id(1), 'Chargeback', 'Resolved', 'Visa 13.1 Not received'],
    ];
    expect(odr(orders, defects)).toBe(0.1);
  });
});

describe('round 2: a typo’d future date must not move the window (issue 12)', () => {
  const today = dayFromParts(2024, 3, 1) as number;
  const env = { zone: () => 0, today };
  const orders = [HEADER, ...ordersOn('2024-01-10', 9), ['typo', '2204-01-10', 'Merchant']];
  const defects = defectList([['o-2024-01-10-0', 'A-to-z claim', 'Open']]);

  it('the default as_of ignores dates after today; the window ends on the latest real date', () => {
    // 1 defect among the 9 real orders; the typo'd one is outside the window, not in its count.
    expect(odr(orders, defects, undefined, undefined, env)).toBe(1 / 9);
    const [, mfn] = odrBreakdown(orders, defects, undefined, env);
    expect(isoOf(mfn[2])).toBe('2024-01-10');
  });

  it('ODR_CHECK names the date and does not say OK', () => {
    const lines = odrCheck(orders, defects, env).flat();
    expect(lines[0]).toMatch(/^1 finding to look at below/);
    expect(lines.join('\n')).toContain(
      'orders row 11: Purchase date 2204-01-10 is after today (2024-03-01): probably a typo in the year.',
    );
  });

  it('when every date is in the future, the error says so', () => {
    expect(() => odr([HEADER, ['typo', '2204-01-10', 'Merchant']], '', '', '', env)).toThrow(
      /every purchase date is after today \(2024-03-01\)/,
    );
  });

  it('today comes from the clock when not given: 2204 is always in the future', () => {
    expect(odr(orders, defects)).toBe(1 / 9);
  });

  it('an explicit as_of still reaches the typo’d order (the seller asked for that window)', () => {
    expect(odr(orders, defects, '2204-01-10', undefined, env)).toBe(0);
  });
});

describe('round 2: orders that exist but cannot be placed (issue 12)', () => {
  it('a defect whose order has an unreadable date is reported as that, not as "not in the orders range"', () => {
    const orders = [HEADER, ['a', '2024-01-10', 'Merchant'], ['b', '2024-13-45', 'Merchant']];
    const lines = odrCheck(orders, defectList([['b', 'Chargeback', '']]))
      .flat()
      .join('\n');
    expect(lines).toContain(
      'defects row 2: Order b is in the orders range, but its purchase date (orders row 3) could not be read, so its defect cannot be placed in the window and is not counted.',
    );
    expect(lines).not.toContain('Order b is not in the orders range');
  });

  it('and one whose channel is unreadable likewise', () => {
    const orders = [HEADER, ['a', '2024-01-10', 'Merchant'], ['b', '2024-01-10', 'eBay']];
    expect(
      odrCheck(orders, defectList([['b', 'Chargeback', '']]))
        .flat()
        .join('\n'),
    ).toContain(
      'Order b is in the orders range, but its fulfilment channel (orders row 3) could not be read',
    );
  });
});

describe('round 2: cancelled orders stay in the denominator (issue 12, docs/rules.md §1)', () => {
  it('the data notes say how many of the window’s orders are cancelled', () => {
    const orders = [
      ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'],
      ['a', '2024-01-10', 'Shipped', 'Merchant'],
      ['b', '2024-01-11', 'Cancelled', 'Merchant'],
      ['c', '2024-01-12', 'Canceled', 'Merchant'],
      ['d', '2023-10-01', 'Cancelled', 'Merchant'],
    ];
    expect(odr(orders, defectList([['a', 'Chargeback', '']]))).toBe(1 / 3);
    expect(odrCheck(orders).flat()).toContain(
      'Window 2023-11-14 to 2024-01-12: 2 of its 3 orders are cancelled. They stay in the order count, as Amazon counts every order placed.',
    );
  });
});

describe('round 2: no e-mail address or phone number in any message (issue 11)', () => {
  const orders = [HEADER, ...ordersOn('2024-01-10', 3)];
  it('ODR_CHECK quotes statuses, ratings, channels and order ids without them', () => {
    const messy = [
      HEADER,
      ['a', '2024-01-10', 'Merchant'],
      ['b', '2024-01-10', 'call +1 (555) 123-4567'],
    ];
    const defects = [
      ['Order ID', 'Type', 'Status', 'Rating'],
      ['jane.doe@example.com', 'Chargeback', '', ''],
      ['a', 'A-to-z claim', 'ring me on 07700 900123', ''],
      ['a', 'Negative feedback', '', 'mail me: x@example.com'],
    ];
    const text = odrCheck(messy, defects).flat().join('\n');
    expect(text).not.toMatch(/@example\.com|555|07700/);
    expect(text).toContain('[email removed]');
    expect(text).toContain('[phone removed]');
  });

  it('argument errors do not quote them either', () => {
    expect(() => odr(orders, '', '', 'jane@example.com')).toThrow(
      'channel: "[email removed]" is not a channel.',
    );
    expect(() => odr(orders, '', '+44 20 7946 0958')).toThrow(
      /^as_of: "\[phone removed\]" could not be read/,
    );
  });
});

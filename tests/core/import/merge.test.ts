/**
 * Merging reports into ledgers (issues 5 and 11): idempotent, a newer file updates, old news and
 * a seller's typing never overwrite, no duplicates without item columns, obstacles block.
 */
import { matchHeader } from '../../../src/core/engine/columns';
import { readDataset } from '../../../src/core/engine/dataset';
import { defectTableKind } from '../../../src/core/engine/defects-table';
import { classifyStatus } from '../../../src/core/engine/rules';
import type { Table } from '../../../src/core/engine/types';
import {
  DEFECT_STATUS_VALUES,
  DEFECT_TYPE_VALUES,
  DEFECTS_LEDGER_HEADER,
  FINGERPRINT_HEADER,
  importFile,
  importFiles,
  ORDERS_TEMPLATE_HEADER,
  parseDelimited,
  readReport,
  statusFinality,
} from '../../../src/core/import';
import { english, fixture, plain, records, text } from './helpers';

const OPTIONS = { today: '2024-03-01' };

function ledger(values: unknown[][] | null): unknown[][] {
  if (!values) throw new Error('no ledger');
  return values;
}

/** A claims list with one row per [order id, status, claim date, status date?]. */
function claims(
  name: string,
  rows: string[][],
  statusDate = false,
): { name: string; content: string } {
  const head = `Order ID\tClaim status\tClaim date\tClaim reason${statusDate ? '\tStatus date' : ''}`;
  const lines = rows.map(([id, status, date, updated]) =>
    [id, status, date, 'Not received', ...(statusDate ? [updated] : [])].join('\t'),
  );
  return { name, content: `${[head, ...lines].join('\n')}\n` };
}

describe('re-import is idempotent', () => {
  it.each([
    'all-orders.txt',
    'feedback-us.txt',
    'feedback-uk.csv',
    'odr-defects.txt',
    'claims.txt',
  ])('%s imported twice changes nothing the second time', (name) => {
    const first = importFile(fixture(name), {}, OPTIONS);
    const which = first.summary.ledger === 'orders' ? 'orders' : 'defects';
    const second = importFile(fixture(name), { [which]: ledger(first.values) }, OPTIONS);
    expect(second.values).toEqual(first.values);
    expect(second.draft.sheets).toEqual([]);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: first.summary.added });
  });

  it('treats numbers and numeric text, and dates and date text as equal', () => {
    const first = ledger(importFile(fixture('all-orders.txt'), {}).values);
    // A seller's own copy: numbers as text, dates as text.
    const sheet = first.map((row, r) =>
      r === 0
        ? row
        : row.map((c) =>
            typeof c === 'number' ? String(c) : c instanceof Date ? c.toISOString() : c,
          ),
    );
    const again = importFile(fixture('all-orders.txt'), { orders: sheet });
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
  });
});

describe('a newer file', () => {
  it('updates a claim that went from Open to Denied and adds the new claim', () => {
    const first = ledger(importFile(fixture('claims.txt'), {}, OPTIONS).values);
    const later = importFile(fixture('claims-later.txt'), { defects: first }, OPTIONS);
    expect(later.summary).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(
      plain(later.values)
        .slice(1)
        .map((r) => [r[0], r[2]]),
    ).toEqual([
      ['111-0000001-0000001', 'Open'],
      ['111-0000003-0000003', 'Denied'],
      ['111-0000004-0000004', 'Open'],
    ]);
  });

  it('keeps seller columns, the category override, rows the file does not mention and rows above the header', () => {
    const first = ledger(importFile(fixture('claims.txt'), {}, OPTIONS).values);
    const width = first[0].length;
    const sheet: unknown[][] = [
      ['My defect log', ...new Array<string>(width).fill('')],
      [...first[0], 'My notes'],
      ...first.slice(1).map((row, i) => [...row, i === 1 ? 'Called buyer' : '']),
      [
        '111-0000099-0000099',
        'Chargeback',
        'Open',
        new Date('2024-01-03T00:00:00Z'),
        '',
        '',
        '',
        'typed',
        '',
        '',
        'mine',
      ],
    ];
    sheet[3][8] = 'Not as described: wrong size'; // the seller's category override
    const later = importFile(fixture('claims-later.txt'), { defects: sheet }, OPTIONS);
    const out = ledger(later.values);
    expect(out[0]).toEqual(sheet[0]);
    expect(out[1]).toEqual(sheet[1]);
    expect(plain(out)[3]).toEqual([
      '111-0000003-0000003',
      'A-to-z claim',
      'Denied',
      '2024-02-02',
      '',
      '',
      'Not as described (amount 24.99)',
      'A-to-z claims list (claims-later.txt)',
      'Not as described: wrong size',
      'Called buyer',
    ]);
    expect(out[4]).toEqual(sheet[4]);
    expect(plain(out)[5].slice(0, 9)).toEqual([
      '111-0000004-0000004',
      'A-to-z claim',
      'Open',
      '2024-02-09',
      '',
      '',
      'Item not received (amount 45.00)',
      'A-to-z claims list (claims-later.txt)',
      '',
    ]);
    expect(out).toHaveLength(sheet.length + 1);
  });

  it('never blanks a filled cell, and appends columns the sheet lacks', () => {
    const sheet = [
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'Margin'],
      ['111-0000001-0000001', new Date('2024-01-02T10:15:00Z'), 'Merchant', 'BOARD-L', 0.3],
    ];
    const content =
      'amazon-order-id\tpurchase-date\tfulfillment-channel\tsku\torder-status\n' +
      '111-0000001-0000001\t2024-01-02T10:15:00+00:00\t\tBOARD-L\tShipped\n' +
      '\t2024-01-02\tMerchant\tX\t\n';
    const result = importFile({ name: 'o.txt', content }, { orders: sheet });
    expect(plain(result.values)).toEqual([
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'Margin', 'order-status'],
      ['111-0000001-0000001', '2024-01-02T10:15:00.000Z', 'Merchant', 'BOARD-L', 0.3, 'Shipped'],
    ]);
    expect(result.summary).toMatchObject({ added: 0, updated: 1 });
    expect(english(result.summary).skipped).toEqual([{ line: 3, reason: 'no order id' }]);
  });

  it('matches a seller’s own header names by meaning', () => {
    const sheet = [
      ['Order number', 'Defect type', 'State', 'Date', 'Notes'],
      ['111-0000003-0000003', 'A-to-z', 'Open', '2/2/2024', 'x'],
    ];
    const result = importFile(fixture('claims-later.txt'), { defects: sheet }, OPTIONS);
    const out = plain(result.values);
    // A sheet from before fingerprints: its rows count as the seller's, so Open is kept and listed.
    expect(out[1].slice(0, 5)).toEqual(['111-0000003-0000003', 'A-to-z', 'Open', '2/2/2024', 'x']);
    expect(out[0].slice(5)).toEqual(['Rating', 'Comment', 'Reason', 'Source', 'Category override']);
    // The blank Reason it lacked is filled; the typed State is not.
    expect(result.summary).toMatchObject({ added: 2, updated: 1 });
    expect(result.summary.conflicts.map((c) => [c.header, c.sheetValue, c.fileValue])).toEqual([
      ['State', 'Open', 'Denied'],
    ]);
  });

  it('fails the file, writing nothing, when the sheet has data but no order-id header', () => {
    const result = importFile(fixture('claims.txt'), {
      defects: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(result.summary.ok).toBe(false);
    expect(text(result.summary.error)).toMatch(
      /"Defects" sheet has data but no header row with an order-id column/,
    );
    expect(result.draft.sheets).toEqual([]);
  });
});

describe('a value the seller typed is never replaced', () => {
  it('keeps a typed status and lists the conflict with both values', () => {
    const first = ledger(importFile(fixture('claims.txt'), {}, OPTIONS).values);
    first[2][2] = 'Reversed (appeal won)';
    const again = importFile(fixture('claims.txt'), { defects: first }, OPTIONS);
    expect(plain(again.values)[2][2]).toBe('Reversed (appeal won)');
    expect(again.summary.conflicts).toEqual([
      expect.objectContaining({
        row: 2,
        col: 2,
        header: 'Status',
        orderId: '111-0000003-0000003',
        sheetValue: 'Reversed (appeal won)',
        fileValue: 'Under review',
      }),
    ]);
  });

  it('still updates the cells the import wrote in the same row, and fills blank ones', () => {
    const first = ledger(importFile(fixture('claims.txt'), {}, OPTIONS).values);
    first[2][5] = 'Buyer called, sent photos'; // Comment: typed by the seller
    const later = importFile(
      {
        name: 'later.txt',
        content:
          'Order ID\tClaim status\tClaim date\tClaim reason\tComment\n111-0000003-0000003\tDenied\t2/2/2024\tNot as described\tfrom Amazon\n',
      },
      { defects: first },
      OPTIONS,
    );
    const row = records(later.values)[1];
    expect([row.Status, row.Comment]).toEqual(['Denied', 'Buyer called, sent photos']);
    expect(later.summary.conflicts.map((c) => c.header)).toEqual(['Comment']);
  });

  it('counts rows in a sheet from before fingerprints as imported when their Source is a report', () => {
    const first = ledger(importFile(fixture('claims.txt'), {}, OPTIONS).values).map((row) =>
      row.slice(0, 9),
    );
    const later = importFile(fixture('claims-later.txt'), { defects: first }, OPTIONS);
    expect(later.summary).toMatchObject({ updated: 1, conflicts: [] });
    const out = ledger(later.values);
    expect(out[0][9]).toBe(FINGERPRINT_HEADER);
    // Every row now carries its fingerprint.
    expect(out.slice(1).every((r) => typeof r[9] === 'string' && r[9] !== '')).toBe(true);
  });
});

describe('old news never overwrites new', () => {
  it('a decided status is not replaced by an undecided one without dates', () => {
    const later = ledger(importFile(fixture('claims-later.txt'), {}, OPTIONS).values);
    const older = importFile(fixture('claims.txt'), { defects: later }, OPTIONS);
    expect(records(older.values).find((r) => r['Order ID'] === '111-0000003-0000003')?.Status).toBe(
      'Denied',
    );
    expect(older.summary).toMatchObject({ older: 1, updated: 0 });
    expect(older.draft.sheets).toEqual([]);
  });

  it('a later status date wins, either way', () => {
    const base = ledger(
      importFile(
        claims('new.txt', [['111-1', 'Granted', '1/5/2024', '2/20/2024']], true),
        {},
        OPTIONS,
      ).values,
    );
    expect(plain(base)[0][9]).toBe('Status date');
    const afterOld = importFile(
      claims('old.txt', [['111-1', 'Denied', '1/5/2024', '2/13/2024']], true),
      { defects: base },
      OPTIONS,
    );
    expect(records(afterOld.values)[0].Status).toBe('Granted');
    expect(afterOld.summary.older).toBe(1);
    const afterNewest = importFile(
      claims('newest.txt', [['111-1', 'Under review', '1/5/2024', '2/25/2024']], true),
      { defects: base },
      OPTIONS,
    );
    // A dated status wins over the finality rule: the appeal reopened it.
    expect(records(afterNewest.values)[0].Status).toBe('Under review');
    expect(records(afterNewest.values)[0]['Status date']).toBe('2024-02-25');
  });

  it('a status date that reads both ways round does not decide: the finality rule does', () => {
    const base = ledger(
      importFile(
        claims('new.txt', [['111-1', 'Denied', '1/5/2024', '1/20/2024']], true),
        {},
        OPTIONS,
      ).values,
    );
    // 2/3/2024 could be 3 February or 2 March: it cannot tell older news from newer.
    const reopened = importFile(
      claims('x.txt', [['111-1', 'Under review', '1/5/2024', '2/3/2024']], true),
      { defects: base },
      OPTIONS,
    );
    expect(records(reopened.values)[0].Status).toBe('Denied');
    expect(reopened.summary.older).toBe(1);
  });

  it('a later last-updated-date wins for orders', () => {
    const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tsku';
    const file = (updated: string, status: string) => ({
      name: 'o.txt',
      content: `${header}\n111-1\t2024-01-02T10:00:00+00:00\t${updated}\t${status}\tA\n`,
    });
    const base = ledger(importFile(file('2024-01-05T10:00:00+00:00', 'Shipped'), {}).values);
    const older = importFile(file('2024-01-03T10:00:00+00:00', 'Pending'), { orders: base });
    expect(plain(older.values)[1][3]).toBe('Shipped');
    expect(older.summary.older).toBe(1);
    const newer = importFile(file('2024-01-09T10:00:00+00:00', 'Cancelled'), { orders: base });
    expect(plain(newer.values)[1].slice(2, 4)).toEqual(['2024-01-09T10:00:00.000Z', 'Cancelled']);
  });

  it('tells decided from undecided statuses, Chinese included', () => {
    const decided = [
      'Denied',
      'Granted',
      'Withdrawn',
      'Reversed (appeal won)',
      'Closed',
      'Removed',
      'Seller refunded',
      'Shipped',
      '已驳回',
      '已退款',
    ];
    const undecided = [
      'Open',
      'Pending',
      'Under review',
      'Unshipped',
      'Partially shipped',
      '处理中',
    ];
    expect(decided.map(statusFinality)).toEqual(decided.map(() => 'decided'));
    expect(undecided.map(statusFinality)).toEqual(undecided.map(() => 'undecided'));
    expect(statusFinality('')).toBe('unknown');
  });
});

describe('rows of a file without item columns', () => {
  it('update in place when a status changes: no duplicate rows', () => {
    const header = 'amazon-order-id\tpurchase-date\torder-status';
    const file = (status: string) => ({
      name: 'o.txt',
      content: `${header}\n111-1\t2024-01-02\t${status}\n111-2\t2024-01-02\tPending\n`,
    });
    const base = ledger(importFile(file('Pending'), {}).values);
    const next = importFile(file('Shipped'), { orders: base });
    expect(next.summary).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(plain(next.values).map((r) => r.slice(0, 3))).toEqual([
      ['amazon-order-id', 'purchase-date', 'order-status'],
      ['111-1', '2024-01-02', 'Shipped'],
      ['111-2', '2024-01-02', 'Pending'],
    ]);
  });
});

describe('defect keys', () => {
  it('feedback from the ODR download (no date) and the feedback report (dated) are one row', () => {
    const odr = ledger(importFile(fixture('odr-defects.txt'), {}, OPTIONS).values);
    const fb = importFile(fixture('feedback-us.txt'), { defects: odr }, OPTIONS);
    const rows = plain(fb.values).slice(1);
    const feedbackFor1 = rows.filter(
      (r) => r[0] === '111-0000001-0000001' && r[1] === 'Negative feedback',
    );
    expect(feedbackFor1).toHaveLength(1);
    expect(feedbackFor1[0].slice(0, 5)).toEqual([
      '111-0000001-0000001',
      'Negative feedback',
      '',
      '2024-01-15',
      1,
    ]);
    expect(fb.summary).toMatchObject({ updated: 1, added: 3 });
    const again = importFile(fixture('odr-defects.txt'), { defects: ledger(fb.values) }, OPTIONS);
    expect(again.summary).toMatchObject({ added: 0, updated: 0 });
  });

  it('two feedbacks on one order with different dates stay two rows; a revised rating updates the row', () => {
    const head = 'Date\tRating\tComments\tOrder ID\n';
    const first = ledger(
      importFile(
        { name: 'f.txt', content: `${head}1/15/24\t1\tbad\t111-1\n1/20/24\t2\tworse\t111-1\n` },
        {},
      ).values,
    );
    expect(first).toHaveLength(3);
    const revised = importFile(
      { name: 'f.txt', content: `${head}1/15/24\t3\tok now\t111-1\n` },
      { defects: first },
    );
    expect(revised.summary).toMatchObject({ updated: 1, added: 0 });
    expect(plain(revised.values)[1].slice(0, 6)).toEqual([
      '111-1',
      'Feedback (neutral)',
      '',
      '2024-01-15',
      3,
      'ok now',
    ]);
  });
});

describe('templates and the engine', () => {
  it('the Defects header is read by the engine as a defect list with every column', () => {
    const match = matchHeader([[...DEFECTS_LEDGER_HEADER]]);
    expect(match && defectTableKind(match)).toBe('defectList');
    expect(Object.keys(match?.columns ?? {}).sort()).toEqual(
      [
        'category',
        'comment',
        'defectDate',
        'orderId',
        'rating',
        'reason',
        'source',
        'status',
        'type',
      ].sort(),
    );
    expect(matchHeader([[...ORDERS_TEMPLATE_HEADER]])?.columns).toMatchObject({
      orderId: 0,
      purchaseDate: 1,
      channel: 2,
    });
  });

  it('status drop-down values count or not as docs/rules.md §2 says', () => {
    const verdicts = DEFECT_STATUS_VALUES.map((s) => [s, classifyStatus(s)] as const);
    const counting = verdicts.filter(([, v]) => v.counts).map(([s]) => s);
    expect(counting).toEqual(['Open', 'Under review', 'Granted', 'Seller refunded', 'Closed']);
    for (const [, v] of verdicts) if (v.counts) expect(v.recognised).toBe(true);
    expect(DEFECT_TYPE_VALUES).toEqual([
      'Negative feedback',
      'A-to-z claim',
      'Chargeback',
      'Feedback (neutral)',
    ]);
  });

  it('imported ledgers feed the ODR engine: neutral feedback, denied claims and fraud chargebacks do not count', () => {
    const draft = importFiles(
      [
        'all-orders.txt',
        'feedback-us.txt',
        'claims.txt',
        'claims-later.txt',
        'chargebacks.csv',
      ].map(fixture),
      {},
      OPTIONS,
    );
    const dataset = readDataset(draft.orders.values as Table, draft.defects.values as Table);
    const counted = dataset.defects.filter((d) => d.counts).map((d) => `${d.orderId} ${d.type}`);
    // 111-0000002's 1-star feedback carries Amazon's FBA strike-through sentence (help 20231).
    expect(counted.sort()).toEqual(
      [
        '111-0000001-0000001 negativeFeedback',
        '111-0000003-0000003 negativeFeedback',
        '111-0000001-0000001 atoz',
        '111-0000004-0000004 atoz',
        '111-0000004-0000004 chargeback',
      ].sort(),
    );
    expect(
      dataset.defects.find((d) => d.orderId === '111-0000003-0000003' && d.type === 'atoz')
        ?.excludedBy,
    ).toBe('claim denied');
  });
});

describe('scale', () => {
  it('merges 100,000 order rows into an empty sheet and re-merges them without change', () => {
    const lines = ['amazon-order-id\tpurchase-date\tfulfillment-channel\tsku\tquantity'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `111-${String(i >> 1).padStart(7, '0')}-0000001\t2024-01-02T10:00:00+00:00\tMerchant\tSKU-${i & 1}\t1`,
      );
    }
    const file = { name: 'big.txt', content: lines.join('\n') };
    const first = importFile(file, {});
    expect(first.summary).toMatchObject({ rowsRead: 100_000, added: 100_000 });
    // One block for the whole new sheet.
    expect(first.draft.sheets[0].blocks).toHaveLength(1);
    const second = importFile(file, { orders: ledger(first.values) });
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 100_000 });
    expect(second.draft.sheets).toEqual([]);
    expect(parseDelimited(lines.slice(0, 3).join('\n')).rows).toHaveLength(2);
    expect(readReport(file).kind).toBe('ledger');
  });
});

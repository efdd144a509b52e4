import { matchHeader } from '../../../src/core/engine/columns';
import { readDataset, defectTableKind } from '../../../src/core/engine/dataset';
import { classifyStatus } from '../../../src/core/engine/rules';
import type { Table } from '../../../src/core/engine/types';
import {
  DEFECT_STATUS_VALUES,
  DEFECT_TYPE_VALUES,
  DEFECTS_LEDGER_HEADER,
  importFile,
  importFiles,
  mergeIntoSheet,
  ORDERS_TEMPLATE_HEADER,
  parseDelimited,
  readReport,
  type FileImportResult,
  type IncomingLedger,
  type LedgerValues,
} from '../../../src/core/import';
import { fixture } from './helpers';

const EMPTY: LedgerValues = { orders: [], defects: [] };
const OPTIONS = { today: '2024-03-01' };

function values(result: FileImportResult): unknown[][] {
  if (!result.ok || result.ledger === null) throw new Error(String(result.summary.error));
  return result.merge.values;
}

/** What getValues would give back: ISO dates in date columns as Date objects (UTC zone). */
function asSheet(rows: unknown[][], dateColumns: number[]): unknown[][] {
  return rows.map((row, r) =>
    row.map((cell, c) =>
      r > 0 &&
      dateColumns.includes(c) &&
      typeof cell === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(cell)
        ? new Date(`${cell}T00:00:00Z`)
        : cell,
    ),
  );
}

describe('re-import is idempotent', () => {
  it.each([
    'all-orders.txt',
    'feedback-us.txt',
    'feedback-uk.csv',
    'odr-defects.txt',
    'claims.txt',
  ])('%s imported twice changes nothing the second time', (name) => {
    const first = importFile(fixture(name), EMPTY, OPTIONS);
    const ledger = first.summary.ledger === 'orders' ? 'orders' : 'defects';
    const sheet = asSheet(values(first), [3]);
    const second = importFile(fixture(name), { ...EMPTY, [ledger]: sheet }, OPTIONS);
    expect(values(second)).toEqual(sheet);
    expect(second.ok && second.ledger !== null && second.merge.changed).toBe(false);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: first.summary.added });
  });

  it('treats numbers and numeric text, dates and ISO text, and guarded formulas as equal', () => {
    const first = values(importFile(fixture('all-orders-quirks.txt'), EMPTY));
    // Sheets turns "1" into 1 and shows '=HYPERLINK(…) as text without the apostrophe.
    const sheet = first.map((row, r) =>
      r === 0
        ? row
        : row.map((c) => (c === '1' ? 1 : typeof c === 'string' ? c.replace(/^'=/, '=') : c)),
    );
    const again = importFile(fixture('all-orders-quirks.txt'), { orders: sheet, defects: [] });
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(values(again)).toEqual(sheet);
  });
});

describe('a newer file', () => {
  it('updates a claim that went from Open to Denied and adds the new claim', () => {
    const first = values(importFile(fixture('claims.txt'), EMPTY, OPTIONS));
    const later = importFile(fixture('claims-later.txt'), { ...EMPTY, defects: first }, OPTIONS);
    expect(later.summary).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    const rows = values(later).slice(1);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['111-0000001-0000001', 'Open'],
      ['111-0000003-0000003', 'Denied'],
      ['111-0000004-0000004', 'Open'],
    ]);
  });

  it('keeps seller columns, the category override, rows the file does not mention and rows above the header', () => {
    const first = values(importFile(fixture('claims.txt'), EMPTY, OPTIONS));
    const sheet: unknown[][] = [
      ['My defect log', ...new Array(first[0].length).fill('')],
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
        'mine',
      ],
    ];
    sheet[3][8] = 'Not as described: wrong size'; // the seller's category override
    sheet[3][5] = 'seller typed a comment';
    const later = importFile(fixture('claims-later.txt'), { ...EMPTY, defects: sheet }, OPTIONS);
    const out = values(later);
    expect(out[0]).toEqual(sheet[0]);
    expect(out[1]).toEqual(sheet[1]);
    expect(out[3]).toEqual([
      '111-0000003-0000003',
      'A-to-z claim',
      'Denied',
      '2024-02-02',
      '',
      'seller typed a comment',
      'Not as described (amount 24.99)',
      'A-to-z claims list (claims-later.txt)',
      'Not as described: wrong size',
      'Called buyer',
    ]);
    expect(out[4]).toEqual(sheet[4]);
    expect(out[5]).toEqual([
      '111-0000004-0000004',
      'A-to-z claim',
      'Open',
      '2024-02-09',
      '',
      '',
      'Item not received (amount 45.00)',
      'A-to-z claims list (claims-later.txt)',
      '',
      '',
    ]);
    expect(out).toHaveLength(sheet.length + 1);
  });

  it('never blanks a filled cell, and appends columns the sheet lacks', () => {
    const sheet = [
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'Margin'],
      ['111-0000001-0000001', new Date('2024-01-02T00:00:00Z'), 'Merchant', 'BOARD-L', 0.3],
    ];
    const incoming: IncomingLedger = {
      ledger: 'orders',
      header: ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'order-status'],
      rows: [
        {
          line: 2,
          cells: ['111-0000001-0000001', '2024-01-02T10:15:00+00:00', '', 'BOARD-L', 'Shipped'],
        },
        { line: 3, cells: ['', '2024-01-02', 'Merchant', 'X', ''] },
      ],
      key: {
        kind: 'orders',
        orderId: 'amazon-order-id',
        purchaseDate: 'purchase-date',
        item: ['sku'],
      },
    };
    const result = mergeIntoSheet(sheet, incoming);
    expect(result.values).toEqual([
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'Margin', 'order-status'],
      ['111-0000001-0000001', sheet[1][1], 'Merchant', 'BOARD-L', 0.3, 'Shipped'],
    ]);
    expect(result).toMatchObject({
      added: 0,
      updated: 1,
      changed: true,
      skipped: [{ line: 3, reason: 'no order id' }],
    });
  });

  it('matches a seller’s own header names by meaning', () => {
    const sheet = [
      ['Order number', 'Defect type', 'State', 'Date', 'Notes'],
      ['111-0000003-0000003', 'A-to-z', 'Open', '2/2/2024', 'x'],
    ];
    const result = importFile(fixture('claims-later.txt'), { ...EMPTY, defects: sheet }, OPTIONS);
    const out = values(result);
    expect(out[1].slice(0, 5)).toEqual([
      '111-0000003-0000003',
      'A-to-z',
      'Denied',
      '2/2/2024',
      'x',
    ]);
    expect(out[0].slice(5)).toEqual(['Rating', 'Comment', 'Reason', 'Source', 'Category override']);
    expect(result.summary).toMatchObject({ added: 2, updated: 1 });
  });

  it('fails the file, writing nothing, when the sheet has data but no order-id header', () => {
    const result = importFile(fixture('claims.txt'), {
      ...EMPTY,
      defects: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.summary.error).toMatch(
      /"Defects" sheet has data but no header row with an order-id column/,
    );
  });
});

describe('defect keys', () => {
  it('feedback from the ODR download (no date) and the feedback report (dated) are one row', () => {
    const odr = values(importFile(fixture('odr-defects.txt'), EMPTY, OPTIONS));
    const fb = importFile(fixture('feedback-us.txt'), { ...EMPTY, defects: odr }, OPTIONS);
    const rows = values(fb).slice(1);
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
    // And the other way round: the download again changes nothing.
    const again = importFile(
      fixture('odr-defects.txt'),
      { ...EMPTY, defects: values(fb) },
      OPTIONS,
    );
    expect(again.summary).toMatchObject({ added: 0, updated: 0 });
  });

  it('two feedbacks on one order with different dates stay two rows; a revised rating updates the row', () => {
    const head = 'Date\tRating\tComments\tOrder ID\n';
    const first = values(
      importFile(
        { name: 'f.txt', content: `${head}1/15/24\t1\tbad\t111-1\n1/20/24\t2\tworse\t111-1\n` },
        EMPTY,
      ),
    );
    expect(first).toHaveLength(3);
    const revised = importFile(
      { name: 'f.txt', content: `${head}1/15/24\t3\tok now\t111-1\n` },
      { ...EMPTY, defects: first },
    );
    expect(revised.summary).toMatchObject({ updated: 1, added: 0 });
    expect(values(revised)[1].slice(0, 6)).toEqual([
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

  it('status drop-down values count or not as odr-rules §2 says', () => {
    const verdicts = DEFECT_STATUS_VALUES.map((s) => [s, classifyStatus(s)]);
    const counting = verdicts.filter(([, v]) => typeof v !== 'string' && v.counts).map(([s]) => s);
    expect(counting).toEqual(['Open', 'Under review', 'Granted', 'Seller refunded', 'Closed']);
    for (const [, v] of verdicts)
      if (typeof v !== 'string' && v.counts) expect(v.recognised).toBe(true);
    expect(DEFECT_TYPE_VALUES).toEqual([
      'Negative feedback',
      'A-to-z claim',
      'Chargeback',
      'Feedback (neutral)',
    ]);
  });

  it('imported ledgers feed the ODR engine: neutral feedback, denied claims and fraud chargebacks do not count', () => {
    const result = importFiles(
      [
        'all-orders.txt',
        'feedback-us.txt',
        'claims.txt',
        'claims-later.txt',
        'chargebacks.csv',
      ].map(fixture),
      EMPTY,
      OPTIONS,
    );
    const dataset = readDataset(result.orders as Table, result.defects as Table);
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
      dataset.defects.find(
        (d) => d.orderId === '111-0000002-0000002' && d.type === 'negativeFeedback',
      )?.excludedBy,
    ).toBe('feedback struck through');
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
    const first = importFile(file, EMPTY);
    expect(first.summary).toMatchObject({ rowsRead: 100_000, added: 100_000 });
    const second = importFile(file, { ...EMPTY, orders: values(first) });
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 100_000 });
    expect(parseDelimited(lines.slice(0, 3).join('\n')).rows).toHaveLength(2);
    expect(readReport(file).kind).toBe('ledger');
  });
});

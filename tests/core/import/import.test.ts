import {
  DEFECTS_LEDGER_HEADER,
  describeSummary,
  importFile,
  importFiles,
  readReport,
  recogniseReport,
  type FileImportResult,
  type LedgerValues,
  type ReadReport,
} from '../../../src/core/import';
import { allStrings, EMAIL_LIKE, fixture } from './helpers';

const EMPTY: LedgerValues = { orders: [], defects: [] };
const OPTIONS = { today: '2024-03-01' };

function ledgerOf(result: FileImportResult): unknown[][] {
  if (!result.ok || result.ledger === null)
    throw new Error(`not a ledger import: ${JSON.stringify(result.summary)}`);
  return result.merge.values;
}

function report(read: ReadReport) {
  if (read.kind !== 'ledger') throw new Error('expected a delimited report');
  return read.report;
}

/** Defects ledger rows as objects keyed by header, for readable expectations. */
function defects(values: unknown[][]): Record<string, unknown>[] {
  const [header, ...rows] = values;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

describe('recognition', () => {
  it.each([
    ['all-orders.txt', 'allOrders'],
    ['all-orders-old.txt', 'allOrders'],
    ['all-orders-utf16le.txt', 'allOrders'],
    ['all-orders-quirks.txt', 'allOrders'],
    ['feedback-us.txt', 'feedback'],
    ['feedback-uk.csv', 'feedback'],
    ['feedback-jp.txt', 'feedback'],
    ['odr-defects.txt', 'odrDownload'],
    ['claims.txt', 'claimsList'],
    ['chargebacks.csv', 'chargebacksList'],
  ])('%s is a %s', (name, type) => {
    expect(report(readReport(fixture(name), OPTIONS)).type).toBe(type);
  });

  it('reads our own Defects ledger back as a defect list, not a feedback report', () => {
    const r = recogniseReport([['Title'], [...DEFECTS_LEDGER_HEADER]]);
    expect(r).toMatchObject({ ok: true, type: 'defectList', headerIndex: 1 });
  });

  it('explains an unknown file: the types recognised and the headers seen', () => {
    const result = importFile(fixture('unknown.csv'), EMPTY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^unknown\.csv: Not a report ODR Guard recognises/);
    expect(result.error).toContain('Headers seen: "sku", "asin", "price", "quantity"');
    for (const word of [
      'All Orders report',
      'Feedback report',
      'ODR defect download',
      'Account Health report',
    ]) {
      expect(result.error).toContain(word);
    }
  });

  it('asks for a Type column or a telling file name when a status list is ambiguous', () => {
    const content = 'Order ID,Status,Date\n111-0000001-0000001,Open,1/2/24\n';
    const ambiguous = importFile({ name: 'list.csv', content }, EMPTY);
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous.summary.error).toMatch(
      /add a "Type" column, or put "claims" or "chargebacks" in the file name/,
    );
    const named = importFile({ name: 'A-to-z claims.csv', content }, EMPTY);
    expect(named.summary.type).toBe('claimsList');
  });
});

describe('All Orders → Orders ledger', () => {
  it('keeps the report columns, one row per item, and skips rows without an order id', () => {
    const result = importFile(fixture('all-orders.txt'), EMPTY);
    const values = ledgerOf(result);
    expect(values[0]).toHaveLength(32);
    expect(values[0][0]).toBe('amazon-order-id');
    expect(values.slice(1).map((r) => r[0])).toEqual([
      '111-0000001-0000001',
      '111-0000002-0000002',
      '111-0000002-0000002',
      '111-0000003-0000003',
      '111-0000004-0000004',
    ]);
    expect(result.summary).toMatchObject({
      rowsRead: 6,
      added: 5,
      skipped: [{ line: 7, reason: 'no order id' }],
    });
  });

  it('reads the UTF-16 files to the same ledger as the UTF-8 one', () => {
    const utf8 = ledgerOf(importFile(fixture('all-orders.txt'), EMPTY));
    for (const name of [
      'all-orders-utf16le.txt',
      'all-orders-utf16le-nobom.txt',
      'all-orders-utf16be.txt',
    ]) {
      expect(ledgerOf(importFile(fixture(name), EMPTY))).toEqual(utf8);
    }
  });

  it('puts the older column set into the same columns (merchant order-id, quantity-purchased)', () => {
    const first = importFile(fixture('all-orders.txt'), EMPTY);
    const old = importFile(fixture('all-orders-old.txt'), { orders: ledgerOf(first), defects: [] });
    const values = ledgerOf(old);
    expect(values[0]).toEqual(ledgerOf(first)[0]);
    // Same items (id + sku) as in the current report: nothing new, nothing changed.
    expect(old.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('copes with the quirks file: preamble, quoted tabs/newlines/quotes, blank lines, e-mail column, formulas', () => {
    const result = importFile(fixture('all-orders-quirks.txt'), EMPTY);
    const values = ledgerOf(result);
    expect(values[0]).toEqual([
      'amazon-order-id',
      'purchase-date',
      'fulfillment-channel',
      'sku',
      'quantity',
      'product-name',
    ]);
    expect(values.slice(1).map((r) => r[5])).toEqual([
      '12" Steel Ruler',
      'Chef\'s set\twith "pro" knife\r\nand block',
      '\'=HYPERLINK("http://example.com")',
    ]);
    expect(result.summary.notes.join(' ')).toMatch(
      /Columns not copied: buyer-email.*Header found on line 4/,
    );
  });
});

describe('Feedback → Defects ledger', () => {
  it('US: M/D/YY dates, 1–2 stars negative, 3 neutral, 4–5 dropped, bad rows skipped with lines', () => {
    const result = importFile(fixture('feedback-us.txt'), EMPTY, OPTIONS);
    const values = ledgerOf(result);
    expect(values[0]).toEqual([...DEFECTS_LEDGER_HEADER]);
    expect(defects(values)).toEqual([
      {
        'Order ID': '111-0000001-0000001',
        Type: 'Negative feedback',
        Status: '',
        'Defect date': '2024-01-15',
        Rating: 1,
        Comment: 'Never arrived. Contact me at [email removed]',
        Reason: '',
        Source: 'Feedback report (feedback-us.txt)',
        'Category override': '',
      },
      expect.objectContaining({
        'Order ID': '111-0000003-0000003',
        Type: 'Negative feedback',
        'Defect date': '2024-01-20',
        Rating: 2,
      }),
      expect.objectContaining({
        'Order ID': '111-0000004-0000004',
        Type: 'Feedback (neutral)',
        Rating: 3,
      }),
      expect.objectContaining({
        'Order ID': '111-0000002-0000002',
        'Defect date': '2024-02-13',
        Rating: 1,
      }),
    ]);
    expect(result.summary.skipped).toEqual([
      { line: 6, reason: 'rating "five" is not 1–5 stars' },
      { line: 7, reason: 'no order id' },
    ]);
    expect(result.summary.ignored).toEqual([
      { reason: 'positive feedback (4–5 stars), not a defect', count: 1 },
    ]);
    expect(result.summary.rowsRead).toBe(7);
  });

  it('UK: UTF-8 BOM CSV, Your Response and extra columns, D/M/YY, quoted multi-line comments', () => {
    const result = importFile(fixture('feedback-uk.csv'), EMPTY, OPTIONS);
    const rows = defects(ledgerOf(result));
    expect(rows.map((r) => [r['Order ID'], r['Defect date'], r.Rating, r.Comment])).toEqual([
      ['202-0000001-0000001', '2024-01-13', 1, 'Arrived late, box "crushed"'],
      ['202-0000002-0000002', '2024-01-25', 2, 'Wrong colour.\r\nAsked for blue, got red'],
    ]);
    expect(result.summary).toMatchObject({ rowsRead: 3, added: 2, skipped: [] });
  });

  it('JP: YY/M/D dates (today breaks the tie with D/M/YY)', () => {
    const rows = defects(ledgerOf(importFile(fixture('feedback-jp.txt'), EMPTY, OPTIONS)));
    expect(rows.map((r) => [r['Defect date'], r.Type, r.Comment])).toEqual([
      ['2024-01-15', 'Negative feedback', '商品が届きません'],
      ['2024-01-28', 'Negative feedback', '説明と違う'],
      ['2024-02-03', 'Feedback (neutral)', '普通'],
    ]);
  });
});

describe('ambiguous dates', () => {
  const content = 'Date\tRating\tComments\tOrder ID\n24/1/15\t1\t届かない\t503-0000009-0000009\n';

  it('a single JP date reads as YY/M/D when today is known (no future dates, nearest today)', () => {
    const result = importFile({ name: 'jp.txt', content }, EMPTY, OPTIONS);
    expect(ledgerOf(result)[1][3]).toBe('2024-01-15');
    expect(result.summary.notes.join(' ')).toMatch(/year\/month\/day \(assumed/);
  });

  it('without today the engine’s preference decides, and says it assumed', () => {
    const result = importFile({ name: 'jp.txt', content }, EMPTY);
    expect(ledgerOf(result)[1][3]).toBe('2015-01-24');
    expect(result.summary.notes.join(' ')).toMatch(/day\/month\/year \(assumed/);
  });
});

describe('recogniseReport', () => {
  it('returns a structured error with the headers seen', () => {
    const r = recogniseReport([[''], ['sku', 'asin', ''], ['A', 'B']]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.headersSeen).toEqual(['sku', 'asin']);
    expect(r.error.typesRecognised.length).toBe(6);
  });
});

describe('Other defect sources → Defects ledger', () => {
  it('ODR download: one row per marked defect, status text kept, unmarked rows not imported', () => {
    const result = importFile(fixture('odr-defects.txt'), EMPTY, OPTIONS);
    const rows = defects(ledgerOf(result));
    expect(rows.map((r) => [r['Order ID'], r.Type, r.Status, r['Defect date']])).toEqual([
      ['111-0000001-0000001', 'Negative feedback', '', ''],
      ['111-0000001-0000001', 'A-to-z claim', '', ''],
      ['111-0000003-0000003', 'A-to-z claim', 'Under review', ''],
      ['111-0000004-0000004', 'Chargeback', '', ''],
    ]);
    expect(result.summary.ignored).toEqual([{ reason: 'no defect marked in the row', count: 1 }]);
  });

  it('claims and chargebacks lists: type from the headers or the file name, amount kept in Reason', () => {
    const claims = importFile(fixture('claims.txt'), EMPTY, OPTIONS);
    expect(defects(ledgerOf(claims))[0]).toMatchObject({
      Type: 'A-to-z claim',
      Status: 'Open',
      'Defect date': '2024-01-28',
      Reason: 'Item not received (amount 24.99)',
      Source: 'A-to-z claims list (claims.txt)',
    });
    expect(claims.summary.skipped).toEqual([{ line: 4, reason: 'no order id' }]);
    const chargebacks = defects(ledgerOf(importFile(fixture('chargebacks.csv'), EMPTY, OPTIONS)));
    expect(chargebacks.map((r) => [r.Type, r.Status, r['Defect date']])).toEqual([
      ['Chargeback', 'Open', '2024-02-10'],
      ['Chargeback', 'Fraud', '2024-02-11'],
    ]);
  });

  it('Account Health JSON → Amazon’s figures per channel', () => {
    const result = importFile(fixture('account-health.json'), EMPTY);
    expect(result.ok && result.ledger === null).toBe(true);
    if (!result.ok || result.ledger !== null) return;
    expect(result.figures.marketplaces).toEqual([
      {
        marketplaceId: 'ATVPDKIKX0DER',
        mfn: {
          from: '2023-11-16',
          to: '2024-01-14',
          orders: 400,
          defective: 3,
          claims: 2,
          chargebacks: 0,
          negativeFeedback: 2,
          rate: 0.0075,
          target: 0.01,
          status: 'GOOD',
        },
        afn: expect.objectContaining({ orders: 500, defective: 1, chargebacks: 1, rate: 0.002 }),
      },
    ]);
    expect(describeSummary(result.summary)).toMatch(/Account Health report.*1 marketplace/);
  });

  it('fails JSON that is cut off or is some other JSON, with a clear message', () => {
    const cut = importFile({ name: 'ah.json', content: '{"performanceMetrics": [' }, EMPTY);
    expect(cut.summary.error).toMatch(/looks like JSON but cannot be read/);
    const other = importFile({ name: 'x.json', content: '{"reportId": "1"}' }, EMPTY);
    expect(other.summary.error).toMatch(
      /not the SP-API Account Health report.*keys seen: reportId/,
    );
  });
});

describe('all-or-nothing and personal data', () => {
  it('a broken file writes nothing, the other files still import', () => {
    const result = importFiles(
      [
        fixture('claims.txt'),
        fixture('broken.csv'),
        fixture('junk.txt'),
        fixture('chargebacks.csv'),
      ],
      EMPTY,
      OPTIONS,
    );
    expect(result.summaries.map((s) => s.ok)).toEqual([true, false, false, true]);
    expect(result.summaries[1]).toMatchObject({ rowsRead: 0, added: 0, ledger: null });
    expect(result.summaries[1].error).toMatch(/^broken\.csv: Line 2: a quoted field starts here/);
    expect(result.summaries[2].error).toMatch(/^junk\.txt: .*(binary|not look like a text report)/);
    // Claims (2) and chargebacks (2) only: nothing from the broken file's rows.
    expect(result.defects.slice(1).map((r) => r[0])).toEqual([
      '111-0000001-0000001',
      '111-0000003-0000003',
      '111-0000004-0000004',
      '111-0000002-0000002',
    ]);
    expect(result.defectsChanged).toBe(true);
    expect(result.ordersChanged).toBe(false);
  });

  it('no e-mail address reaches any output of any fixture', () => {
    const names = [
      'all-orders.txt',
      'all-orders-quirks.txt',
      'feedback-us.txt',
      'feedback-uk.csv',
      'feedback-jp.txt',
      'odr-defects.txt',
      'claims.txt',
      'chargebacks.csv',
      'account-health.json',
    ];
    const result = importFiles(names.map(fixture), EMPTY, OPTIONS);
    expect(result.summaries.every((s) => s.ok)).toBe(true);
    const strings = allStrings([
      result.orders,
      result.defects,
      result.summaries,
      result.amazonFigures,
    ]);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((s) => EMAIL_LIKE.test(s))).toEqual([]);
    expect(strings.some((s) => s.includes('[email removed]'))).toBe(true);
  });

  it('summaries read as one line per file', () => {
    const result = importFile(fixture('feedback-us.txt'), EMPTY, OPTIONS);
    expect(describeSummary(result.summary)).toBe(
      'feedback-us.txt: Feedback report → Defects; 7 row(s) read, 4 added, 0 updated, 0 unchanged, ' +
        '1 not imported: positive feedback (4–5 stars), not a defect; 2 skipped ' +
        '(line 6: rating "five" is not 1–5 stars; line 7: no order id).',
    );
  });
});

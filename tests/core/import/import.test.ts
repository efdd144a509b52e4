/** Reading reports into ledger rows: recognition, typing, personal data, messages. */
import {
  DEFECTS_LEDGER_HEADER,
  importFile,
  importFiles,
  readReport,
  recogniseReport,
  type ReadReport,
} from '../../../src/core/import';
import { allStrings, EMAIL_LIKE, english, fixture, plain, records, text } from './helpers';

const OPTIONS = { today: '2024-03-01' };

function report(read: ReadReport) {
  if (read.kind !== 'ledger') throw new Error('expected a delimited report');
  return read.report;
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
    const { summary } = importFile(fixture('unknown.csv'), {});
    expect(summary.ok).toBe(false);
    const error = text(summary.error);
    expect(error).toMatch(/^Not a report ODR Guard recognises/);
    expect(error).toContain('Headers seen: "sku", "asin", "price", "quantity"');
    for (const word of ['All Orders report', 'Feedback report', 'Account Health report']) {
      expect(error).toContain(word);
    }
  });

  it('asks for a Type column or a telling file name when a status list is ambiguous', () => {
    const content = 'Order ID,Status,Date\n111-0000001-0000001,Open,1/2/24\n';
    const ambiguous = importFile({ name: 'list.csv', content }, {});
    expect(ambiguous.summary.ok).toBe(false);
    expect(text(ambiguous.summary.error)).toMatch(
      /add a "Type" column, or put "claims" or "chargebacks" in the file name/,
    );
    expect(importFile({ name: 'A-to-z claims.csv', content }, {}).summary.type).toBe('claimsList');
  });
});

describe('All Orders → Orders ledger', () => {
  it('copies the allowlisted columns, one row per item, typed: dates, numbers, text', () => {
    const { summary, values } = importFile(fixture('all-orders.txt'), {});
    const rows = plain(values);
    expect(rows[0]).not.toContain('ship-city');
    expect(rows[0].slice(0, 5)).toEqual([
      'amazon-order-id',
      'merchant-order-id',
      'purchase-date',
      'last-updated-date',
      'order-status',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '111-0000001-0000001',
      '111-0000002-0000002',
      '111-0000002-0000002',
      '111-0000003-0000003',
      '111-0000004-0000004',
    ]);
    const price = rows[0].indexOf('item-price');
    const quantity = rows[0].indexOf('quantity');
    expect([rows[1][price], rows[1][quantity], rows[4][2]]).toEqual([
      24.99,
      1,
      '2024-01-14T23:10:05.000Z',
    ]);
    // Text stays text, however it looks: asin and sku are never numbers.
    expect(typeof rows[1][rows[0].indexOf('asin')]).toBe('string');
    expect(summary).toMatchObject({ rowsRead: 6, added: 5 });
    expect(english(summary).skipped).toEqual([{ line: 7, reason: 'no order id' }]);
  });

  it('leaves out every personal column, in English and Chinese', () => {
    const personal = [
      'buyer-email',
      'buyer-name',
      'buyer-phone-number',
      'recipient-name',
      'ship-address-1',
      'ship-city',
      'ship-state',
      'ship-postal-code',
      'ship-country',
      'ship-phone-number',
      'bill-address-1',
      'bill-city',
      'bill-postal-code',
      'buyer-company-name',
      'buyer-tax-registration-id',
      'delivery-instructions',
      'gift-message-text',
      'ship-to-name',
      '买家姓名',
      '收件人',
      '收货地址',
      '联系电话',
      '手机',
      '邮编',
    ];
    const header = ['amazon-order-id', 'purchase-date', 'sku', ...personal];
    const row = [
      '111-0000001-0000001',
      '2024-01-02T10:00:00+00:00',
      'SKU-1',
      ...personal.map((p) => `secret ${p}`),
    ];
    const content = `${header.join('\t')}\n${row.join('\t')}\n`;
    const { summary, values } = importFile({ name: 'orders.txt', content }, {});
    expect(plain(values)[0]).toEqual(['amazon-order-id', 'purchase-date', 'sku']);
    expect(allStrings(values).filter((s) => s.startsWith('secret'))).toEqual([]);
    expect(english(summary).notes.join(' ')).toContain(
      `Columns not copied (personal data, or not used by ODR Guard): ${personal.join(', ')}.`,
    );
  });

  it('reads the UTF-16 files to the same ledger as the UTF-8 one', () => {
    const utf8 = importFile(fixture('all-orders.txt'), {}).values;
    for (const name of [
      'all-orders-utf16le.txt',
      'all-orders-utf16le-nobom.txt',
      'all-orders-utf16be.txt',
    ]) {
      expect(importFile(fixture(name), {}).values).toEqual(utf8);
    }
  });

  it('puts the older column set into the same columns (merchant order-id, quantity-purchased)', () => {
    const first = importFile(fixture('all-orders.txt'), {});
    const old = importFile(fixture('all-orders-old.txt'), { orders: first.values ?? [] });
    expect(old.values?.[0]).toEqual(first.values?.[0]);
    // Same items (id + sku) as in the current report: nothing new, nothing changed.
    expect(old.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('copes with the quirks file: preamble, quoted tabs/newlines/quotes, blank lines, e-mail column, formula-like text', () => {
    const { summary, values } = importFile(fixture('all-orders-quirks.txt'), {});
    const rows = plain(values);
    expect(rows[0]).toEqual([
      'amazon-order-id',
      'purchase-date',
      'fulfillment-channel',
      'sku',
      'quantity',
      'product-name',
    ]);
    // Text as the report has it: no apostrophe to escape a formula, the add-on writes it as text.
    expect(rows.slice(1).map((r) => r[5])).toEqual([
      '12" Steel Ruler',
      'Chef\'s set\twith "pro" knife\r\nand block',
      '=HYPERLINK("http://example.com")',
    ]);
    expect(english(summary).notes.join(' ')).toMatch(
      /Columns not copied.*buyer-email.*Header found on line 4/,
    );
  });

  it('reports a row the parser found cut short by its line, and imports the others', () => {
    const header = 'Date\tRating\tComments\tOrder ID';
    // A download cut off inside its last row: no line break after it, fewer fields.
    const content = `${header}\n1/15/24\t1\tlate\t111-1\n1/16/24\t2\tbro`;
    const { summary, values } = importFile({ name: 'f.txt', content }, {}, OPTIONS);
    expect(records(values).map((r) => r['Order ID'])).toEqual(['111-1']);
    expect(summary.skipped.map((s) => s.line)).toEqual([3]);
    expect(summary).toMatchObject({ rowsRead: 2, added: 1 });
  });

  it('cuts a text longer than a cell holds, with a visible marker, never past 50,000 characters', () => {
    // Words, not one 60,000-letter token: the e-mail redaction's speed on those is another issue's.
    const long = 'too long '.repeat(6_667).slice(0, 60_000);
    const content = `Date\tRating\tComments\tOrder ID\n1/15/24\t1\t${long}\t111-1\n`;
    const { summary, values } = importFile({ name: 'f.txt', content }, {}, OPTIONS);
    const comment = String(records(values)[0].Comment);
    expect(comment.length).toBe(50_000);
    expect(comment.endsWith(`…(${60_000 - comment.indexOf('…')} more)`)).toBe(true);
    expect(comment.startsWith('too long too long')).toBe(true);
    expect(english(summary).notes.join(' ')).toMatch(
      /1 text cell\(s\) were longer than a cell holds/,
    );
  });
});

describe('Feedback → Defects ledger', () => {
  it('US: M/D/YY dates, 1–2 stars negative, 3 neutral, 4–5 dropped, bad rows skipped with lines', () => {
    const { summary, values } = importFile(fixture('feedback-us.txt'), {}, OPTIONS);
    expect(plain(values)[0]).toEqual([...DEFECTS_LEDGER_HEADER]);
    expect(records(values)).toEqual([
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
    expect(english(summary)).toMatchObject({
      skipped: [
        { line: 6, reason: 'rating "five" is not 1–5 stars' },
        { line: 7, reason: 'no order id' },
      ],
      ignored: [{ reason: 'positive feedback (4–5 stars), not a defect', count: 1 }],
    });
    expect(summary.rowsRead).toBe(7);
  });

  it('UK: UTF-8 BOM CSV, Your Response and extra columns, D/M/YY, quoted multi-line comments', () => {
    const { summary, values } = importFile(fixture('feedback-uk.csv'), {}, OPTIONS);
    expect(
      records(values).map((r) => [r['Order ID'], r['Defect date'], r.Rating, r.Comment]),
    ).toEqual([
      ['202-0000001-0000001', '2024-01-13', 1, 'Arrived late, box "crushed"'],
      ['202-0000002-0000002', '2024-01-25', 2, 'Wrong colour.\r\nAsked for blue, got red'],
    ]);
    expect(summary).toMatchObject({ rowsRead: 3, added: 2, skipped: [] });
  });

  it('JP: YY/M/D dates (today breaks the tie with D/M/YY)', () => {
    const rows = records(importFile(fixture('feedback-jp.txt'), {}, OPTIONS).values);
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
    const { summary, values } = importFile({ name: 'jp.txt', content }, {}, OPTIONS);
    expect(records(values)[0]['Defect date']).toBe('2024-01-15');
    expect(english(summary).notes.join(' ')).toMatch(/year\/month\/day \(assumed/);
  });

  it('without today the engine’s preference decides, and says it assumed', () => {
    const { summary, values } = importFile({ name: 'jp.txt', content }, {});
    expect(records(values)[0]['Defect date']).toBe('2015-01-24');
    expect(english(summary).notes.join(' ')).toMatch(/day\/month\/year \(assumed/);
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
    const { summary, values } = importFile(fixture('odr-defects.txt'), {}, OPTIONS);
    expect(records(values).map((r) => [r['Order ID'], r.Type, r.Status, r['Defect date']])).toEqual(
      [
        ['111-0000001-0000001', 'Negative feedback', '', ''],
        ['111-0000001-0000001', 'A-to-z claim', '', ''],
        ['111-0000003-0000003', 'A-to-z claim', 'Under review', ''],
        ['111-0000004-0000004', 'Chargeback', '', ''],
      ],
    );
    expect(english(summary).ignored).toEqual([{ reason: 'no defect marked in the row', count: 1 }]);
  });

  it('claims and chargebacks lists: type from the headers or the file name, amount kept in Reason', () => {
    const claims = importFile(fixture('claims.txt'), {}, OPTIONS);
    expect(records(claims.values)[0]).toMatchObject({
      Type: 'A-to-z claim',
      Status: 'Open',
      'Defect date': '2024-01-28',
      Reason: 'Item not received (amount 24.99)',
      Source: 'A-to-z claims list (claims.txt)',
    });
    expect(english(claims.summary).skipped).toEqual([{ line: 4, reason: 'no order id' }]);
    const chargebacks = records(importFile(fixture('chargebacks.csv'), {}, OPTIONS).values);
    expect(chargebacks.map((r) => [r.Type, r.Status, r['Defect date']])).toEqual([
      ['Chargeback', 'Open', '2024-02-10'],
      ['Chargeback', 'Fraud', '2024-02-11'],
    ]);
  });

  it('Account Health JSON → Amazon’s figures per channel', () => {
    const { summary, draft } = importFile(fixture('account-health.json'), {});
    expect(summary).toMatchObject({ ok: true, type: 'accountHealth', ledger: null, rowsRead: 1 });
    expect(draft.amazonFigures?.marketplaces).toEqual([
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
    expect(draft.sheets).toEqual([]);
  });

  it('fails JSON that is cut off or is some other JSON, with a clear message', () => {
    const cut = importFile({ name: 'ah.json', content: '{"performanceMetrics": [' }, {});
    expect(text(cut.summary.error)).toMatch(/looks like JSON but cannot be read/);
    const other = importFile({ name: 'x.json', content: '{"reportId": "1"}' }, {});
    expect(text(other.summary.error)).toMatch(
      /not the SP-API Account Health report.*keys seen: reportId/,
    );
  });
});

describe('all-or-nothing and personal data', () => {
  it('a broken file writes nothing, the other files still import', () => {
    const draft = importFiles(
      [
        fixture('claims.txt'),
        fixture('broken.csv'),
        fixture('junk.txt'),
        fixture('chargebacks.csv'),
      ],
      {},
      OPTIONS,
    );
    expect(draft.summaries.map((s) => s.ok)).toEqual([true, false, false, true]);
    expect(draft.summaries[1]).toMatchObject({ rowsRead: 0, added: 0, ledger: null });
    expect(text(draft.summaries[1].error)).toMatch(/^Line 2: a quoted field starts here/);
    expect(text(draft.summaries[2].error)).toMatch(/binary|not look like a text report/);
    // Claims (2) and chargebacks (2) only: nothing from the broken file's rows.
    expect(
      plain(draft.defects.values)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      '111-0000001-0000001',
      '111-0000003-0000003',
      '111-0000004-0000004',
      '111-0000002-0000002',
    ]);
    expect(draft.sheets.map((s) => s.sheet)).toEqual(['Defects']);
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
    const draft = importFiles(names.map(fixture), {}, OPTIONS);
    expect(draft.summaries.every((s) => s.ok)).toBe(true);
    const strings = allStrings([
      draft.orders.values,
      draft.defects.values,
      draft.summaries.map(english),
      draft.amazonFigures,
    ]);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((s) => EMAIL_LIKE.test(s))).toEqual([]);
    expect(strings.some((s) => s.includes('[email removed]'))).toBe(true);
  });
});

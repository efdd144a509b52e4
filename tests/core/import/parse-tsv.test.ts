/** Amazon's tab-separated reports are not CSV (issue 12): quotes, rows that do not fit, cut-off files. */
import { decodeReport, parseDelimited } from '../../../src/core/import';
import { render } from '../../../src/core/i18n';
import { fixtureBytes } from './helpers';

const ANY = { isHeader: (cells: readonly string[]): boolean => cells[0] === 'id' };
const read = (name: string) => parseDelimited(decodeReport(fixtureBytes(name)));

describe('quotes in tab-separated reports are literal unless a field is a complete quoted field', () => {
  it('reads all 13 feedback rows when a comment opens with an unmatched quote', () => {
    const t = read('feedback-quotes.txt');
    expect(t.rows).toHaveLength(13);
    expect(t.rejected).toEqual([]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const worst = t.rows.find((r) => r.cells[2].startsWith('"Worst'));
    expect(worst?.cells).toEqual([
      '1/9/24',
      '1',
      '"Worst seller ever, never again',
      '',
      '111-0000090-0000009',
      'a5@example.com',
    ]);
    // Six 1–2 star rows: 6 of the 400 orders, 1.50 % (read as CSV, one vanished: 1.25 %).
    expect(t.rows.filter((r) => r.cells[1] === '1' || r.cells[1] === '2')).toHaveLength(6);
    expect(t.rows.find((r) => r.cells[2].includes('bamboo'))?.cells[2]).toBe(
      'Lovely "bamboo" board',
    );
  });

  it('loses no All Orders item row to "Best Dad Ever Coffee Mug, 11 oz titles', () => {
    const t = read('all-orders-quotes.txt');
    expect(t.rows).toHaveLength(20);
    expect(t.rejected).toEqual([]);
    const names = t.rows.map((r) => r.cells[t.header.indexOf('product-name')]);
    expect(names.filter((n) => n === '"Best Dad Ever Coffee Mug, 11 oz')).toHaveLength(7);
    expect(names.filter((n) => n === 'Mug "Dad" Edition')).toHaveLength(7);
    expect(t.rows.every((r) => r.cells.length <= t.header.length)).toBe(true);
  });

  it('still reads a complete quoted field: tabs, doubled quotes and a line break inside', () => {
    const t = parseDelimited('id\ttext\tn\n1\t"a\tb ""c""\nd"\t2\n3\t"whole"\t4\n', ANY);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'a\tb "c"\nd', '2'] },
      { line: 4, cells: ['3', 'whole', '4'] },
    ]);
  });

  it('never lets a quote run into the next row: a tab on a later line means it did', () => {
    const t = parseDelimited('id\tc\tn\n1\t"open\t1\n2\tok"\t2\n', ANY);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '"open', '1'] },
      { line: 3, cells: ['2', 'ok"', '2'] },
    ]);
  });

  it('reads a quote that never closes as a character, to the end of its field', () => {
    const t = parseDelimited('id\tc\tn\n1\t"no end\t1\n2\tfine\t2\n', ANY);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', '"no end', '1'],
      ['2', 'fine', '2'],
    ]);
  });

  it('keeps CSV as RFC 4180: a quoted comma, doubled quotes', () => {
    const t = parseDelimited('id,c\n1,"a, ""b"""\n', ANY);
    expect(t.rows[0].cells).toEqual(['1', 'a, "b"']);
  });

  it('reads many lone quotes in one pass', () => {
    const lines = ['id\tc\tn'];
    for (let i = 0; i < 50_000; i++) lines.push(`${i}\t"lone quote ${i}\t${i}`);
    const started = Date.now();
    const t = parseDelimited(`${lines.join('\n')}\n`, ANY);
    expect(t.rows).toHaveLength(50_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('rows that do not fit the header are reported by line, never merged', () => {
  it('reports a row with more fields than the header', () => {
    const t = parseDelimited('id\tv\n1\ta\n2\tb\textra\tmore\n3\tc\n', ANY);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(t.rejected).toHaveLength(1);
    expect(t.rejected[0]).toMatchObject({ line: 3, fields: 4, expected: 2, kind: 'tooManyFields' });
    expect(render('en', t.rejected[0].message)).toBe(
      '4 fields where the header has 2, so the columns cannot be told apart: not imported. Check this line in the file (a tab or quote inside a text may have split it).',
    );
  });

  it('accepts trailing empty fields beyond the header (Excel pads rows) and rows that lost them', () => {
    const t = parseDelimited('id\tv\tw\n1\ta\t\t\t\n2\tb\n3\tc\td\n', ANY);
    expect(t.rejected).toEqual([]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c', 'd'],
    ]);
  });

  it('reports the last row of a download cut short and imports the rest', () => {
    const t = read('feedback-truncated.txt');
    expect(t.rows).toHaveLength(4);
    expect(t.rejected).toEqual([
      expect.objectContaining({ line: 6, fields: 3, expected: 6, kind: 'truncated' }),
    ]);
    expect(render('en', t.rejected[0].message)).toMatch(
      /^the file ends in the middle of this row \(3 of 6 fields\): the download looks cut short/,
    );
  });

  it('does not call a full last row without a line break, or a lone pasted row, cut short', () => {
    expect(parseDelimited('id\tv\n1\ta\n2\tb', ANY).rejected).toEqual([]);
    const pasted = parseDelimited('id\tStatus\tDate\tReason\tAmount\n1\tOpen\t1/2/24\tLate', ANY);
    expect(pasted.rejected).toEqual([]);
    expect(pasted.rows).toHaveLength(1);
  });
});

describe('Japanese headers', () => {
  it('reads a cp932 feedback download’s Japanese headers as the English report’s, and says so', () => {
    const t = read('feedback-jp-cp932.txt');
    expect(t.headerRecognised).toBe(true);
    expect(t.header).toEqual([
      'Date',
      'Rating',
      'Comments',
      'Response',
      'amazon-order-id',
      'Rater Email',
    ]);
    expect(t.headerAsWritten[0]).toBe('日付');
    expect(t.rows[0].cells[2]).toBe('商品が届きません');
    expect(render('en', t.notes[0])).toMatch(
      /^Japanese column headers read as the English report’s: 日付 → Date, 評価 → Rating/,
    );
  });

  it('recognises a cp932 All Orders report with Japanese headers', () => {
    const t = read('all-orders-jp-cp932.txt');
    expect(t.headerRecognised).toBe(true);
    expect(t.header.slice(0, 7)).toEqual([
      'amazon-order-id',
      'merchant-order-id',
      'purchase-date',
      'last-updated-date',
      'order-status',
      'fulfillment-channel',
      'sales-channel',
    ]);
    expect(t.header).toContain('buyer-name');
    expect(t.rows).toHaveLength(4);
  });

  it('leaves a seller’s own sheet with a single Japanese word as it is', () => {
    const t = parseDelimited('Order ID\tコメント\n1\tx\n');
    expect(t.header).toEqual(['Order ID', 'コメント']);
    expect(t.notes).toEqual([]);
  });
});

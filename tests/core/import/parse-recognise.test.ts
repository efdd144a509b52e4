/** Telling a report by its headers — Japanese ones too — and a pasted list by its reasons (issue 12). */
import { parseDelimited } from '../../../src/core/import';
import {
  recogniseHeader,
  recogniseListFromRows,
  recogniseReport,
  recogniseTable,
  unknownReport,
} from '../../../src/core/import/recognise';
import { render } from '../../../src/core/i18n';

const PASTE_HEADER = ['Order ID', 'Status', 'Date', 'Reason', 'Amount'];
const row = (reason: string, status = 'Open'): string[] => [
  '111-0000001-0000001',
  status,
  '1/28/2024',
  reason,
  '24.99',
];

describe('a pasted Order ID / Status / Date / Reason / Amount list', () => {
  it.each([
    ['Item not received – A-to-z Guarantee claim', 'claimsList', 'A-to-z'],
    ['Buyer filed a claim: not as described', 'claimsList', 'Buyer filed'],
    ['Visa 10.4 Other Fraud', 'chargebacksList', '10.4'],
    ['13.1 Merchandise not received', 'chargebacksList', '13.1'],
    ['Cardholder dispute: item not received', 'chargebacksList', 'Cardholder'],
    ['Credit not processed', 'chargebacksList', 'Credit not processed'],
    ['信用卡拒付：未收到货', 'chargebacksList', '信用卡'],
  ])('"%s" is told from its reasons as a %s', (reason, type, evidence) => {
    const found = recogniseListFromRows(PASTE_HEADER, [row(reason)]);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.type).toBe(type);
    expect(render('en', found.note)).toContain(`“${evidence}`);
  });

  it('asks in one line, pointing at the drop-down, when the reasons say neither or both', () => {
    for (const rows of [
      [row('Item not received')],
      [row('Item not received'), row('A-to-z claim'), row('Visa 13.1')],
    ]) {
      const found = recogniseListFromRows(PASTE_HEADER, rows);
      expect(found.ok).toBe(false);
      if (found.ok || !found.question) throw new Error('expected a question');
      expect(render('en', found.question)).toBe(
        'Is this list A-to-z claims or chargebacks? Choose which under “The pasted list is:” and import it again.',
      );
      expect(render('zh', found.question)).toContain('亚马逊商城交易保障索赔还是信用卡拒付索赔');
    }
  });

  it('recogniseTable uses the headers first, then the reasons, then asks', () => {
    const byName = recogniseTable(PASTE_HEADER, [row('Late')], 'chargebacks.csv');
    expect(byName.ok && byName.recognition.type).toBe('chargebacksList');
    const byReason = recogniseTable(PASTE_HEADER, [row('A-to-z claim')], 'Pasted text');
    expect(byReason.ok && byReason.recognition.type).toBe('claimsList');
    expect(byReason.ok && render('en', byReason.notes[0])).toBe(
      'Recognised as A-to-z claims list from its reasons (“A-to-z”).',
    );
    const ask = recogniseTable(PASTE_HEADER, [row('Late')], 'Pasted text');
    expect(ask.ok).toBe(false);
    if (ask.ok) return;
    expect(ask.error.question).not.toBeNull();
    expect(ask.error.message).toBe(
      'Is this list A-to-z claims or chargebacks? Choose which under “The pasted list is:” and import it again.',
    );
  });

  it('the unknown-report message for pasted text is the one-line question, also in Chinese names', () => {
    expect(unknownReport(PASTE_HEADER, 'Pasted text').message).toMatch(/^Is this list A-to-z/);
    expect(unknownReport(PASTE_HEADER, '粘贴的文本').question).not.toBeNull();
    // A file keeps the longer advice: a file has no drop-down.
    const file = unknownReport(PASTE_HEADER, 'export.csv');
    expect(file.question).toBeNull();
    expect(file.message).toMatch(
      /add a "Type" column, or put "claims" or "chargebacks" in the file name/,
    );
  });

  it('recogniseReport finds a list by its reasons below a preamble', () => {
    const found = recogniseReport([['Copied from Seller Central'], PASTE_HEADER, row('Visa 10.4')]);
    expect(found).toMatchObject({ ok: true, type: 'chargebacksList', headerIndex: 1 });
  });

  it('the pasted text parses with the placeholder’s own layout', () => {
    const t = parseDelimited(
      'Order ID\tStatus\tDate\tReason\tAmount\n111-0000001-0000001\tOpen\t1/28/2024\tItem not received\t24.99',
      { isHeader: (cells) => recogniseHeader(cells, 'Pasted text') !== null },
    );
    expect(t.headerRecognised).toBe(false);
    expect(t.rows).toHaveLength(1);
    const found = recogniseTable(
      t.header,
      t.rows.map((r) => r.cells),
      'Pasted text',
    );
    expect(found.ok).toBe(false);
  });
});

describe('Japanese report headers by meaning', () => {
  it('recognises the Japanese feedback and All Orders headers', () => {
    expect(
      recogniseHeader(['日付', '評価', 'コメント', '回答', '注文番号', '評価者のEメール'])?.type,
    ).toBe('feedback');
    expect(
      recogniseHeader([
        '注文番号',
        '購入日',
        '注文ステータス',
        'フルフィルメント・チャネル',
        '販売チャネル',
        '商品名',
        '出品者SKU',
        'ASIN',
        '数量',
      ])?.type,
    ).toBe('allOrders');
  });
});

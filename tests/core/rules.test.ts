import {
  EXCLUDING_STEMS,
  REASON_CODES,
  classifyChargebackReason,
  classifyDefect,
  classifyStatus,
  readChannel,
  readChannelArgument,
  readDefectType,
  readFlag,
  readRating,
} from '../../src/core/engine/rules';
import { fieldsOfHeader, matchHeader, normalizeHeader } from '../../src/core/engine/columns';
import { CATALOG, t } from '../../src/core/i18n';
import { GLOSSARY } from '../../src/core/i18n/glossary';
import { RULES_EN, RULES_ZH } from '../../src/core/i18n/rules';
import { IMPORT_FILES_EN, IMPORT_FILES_ZH } from '../../src/core/i18n/import-files';
import { FINDINGS_EN, FINDINGS_ZH } from '../../src/core/i18n/findings';

describe('status rules (docs/rules.md §2)', () => {
  it.each([
    ['Denied', 'rules.why.denied'],
    ['Claim denied', 'rules.why.denied'],
    ['Withdrawn by buyer', 'rules.why.withdrawn'],
    ['Amazon funded', 'rules.why.amazonFunded'],
    ['Granted - Amazon-funded', 'rules.why.amazonFunded'],
    ['Granted, funded by Amazon', 'rules.why.amazonFunded'],
    ['Claims Protected', 'rules.why.claimsProtected'],
    ['Reversed on appeal', 'rules.why.reversed'],
    ['Fraud', 'rules.why.fraud'],
    ['Won', 'rules.why.sellerFavour'],
    ['Decided in your favor', 'rules.why.sellerFavour'],
    ['Closed – decided in your favour', 'rules.why.sellerFavour'],
    ["Resolved in seller's favour", 'rules.why.sellerFavour'],
    ['Resolved in the seller’s favor', 'rules.why.sellerFavour'],
    ['Decided for seller', 'rules.why.sellerFavour'],
    ['In favour of the seller', 'rules.why.sellerFavour'],
    ['Removed', 'rules.why.removed'],
    ['struck through', 'rules.why.struck'],
    ['已驳回', 'rules.why.denied'],
    ['裁定有利于卖家', 'rules.why.sellerFavour'],
  ])('"%s" does not count (%s)', (status, reason) => {
    expect(classifyStatus(status)).toEqual({ counts: false, excludedBy: reason });
  });

  it.each([
    'Open',
    'Granted',
    'Under review',
    'Refunded',
    'Seller refunded',
    'closed',
    '',
    'Granted - seller funded',
    'Granted – Seller-funded',
    'Funded by seller',
    'Resolved',
    'Decided in buyer’s favour',
    'Decided in favor of the buyer',
    'Not in your favor',
    'Buyer won',
    'Closed - decided against seller',
    'Refunded by Amazon',
  ])('"%s" counts and is recognised', (status) => {
    expect(classifyStatus(status)).toEqual({ counts: true, recognised: true });
  });

  it('stems match at the start of a word only: "Refunded" is not "funded"', () => {
    expect(classifyStatus('Refunded').counts).toBe(true);
    expect(classifyStatus('Amazon-funded').counts).toBe(false);
    expect(classifyStatus('undenied').counts).toBe(true);
    // "won" is a whole word: "won't" is not a win.
    expect(classifyStatus("Buyer won't answer").counts).toBe(true);
  });

  it('a bare "fund" no longer excludes: only Amazon as the funder does', () => {
    expect(classifyStatus('Funded').counts).toBe(true);
    expect(classifyStatus('Seller funded').counts).toBe(true);
    expect(classifyStatus('Amazon funded').counts).toBe(false);
  });

  it('unknown statuses count, flagged as not recognised', () => {
    expect(classifyStatus('Escalated to team')).toEqual({ counts: true, recognised: false });
  });

  it('every rule has its reason in the catalog in both languages, and the README meaning', () => {
    for (const rule of EXCLUDING_STEMS) {
      expect(rule.meaning).toBe(CATALOG.en[rule.reason]);
      expect(t('zh', rule.reason)).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('chargeback reasons and reason codes (docs/rules.md §2)', () => {
  it.each([
    ['10.4 Other Fraud – Card-Absent Environment', '10.4'],
    ['Visa 10.1', '10.1'],
    ['Visa 10.x', '10.x'],
    ['Mastercard 4837 No Cardholder Authorization', '4837'],
    ['4840', '4840'],
    ['4849 Questionable Merchant Activity', '4849'],
    ['MC 4863 - Cardholder does not recognize', '4863'],
    ['4870', '4870'],
    ['4871 Chip/PIN Liability Shift', '4871'],
    ['Amex F29 Card Not Present', 'F29'],
    ['F10', 'F10'],
    ['F14', 'F14'],
    ['F24 No Card Member Authorization', 'F24'],
    ['FR2', 'FR2'],
    ['FR4', 'FR4'],
    ['FR6', 'FR6'],
    ['Discover UA01', 'UA01'],
    ['UA02 Fraud Card Not Present', 'UA02'],
    ['UA05', 'UA05'],
    ['UA06', 'UA06'],
  ])('"%s" is a fraud code (%s)', (reason, code) => {
    expect(classifyChargebackReason(reason)).toEqual({ fraud: true, evidence: code });
  });

  it.each([
    ['Fraudulent transaction', 'Fraud'],
    ['Unauthorized purchase', 'Unauthorized'],
    ['Unauthorised use', 'Unauthorised'],
    ['Transaction not recognised', 'not recognised'],
    ["Cardholder doesn't recognize the charge", "doesn't recognize"],
    ['盗刷', '盗刷'],
  ])('"%s" is fraud by its words', (reason, evidence) => {
    expect(classifyChargebackReason(reason)).toEqual({ fraud: true, evidence });
  });

  it.each([
    ['13.1 Merchandise/Services Not Received', '13.1'],
    ['Visa 13.3 Not as Described or Defective', '13.3'],
    ['13.6 Credit Not Processed', '13.6'],
    ['Mastercard 4853 Cardholder Dispute', '4853'],
    ['4855 Goods or Services Not Provided', '4855'],
    ['4859', '4859'],
    ['4860 Credit Not Processed', '4860'],
    ['Amex C08 Goods/Services Not Received', 'C08'],
    ['P08 Duplicate Charge', 'P08'],
  ])('"%s" is a service reason (%s): it counts', (reason, code) => {
    expect(classifyChargebackReason(reason)).toEqual({ fraud: false, evidence: code });
  });

  it('reads no code in amounts, ids or dates; plain service words say neither', () => {
    for (const reason of [
      'Item not received',
      'Not as described (amount 10.4)',
      'Amount 4837.00',
      'Order 111-4837000-0000001',
      'Credit not processed',
    ]) {
      expect(classifyChargebackReason(reason)?.fraud ?? false).toBe(false);
    }
  });

  it('a code decides over words', () => {
    expect(classifyChargebackReason('13.1 not received, buyer says fraud')?.fraud).toBe(false);
  });

  it('fraud in the reason takes a chargeback out even when its status is "Resolved"', () => {
    expect(classifyDefect('chargeback', 'Resolved', 'Visa 10.4 Other Fraud')).toEqual({
      counts: false,
      excludedBy: 'rules.why.fraudReason',
      evidence: '10.4',
    });
    expect(classifyDefect('chargeback', 'Resolved', '13.1 Not received')).toEqual({
      counts: true,
      recognised: true,
    });
    // Only chargebacks: an A-to-z claim's reason never excludes it.
    expect(classifyDefect('atoz', 'Open', 'Unauthorized').counts).toBe(true);
    // The status still decides first.
    expect(classifyDefect('chargeback', 'Won', '13.1').counts).toBe(false);
  });

  it('the reason-code table lists every code of the rule with its network', () => {
    const fraud = REASON_CODES.filter((c) => c.fraud).map((c) => c.code);
    expect(fraud).toEqual([
      '10.1',
      '10.2',
      '10.3',
      '10.4',
      '10.5',
      '4837',
      '4840',
      '4849',
      '4863',
      '4870',
      '4871',
      'F10',
      'F14',
      'F24',
      'F29',
      'FR2',
      'FR4',
      'FR6',
      'UA01',
      'UA02',
      'UA05',
      'UA06',
    ]);
    for (const c of REASON_CODES) {
      expect(classifyChargebackReason(`${c.network} ${c.code} ${c.meaning}`)?.fraud).toBe(c.fraud);
    }
  });
});

describe('flags, channels, types, ratings', () => {
  it.each([true, 'TRUE', 'Y', 'yes', '1', 1, 'x', '✓', '是'])('%p is a yes-flag', (v) => {
    expect(readFlag(v)).toEqual({ kind: 'yes' });
  });
  it.each([false, '', 'no', 'N', '0', 0, null, undefined, '否'])('%p is a no', (v) => {
    expect(readFlag(v)).toEqual({ kind: 'no' });
  });
  it('other text is a status', () => {
    expect(readFlag(' Denied ')).toEqual({ kind: 'status', status: 'Denied' });
  });
  it('reads channels and channel arguments with aliases', () => {
    expect(['Amazon', 'AFN', 'fba'].map(readChannel)).toEqual(['AFN', 'AFN', 'AFN']);
    expect(['Merchant', 'MFN', 'FBM', 'Seller'].map(readChannel)).toEqual([
      'MFN',
      'MFN',
      'MFN',
      'MFN',
    ]);
    expect(readChannel('Amazon.com')).toBeNull();
    expect(readChannelArgument('merchant')).toBe('MFN');
    expect(readChannelArgument('amazon')).toBe('AFN');
    expect(readChannelArgument('all')).toBe('ALL');
    expect(readChannelArgument('')).toBeNull();
    expect(readChannelArgument('eBay')).toBe('invalid');
  });
  it('reads defect types in English and Chinese', () => {
    expect(readDefectType('Negative feedback')).toBe('negativeFeedback');
    expect(readDefectType('A-to-z Guarantee claim')).toBe('atoz');
    expect(readDefectType('Chargeback')).toBe('chargeback');
    expect(readDefectType('差评')).toBe('negativeFeedback');
    expect(readDefectType('索赔')).toBe('atoz');
    expect(readDefectType('拒付')).toBe('chargeback');
    expect(readDefectType('late shipment')).toBeNull();
  });
  it('reads ratings 1–5 only', () => {
    expect([1, '2', '5 stars', 0, 6, 'x', 2.5].map(readRating)).toEqual([
      1,
      2,
      5,
      null,
      null,
      null,
      null,
    ]);
    // What a seller's own sheet may hold: full-width digits, "of 5", Chinese and Japanese stars.
    expect(['１', '2/5', '1 star', '1星', '星2', '1つ星', '2.0', ' 1 '].map(readRating)).toEqual([
      1, 2, 1, 1, 2, 1, 2, 1,
    ]);
    expect(['12', '1/3', '1.5', '-1', '1 2', '5 of 5 stars'].map(readRating)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('header matching (docs/rules.md §6)', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader(' Amazon-Order-ID ')).toBe('amazonorderid');
    expect(fieldsOfHeader('Order ID')).toContain('orderId');
    expect(fieldsOfHeader('订单编号')).toContain('orderId');
    expect(fieldsOfHeader('merchant-order-id')).toEqual([]);
    expect(fieldsOfHeader('sales-channel')).toEqual(['salesChannel']);
    expect(fieldsOfHeader('order-status')).toEqual(['orderStatus']);
    expect(fieldsOfHeader('注文番号')).toEqual(['orderId']);
    expect(fieldsOfHeader('購入日')).toEqual(['purchaseDate']);
    expect(fieldsOfHeader('評価')).toEqual(['rating']);
    expect(fieldsOfHeader('コメント')).toEqual(['comment']);
  });
  it('finds a header row below a preamble and prefers specific headers', () => {
    const match = matchHeader([
      ['My shop export'],
      [],
      ['Date', 'amazon-order-id', 'purchase-date', 'sales-channel', 'fulfillment-channel'],
    ]);
    expect(match?.headerRow).toBe(2);
    expect(match?.columns.orderId).toBe(1);
    expect(match?.columns.purchaseDate).toBe(2);
    expect(match?.columns.channel).toBe(4);
  });
  it('gives up after ten rows', () => {
    const rows = Array.from({ length: 10 }, () => ['title']);
    expect(matchHeader([...rows, ['order-id', 'purchase-date']])).toBeNull();
  });
});

describe('the round-2 catalog sections follow the glossary', () => {
  const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, ' ');
  function glossaryProblems(en: Record<string, string>, zh: Record<string, string>): string[] {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const chinese = zh[key];
      for (const entry of GLOSSARY) {
        if (!entry.en.test(withoutPlaceholders(english))) continue;
        if (!chinese.includes(entry.zh)) problems.push(`${key}: "${chinese}" lacks ${entry.zh}`);
        const rest = chinese.split(entry.zh).join('');
        for (const variant of entry.avoid)
          if (rest.includes(variant)) problems.push(`${key}: "${chinese}" uses ${variant}`);
      }
    }
    return problems;
  }
  const ROUND2_FINDINGS = [
    'finding.futureDate',
    'finding.orderDateUnreadable',
    'finding.orderChannelUnreadable',
    'finding.cancelled',
  ] as const;

  it.each([
    ['rules', RULES_EN, RULES_ZH],
    ['import-files', IMPORT_FILES_EN, IMPORT_FILES_ZH],
    [
      'findings (round 2)',
      Object.fromEntries(ROUND2_FINDINGS.map((k) => [k, FINDINGS_EN[k]])),
      Object.fromEntries(ROUND2_FINDINGS.map((k) => [k, FINDINGS_ZH[k]])),
    ],
  ] as [string, Record<string, string>, Record<string, string>][])('%s', (_, en, zh) => {
    expect(glossaryProblems(en, zh)).toEqual([]);
  });
});

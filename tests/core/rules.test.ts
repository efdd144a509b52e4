import {
  EXCLUDING_STEMS,
  classifyStatus,
  exclusionReason,
  readChannel,
  readChannelArgument,
  readDefectType,
  readFlag,
  readRating,
} from '../../src/core/engine/rules';
import { fieldsOfHeader, matchHeader, normalizeHeader } from '../../src/core/engine/columns';

describe('status rules (odr-rules §2)', () => {
  it.each([
    ['Denied', 'claim denied'],
    ['Claim denied', 'claim denied'],
    ['Withdrawn by buyer', 'withdrawn by the buyer'],
    ['Amazon funded', 'Amazon-funded (Buy Shipping claims protection)'],
    ['Claims Protected', 'claims protected (Buy Shipping, shipped on time)'],
    ['Reversed on appeal', 'reversed on appeal / in the seller’s favour'],
    ['Fraud', 'fraud chargeback (Amazon’s liability)'],
    ['Won', 'decided in the seller’s favour'],
    ['Removed', 'feedback removed'],
    ['struck through', 'feedback struck through'],
    ['已驳回', 'denied (驳回)'],
  ])('"%s" does not count (%s)', (status, meaning) => {
    expect(classifyStatus(status)).toEqual({ counts: false, excludedBy: meaning });
  });

  it.each(['Open', 'Granted', 'Under review', 'Refunded', 'Seller refunded', 'closed', ''])(
    '"%s" counts and is recognised',
    (status) => {
      expect(classifyStatus(status)).toEqual({ counts: true, recognised: true });
    },
  );

  it('stems match at the start of a word only: "Refunded" is not "funded"', () => {
    expect(classifyStatus('Refunded').counts).toBe(true);
    expect(classifyStatus('Amazon-funded').counts).toBe(false);
    expect(classifyStatus('undenied').counts).toBe(true);
  });

  it('unknown statuses count, flagged as not recognised', () => {
    expect(classifyStatus('Escalated to team')).toEqual({ counts: true, recognised: false });
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
  });
});

describe('header matching (odr-rules §6)', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader(' Amazon-Order-ID ')).toBe('amazonorderid');
    expect(fieldsOfHeader('Order ID')).toContain('orderId');
    expect(fieldsOfHeader('订单编号')).toContain('orderId');
    expect(fieldsOfHeader('merchant-order-id')).toEqual([]);
    expect(fieldsOfHeader('sales-channel')).toEqual([]);
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

describe('exclusion reasons in Chinese', () => {
  it('has a Chinese reason for every excluding status', () => {
    for (const { meaning } of EXCLUDING_STEMS) {
      expect(exclusionReason(meaning, 'zh')).toMatch(/\p{Script=Han}/u);
      expect(exclusionReason(meaning, 'en')).toBe(meaning);
    }
  });
});

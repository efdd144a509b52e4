/**
 * Feedback Amazon would remove (issue 13, docs/rules.md §3): the classifier on a corpus of
 * realistic comments in the seven marketplace languages, and what removal would do to the ODR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../../src/core/engine/dataset';
import { dayFromParts } from '../../src/core/engine/dates';
import { evaluateWindow } from '../../src/core/engine/odr';
import type { Cell, Channel } from '../../src/core/engine/types';
import {
  containsPhoneNumber,
  ratesIfRemoved,
  removalCandidates,
  removalReason,
  type RemovalReason,
} from '../../src/core/removal/candidates';

interface Example {
  lang: string;
  channel: Channel;
  text: string;
  expected: RemovalReason | null;
}

const CORPUS = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'removal', 'corpus.json'), 'utf8'),
) as Example[];

describe('removal classifier', () => {
  it('has a corpus in the seven marketplace languages with every reason and negatives', () => {
    expect(new Set(CORPUS.map((e) => e.lang))).toEqual(
      new Set(['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']),
    );
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']) {
      const reasons = new Set(CORPUS.filter((e) => e.lang === lang).map((e) => e.expected));
      expect([...reasons].sort()).toEqual(
        ['fbaDelivery', 'obscene', 'personalInfo', 'productReview', null].sort(),
      );
    }
  });

  it.each(CORPUS.map((e) => [e.lang, e.channel, e.text, e.expected] as const))(
    '%s %s: %s → %s',
    (_lang, channel, text, expected) => {
      expect(removalReason(text, channel)?.reason ?? null).toBe(expected);
    },
  );

  it('names what decided it, and never quotes the personal data itself', () => {
    const check = removalReason('mail me: a.b@example.com or +44 20 7946 0958', 'MFN');
    expect(check).toEqual({ reason: 'personalInfo', words: ['e-mail address', 'phone number'] });
    expect(removalReason('Cheap and flimsy, broke after a week', 'MFN')?.words).toEqual(
      expect.arrayContaining(['cheap', 'flimsy']),
    );
  });

  it('does not take order ids, prices or dates for phone numbers', () => {
    expect(containsPhoneNumber('order 112-1234567-1234567')).toBe(false);
    expect(containsPhoneNumber('paid $1,299.99 on 2024-01-14')).toBe(false);
    expect(containsPhoneNumber('call 555-123-4567')).toBe(true);
  });

  it('stays linear on a 50,000-character comment without spaces', () => {
    const text = `${'a'.repeat(25_000)}${'1 '.repeat(12_500)}`;
    const start = Date.now();
    removalReason(text, 'AFN');
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});

describe('removal candidates in a window', () => {
  const HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
  const orders: Cell[][] = [HEADER];
  for (let d = 1; d <= 20; d++) {
    orders.push([`M-${d}`, `2024-01-${String(d).padStart(2, '0')}`, 'Merchant']);
    orders.push([`A-${d}`, `2024-01-${String(d).padStart(2, '0')}`, 'Amazon']);
  }
  const defects: Cell[][] = [
    ['Order ID', 'Type', 'Date', 'Comments', 'Status'],
    ['M-2', 'Negative feedback', '2024-01-05', 'Poor quality, the battery died in a day.', ''],
    // Also a claim: removing the feedback leaves the order defective.
    ['M-3', 'Negative feedback', '2024-01-06', 'Cheap material, stopped working.', ''],
    ['M-3', 'A-to-z claim', '2024-01-07', '', 'Open'],
    ['M-4', 'Negative feedback', '2024-01-08', 'Seller never replied.', ''],
    ['A-5', 'Negative feedback', '2024-01-09', 'Arrived late, box crushed.', ''],
    // Feedback more than 90 days before today: too late to ask.
    ['M-6', 'Negative feedback', '2023-09-01', 'Flimsy and loud.', ''],
  ];
  const data = readDataset(orders, defects);
  const result = evaluateWindow(data, dayFromParts(2024, 1, 20) as number);
  const today = dayFromParts(2024, 1, 25) as number;
  const candidates = removalCandidates(result, today);

  it('lists each candidate with its reason and request deadline (90 days after the feedback)', () => {
    expect(candidates.map((c) => [c.orderId, c.reason, c.passed])).toEqual([
      ['M-2', 'productReview', false],
      ['M-3', 'productReview', false],
      ['A-5', 'fbaDelivery', false],
      ['M-6', 'productReview', true],
    ]);
    expect(candidates[0].requestBy).toBe((dayFromParts(2024, 1, 5) as number) + 90);
  });

  it('gives the rate if every open candidate were removed, counting an order once', () => {
    const [mfn, afn] = ratesIfRemoved(result, candidates);
    expect(mfn.scope).toBe('MFN');
    expect(mfn.defective).toBe(4); // M-2, M-3, M-4, M-6
    // M-2 clears; M-3 keeps its claim; M-4 is not a candidate; M-6 is past its 90 days.
    expect(mfn.defectiveIfRemoved).toBe(3);
    expect(mfn.rateIfRemoved).toBeCloseTo(3 / 20);
    expect(mfn.candidates).toBe(2);
    expect(afn.defectiveIfRemoved).toBe(0);
    expect(afn.rateIfRemoved).toBe(0);
  });
});

import { readDataset } from '../../src/core/engine/dataset';
import { dayFromParts } from '../../src/core/engine/dates';
import { evaluateWindow } from '../../src/core/engine/odr';
import { flagLetter, renderLetter } from '../../src/core/plan/letter';
import { buildPlan, type PlanOptions } from '../../src/core/plan';
import type { Cell } from '../../src/core/engine/types';
import { render } from '../../src/core/i18n';

function orders(): Cell[][] {
  const rows: Cell[][] = [['amazon-order-id', 'purchase-date', 'fulfillment-channel']];
  for (let d = 1; d <= 60; d++) {
    const date = new Date(Date.UTC(2024, 0, d)).toISOString().slice(0, 10);
    for (let i = 0; i < 3; i++) rows.push([`111-${d}-${i}`, date, 'Merchant']);
  }
  return rows;
}

const DEFECTS: Cell[][] = [
  ['Order ID', 'Type', 'Status', 'Comments', 'Reason', 'Category'],
  ['111-4-0', 'Negative feedback', '', 'Never arrived, no tracking', '', ''],
  ['111-8-1', 'A-to-z claim', 'Open', '', 'Item not received', ''],
  ['111-15-2', 'Negative feedback', '', 'Arrived damaged. Contact me at a.b@c.com', '', ''],
  ['111-22-0', 'Negative feedback', '', 'ok', '', ''],
];

function planFor(options: PlanOptions = {}) {
  const data = readDataset(orders(), DEFECTS);
  return buildPlan(data, evaluateWindow(data, dayFromParts(2024, 2, 29) as number), options);
}

const letterFor = (options: PlanOptions = {}) => planFor(options).letter;

describe('appeal letter: flags', () => {
  test.each([
    ['We are very sorry for the inconvenience.', 'apology', 'sorry'],
    ['We apologize to our valued customers.', 'apology', 'apologize'],
    ['The carrier lost several parcels.', 'blame', 'The carrier'],
    ['USPS lost the package in December.', 'blame', 'USPS lost'],
    ['The buyer lied about the condition.', 'blame', 'buyer lied'],
    ["This was Amazon's fault, not ours.", 'blame', "Amazon's fault"],
    ['The delays were beyond our control.', 'blame', 'beyond our control'],
    ['We will try to ship faster.', 'promise', 'will try'],
    ['We hope to improve next month.', 'promise', 'hope to'],
    ['We will do our best to avoid this.', 'promise', 'will do our best'],
    ['It will not happen again.', 'promise', 'will not happen again'],
    ['Please reinstate us, this business is our livelihood.', 'emotive', 'please reinstate'],
  ])('%p is flagged as %s', (text, kind, phrase) => {
    const flags = flagLetter(text);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags[0].kind).toBe(kind);
    expect(flags[0].phrase.toLowerCase()).toBe(phrase.toLowerCase());
    expect(flags[0].text).toBe(text);
    // The reason is for the seller, in their language; the flagged words stay the letter's.
    expect(render('en', flags[0].reason).length).toBeGreaterThan(10);
    expect(render('zh', flags[0].reason)).toMatch(/\p{Script=Han}/u);
  });

  test.each([
    'We apologise: 3 orders (111-4-0, 111-8-1, 111-15-2) shipped without tracking.',
    '- Every order ships with Amazon Buy Shipping and a valid tracking number.',
    '- Handling time is set to 2 days and reviewed weekly against actual ship dates.',
    '- Refunded 2 orders: 111-4-0, 111-8-1.',
    'Root cause: the picking list did not show the variant, so 4 orders got the wrong colour.',
    'The buyer received the wrong item because the bin labels were swapped.',
    '- Pre-shipment quality check on every unit against a written checklist.',
  ])('%p is not flagged', (text) => {
    expect(flagLetter(text)).toEqual([]);
  });

  test('each flag points at its phrase in the text', () => {
    const text = 'Root cause found.\nWe are sorry.\nThe courier was late and we will try harder.';
    const flags = flagLetter(text);
    expect(flags.map((f) => f.kind)).toEqual(['apology', 'blame', 'promise']);
    for (const f of flags) expect(text.slice(f.index, f.index + f.phrase.length)).toBe(f.phrase);
  });
});

describe('appeal letter: the draft', () => {
  test('built from the sections, in English bullets, with its character count', () => {
    const letter = letterFor();
    expect(letter.characters).toBe([...letter.text].length);
    expect(letter.text).toMatch(/^Plan of Action: Order Defect Rate/);
    expect(letter.text).toContain(
      '- Seller-fulfilled orders (MFN): 2.22% (4 of 180 orders); target under 1.00%.',
    );
    expect(letter.text).toContain(
      '1. Not received / late: 2 orders (50.00% of MFN defective orders), ordered 2024-01-04 to 2024-01-08',
    );
    expect(letter.text).toContain('- Orders: 111-4-0, 111-8-1.');
    expect(letter.text).toContain('2. Damaged / defective: 1 order');
    expect(letter.text).toMatch(/Buy Shipping/);
    expect(letter.text).not.toMatch(/@/);
  });

  test('the generated draft raises no flags of its own', () => {
    expect(letterFor().flags).toEqual([]);
  });

  test('a letter a seller might paste has no placeholder and no "Uncategorised" heading', () => {
    const { letter, gaps } = planFor();
    // Nothing the seller did not fill in: no [brackets], no heading for orders without category.
    expect(letter.text).not.toMatch(/\[/);
    expect(letter.text).not.toMatch(/Uncategorised/);
    expect(letter.text).not.toMatch(/^- Refunded/m);
    expect(letter.ready).toBe(false);
    // What is missing is said instead, in the seller's language.
    expect(gaps.map((g) => render('en', g.text))).toEqual([
      'MFN · Not received / late: your finding (why it happened).',
      'MFN · Not received / late: the action taken for 2 order(s): 111-4-0, 111-8-1.',
      'MFN · Damaged / defective: your finding (why it happened).',
      'MFN · Damaged / defective: the action taken for 1 order(s): 111-15-2.',
      'MFN · Damaged / defective: the [brackets] in “Packaging standard per SKU: [box strength, padding, fragile items double-boxed], with a drop test for fragile items.” (or delete it).',
      'MFN · Uncategorised: 1 order(s) with no category (111-22-0). Set their category in the defects table’s category column and write the plan again, or write your finding for them.',
    ]);
    expect(render('zh', gaps[0].text)).toBe('MFN · 未收到 / 延迟送达：您的结论（问题为何发生）。');
  });

  test('filled findings and actions go into the letter; free-text actions as typed', () => {
    const text = letterFor({
      filled: {
        findings: { 'MFN:notReceived': 'Two parcels shipped by an untracked service in week 1.' },
        actions: {
          '111-4-0': 'refunded',
          '111-8-1': 'claim appealed',
          '111-15-2': 'Refunded and re-shipped with tracking 9400111899223344556677',
        },
      },
    }).text;
    expect(text).toContain('- Two parcels shipped by an untracked service in week 1.');
    expect(text).toContain('- Refunded order: 111-4-0.');
    expect(text).toContain('- Appealed the claim of order: 111-8-1.');
    expect(text).toContain(
      '- Order 111-15-2: Refunded and re-shipped with tracking 9400111899223344556677',
    );
  });

  test('a finding filled under the category alone (a plan of an earlier version) is kept', () => {
    const text = letterFor({ filled: { findings: { damaged: 'Thin boxes.' } } }).text;
    expect(text).toContain('2. Damaged / defective: 1 order');
    expect(text.split('2. Damaged')[1]).toContain('- Thin boxes.');
  });

  test('orders without a category go into the letter once the seller writes their finding', () => {
    const letter = letterFor({
      filled: { findings: { 'MFN:uncategorised': 'A buyer expected a different model.' } },
    });
    expect(letter.text).toContain('3. Other complaints: 1 order');
    expect(letter.text).toContain('- A buyer expected a different model.');
    expect(letter.text).not.toMatch(/Uncategorised/);
  });

  test('the letter is ready when nothing is left to fill in', () => {
    const { letter, gaps } = planFor({
      filled: {
        findings: {
          'MFN:notReceived': 'Untracked service used in week 1.',
          'MFN:damaged': 'Boxes too thin for glass.',
          'MFN:uncategorised': 'The buyer expected another model.',
        },
        actions: {
          '111-4-0': 'refunded',
          '111-8-1': 'refunded',
          '111-15-2': 'replaced',
          '111-22-0': 'contacted buyer',
        },
        // The seller deleted the packaging measure's placeholder by rewriting it, and kept the rest.
        lists: {
          'MFN:damaged:preventive': [
            { key: 'guide.damaged.preventive.qualityCheck' },
            { text: 'Glass ships double-boxed with 5 cm of padding.' },
          ],
          'MFN:uncategorised:preventive': [{ text: 'Model numbers shown in every image.' }],
        },
      },
    });
    expect(gaps).toEqual([]);
    expect(letter.ready).toBe(true);
    expect(letter.text).toContain('- Glass ships double-boxed with 5 cm of padding.');
    expect(letter.text).toContain('- Model numbers shown in every image.');
    expect(letter.text).not.toMatch(/\[/);
  });

  test('text the seller wrote in Chinese is a gap: Seller Performance reads English', () => {
    const { gaps } = planFor({ filled: { findings: { 'MFN:damaged': '纸箱太薄。' } } });
    expect(gaps.map((g) => render('en', g.text))).toContain(
      'MFN · Damaged / defective: translate into English: your finding.',
    );
  });

  test('a seller finding with a bad phrase is flagged in the letter', () => {
    const letter = letterFor({
      filled: { findings: { 'MFN:damaged': 'The carrier threw the box.' } },
    });
    expect(letter.flags.map((f) => [f.kind, f.phrase])).toEqual([['blame', 'The carrier']]);
  });
});

describe('appeal letter: the Chinese rendering says the same', () => {
  test('line for line, from the same parts; the seller’s own words as typed', () => {
    const { letter } = planFor({
      filled: { findings: { 'MFN:notReceived': 'Untracked service used in week 1.' } },
    });
    const english = renderLetter(letter.lines, 'en');
    const chinese = renderLetter(letter.lines, 'zh');
    expect(english.join('\n')).toBe(letter.text);
    expect(chinese).toHaveLength(english.length);
    expect(chinese[0]).toBe('行动计划：订单缺陷率');
    expect(chinese).toContain(
      '- 卖家自配送订单（MFN）：2.22%（180个订单中有4个缺陷订单）；目标：低于1.00%，未达标。',
    );
    expect(chinese).toContain('- Untracked service used in week 1.');
    // Order ids, rates and counts are the same on both sides (dates are written differently).
    const numbers = (t: string) =>
      (t.match(/\d+(?:[.-]\d+)*%?/g) ?? []).filter((n) => !/^\d{4}(?:-\d\d){2}$/.test(n)).sort();
    english.forEach((line, i) => {
      if (!/\d{4}-\d{2}-\d{2}/.test(line)) expect(numbers(chinese[i])).toEqual(numbers(line));
    });
  });
});

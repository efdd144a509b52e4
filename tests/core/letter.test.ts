import { readDataset } from '../../src/core/engine/dataset';
import { dayFromParts } from '../../src/core/engine/dates';
import { evaluateWindow } from '../../src/core/engine/odr';
import { flagLetter } from '../../src/core/plan/letter';
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

function letterFor(options: PlanOptions = {}) {
  const data = readDataset(orders(), DEFECTS);
  return buildPlan(data, evaluateWindow(data, dayFromParts(2024, 2, 29) as number), options).letter;
}

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
    expect(letter.text).toContain('- MFN: 2.22% (4 of 180 orders); target under 1.00%.');
    expect(letter.text).toContain(
      '1. Not received / late: 2 orders (50.00% of defective orders), ordered 2024-01-04 to 2024-01-08',
    );
    expect(letter.text).toContain('- Orders: 111-4-0, 111-8-1.');
    expect(letter.text).toContain('2. Damaged / defective: 1 order');
    expect(letter.text).toContain('3. Uncategorised: 1 order');
    expect(letter.text).toMatch(/Buy Shipping/);
    expect(letter.text).not.toMatch(/@/);
  });

  test('the generated draft raises no flags of its own', () => {
    expect(letterFor().flags).toEqual([]);
  });

  test('without the seller’s input, actions and findings stay placeholders', () => {
    const text = letterFor().text;
    expect(text).toContain('- [Your finding: why it happened, with facts]');
    expect(text).toContain('- [Action taken for these orders: refunded / replaced');
    expect(text).not.toMatch(/^- Refunded/m);
  });

  test('filled findings and statuses replace the placeholders', () => {
    const text = letterFor({
      findings: { notReceived: 'Two parcels shipped by an untracked service in week 1.' },
      statuses: { '111-4-0': 'refunded', '111-8-1': 'claim appealed' },
    }).text;
    expect(text).toContain('- Two parcels shipped by an untracked service in week 1.');
    expect(text).toContain('- Refunded order: 111-4-0.');
    expect(text).toContain('- Appealed the claim of order: 111-8-1.');
    const notReceived = text.split('2. Damaged')[0];
    expect(notReceived).not.toContain('[Action taken');
  });

  test('a seller finding with a bad phrase is flagged in the letter', () => {
    const letter = letterFor({ findings: { damaged: 'The carrier threw the box.' } });
    expect(letter.flags.map((f) => [f.kind, f.phrase])).toEqual([['blame', 'The carrier']]);
  });
});

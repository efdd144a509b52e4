import { readDataset } from '../../src/core/engine/dataset';
import { dayFromParts } from '../../src/core/engine/dates';
import { evaluateWindow } from '../../src/core/engine/odr';
import {
  buildPlan,
  planGrid,
  type CategorySection,
  type PlanItem,
  type PlanOfAction,
} from '../../src/core/plan';
import { freshChecklist } from '../../src/core/plan/checklist';
import type { CategoryId } from '../../src/core/categorise';
import { render, type Locale, type Message } from '../../src/core/i18n';
import { excerpt, redactEmails } from '../../src/core/engine/text';
import type { Cell } from '../../src/core/engine/types';

const ORDERS_HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
const DEFECTS_HEADER = ['Order ID', 'Type', 'Status', 'Comments', 'Reason', 'Category'];

/** 60 orders a day for MFN over January–February 2024, 20 a day for AFN. */
function orders(): Cell[][] {
  const rows: Cell[][] = [ORDERS_HEADER];
  for (let d = 1; d <= 60; d++) {
    const date = new Date(Date.UTC(2024, 0, d)).toISOString().slice(0, 10);
    for (let i = 0; i < 5; i++) rows.push([`M-${d}-${i}`, date, 'Merchant']);
    for (let i = 0; i < 2; i++) rows.push([`A-${d}-${i}`, date, 'Amazon']);
  }
  return rows;
}

const DEFECTS: Cell[][] = [
  DEFECTS_HEADER,
  ['M-3-0', 'Negative feedback', '', 'Package never arrived, tracking not updating', '', ''],
  ['M-5-1', 'A-to-z claim', 'Open', '', 'Item not received', ''],
  ['M-9-2', 'Negative feedback', '', 'Arrived two weeks late', '', ''],
  ['M-12-0', 'Negative feedback', '', 'Arrived broken, poorly packed', '', ''],
  ['M-12-0', 'A-to-z claim', 'Granted', '', 'Item damaged', ''],
  ['M-20-3', 'Negative feedback', '', '壊れていました', '', ''],
  ['M-25-4', 'Negative feedback', '', 'Wrong item. Email me: jane.doe+amz@example.co.uk', '', ''],
  // The seller says this one was damaged, whatever the words say.
  ['M-30-1', 'Negative feedback', '', 'Never arrived', '', 'damaged'],
  ['M-33-0', 'Negative feedback', '', 'meh', '', ''],
  ['A-40-1', 'Chargeback', '', '', 'Duplicate processing', ''],
  ['M-44-2', 'Negative feedback', '', '=HYPERLINK("x") ok', '', ''],
  // Not counted: denied claims and 4-star feedback are not defects.
  ['M-50-0', 'A-to-z claim', 'Denied', 'not received', '', ''],
];

const AS_OF = dayFromParts(2024, 2, 29) as number;

/** The sections of the channels the plan argues. */
const sectionsOf = (p: PlanOfAction): CategorySection[] => p.parts.flatMap((part) => part.sections);

function section(p: PlanOfAction, id: CategoryId): CategorySection {
  const found = sectionsOf(p).find((s) => s.category === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

const en = (m: Message) => render('en', m);
/** An item's English: the guide's text, or the seller's own words. */
const item = (i: PlanItem) => (typeof i.text === 'string' ? i.text : en(i.text));

/** The plan's text as a seller reads it in `locale`: every cell of the sheet. */
const sheetText = (p: PlanOfAction, locale: Locale) =>
  planGrid(p, locale).values.flat().map(String).join('\n');

function plan(options: Parameters<typeof buildPlan>[2] = {}): PlanOfAction {
  const data = readDataset(orders(), DEFECTS);
  return buildPlan(data, evaluateWindow(data, AS_OF), options);
}

describe('plan of action: summary', () => {
  test('window, channels against the 1 % target, defect counts and missed targets', () => {
    const { summary } = plan();
    expect(summary.windowStart).toBe('2024-01-01');
    expect(summary.windowEnd).toBe('2024-02-29');
    const [mfn, afn] = summary.channels;
    expect(mfn).toMatchObject({ scope: 'MFN', orders: 300, defective: 9, status: 'AT RISK' });
    expect(afn).toMatchObject({ scope: 'AFN', orders: 120, defective: 1, status: 'OK' });
    expect(mfn.ordersNeeded).toBe(601); // 9 / 900 is exactly 1 %, 9 / 901 is under
    expect(summary.defectCounts).toEqual({ negativeFeedback: 8, atoz: 2, chargeback: 1 });
    expect(summary.defectiveOrders).toBe(10);
    expect(summary.missedTargets).toHaveLength(1);
    // The sidebar's sentence (one message for both): rate, target, counts, window, what it takes.
    expect(en(summary.missedTargets[0])).toBe(
      'MFN Order Defect Rate 3.00% misses the target of under 1.00% (9 of 300 orders, ' +
        '2024-01-01 to 2024-02-29); 601 more defect-free orders would bring it under; at the ' +
        'current volume it is back under target on 2024-03-30.',
    );
    expect(render('zh', summary.missedTargets[0])).toBe(
      'MFN订单缺陷率3.00%未达标（目标：低于1.00%；300个订单中有9个缺陷订单，' +
        '统计周期2024年1月1日至2024年2月29日）；还需601个无缺陷订单才能达标；' +
        '按当前销量，预计于2024年3月30日恢复达标。',
    );
  });

  test('the date each channel is back under target comes from the forecast', () => {
    const [mfn, afn] = plan().summary.channels;
    // MFN keeps 300 orders at 5 a day; defects ordered Jan 3 … Jan 30 leave by day 30, leaving
    // 2 of 300 (under 1 %), while on day 29 three remain (exactly 1 %, not under).
    expect(mfn.backUnderTargetOn).toBe('2024-03-30');
    expect(afn.backUnderTargetOn).toBeNull();
  });
});

describe('plan of action: one section per category present in the channel argued', () => {
  test('sections, counts, shares and order ids of MFN, the channel that missed', () => {
    const p = plan();
    expect(p.parts.map((part) => [part.scope, part.role])).toEqual([['MFN', 'missed']]);
    const byCategory = Object.fromEntries(sectionsOf(p).map((s) => [s.category, s]));
    expect(sectionsOf(p).map((s) => s.category)).toEqual([
      'notReceived',
      'damaged',
      'notAsDescribed',
      'uncategorised',
    ]);
    expect(byCategory.notReceived.orderIds).toEqual(['M-3-0', 'M-5-1', 'M-9-2']);
    expect(byCategory.damaged.orderIds).toEqual(['M-12-0', 'M-20-3', 'M-30-1']);
    expect(byCategory.notAsDescribed.orderIds).toEqual(['M-25-4']);
    expect(byCategory.uncategorised.orderIds).toEqual(['M-33-0', 'M-44-2']);
    expect(byCategory.damaged.orders).toBe(3);
    // Shares of the channel's own defective orders.
    expect(byCategory.damaged.share).toBeCloseTo(3 / 9);
    expect(sectionsOf(p).reduce((n, s) => n + s.orders, 0)).toBe(9);
    // The AFN chargeback is apart: AFN is under target.
    expect(p.other?.scope).toBe('AFN');
    expect(p.other?.groups.map((g) => [g.category, g.rows.map((r) => r.orderId)])).toEqual([
      ['chargeback', ['A-40-1']],
    ]);
    expect(byCategory.damaged.firstOrderDate).toBe('2024-01-12');
    expect(byCategory.damaged.lastOrderDate).toBe('2024-01-30');
    expect(byCategory.damaged.defectCounts).toEqual({
      negativeFeedback: 3,
      atoz: 1,
      chargeback: 0,
    });
  });

  test('the seller override is respected and counted', () => {
    const damaged = section(plan(), 'damaged');
    const row = damaged.corrective.rows.find((r) => r.orderId === 'M-30-1');
    expect(row).toMatchObject({ categoryBasis: 'override', category: 'damaged' });
    expect(damaged.overrides).toBe(1);
    expect(damaged.rootCause.facts.map(en).join(' ')).toContain('Category set by the seller for 1');
  });

  test('themes with counts from buyers words and claim reasons', () => {
    const p = plan();
    const nr = section(p, 'notReceived');
    const themes = Object.fromEntries(nr.themes.map((t) => [t.theme, t.orders]));
    expect(themes).toEqual({ neverArrived: 2, tracking: 1, late: 1 });
    expect(nr.reasons).toEqual([{ reason: 'Item not received', orders: 1 }]);
    const damaged = section(p, 'damaged');
    expect(damaged.themes.find((t) => t.theme === 'packaging')?.orders).toBe(1);
  });

  test('preventive measures follow what the data shows', () => {
    const p = plan();
    const nr = section(p, 'notReceived');
    expect(item(nr.preventive[0])).toMatch(/Buy Shipping/);
    expect(nr.preventive[0].fromData).toBe(true);
    expect(nr.preventive.map(item).join(' ')).toMatch(/transit times/);
    const damaged = section(p, 'damaged');
    const packaging = damaged.preventive.find((m) => /Packaging standard/.test(item(m)));
    expect(packaging?.fromData).toBe(true);
    expect(en(packaging?.basis as Message)).toMatch(/packaging/);
    // No buyer mentioned an address problem: the address check is not added.
    expect(nr.preventive.some((m) => /address is checked/.test(item(m)))).toBe(false);
  });

  test('per-order rows carry an empty status', () => {
    const nr = section(plan(), 'notReceived');
    expect(nr.corrective.rows.map((r) => r.status)).toEqual(['', '', '']);
    expect(nr.corrective.rows[1]).toMatchObject({
      orderId: 'M-5-1',
      orderDate: '2024-01-05',
      channel: 'MFN',
      defectTypes: ['atoz'],
      reason: 'Item not received',
    });
    expect(nr.evidence.length).toBeGreaterThan(0);
  });

  test('no defective orders: no sections, a note instead', () => {
    const data = readDataset(orders(), null);
    const p = buildPlan(data, evaluateWindow(data, AS_OF));
    expect(sectionsOf(p)).toEqual([]);
    expect(sheetText(p, 'en')).toMatch(/No defective orders in this window/);
    expect(sheetText(p, 'zh')).toContain('本统计周期内没有缺陷订单');
  });
});

describe('plan of action: personal data', () => {
  test('no e-mail address survives anywhere in the plan', () => {
    const p = plan();
    for (const text of [JSON.stringify(p), sheetText(p, 'en'), sheetText(p, 'zh')]) {
      expect(text).not.toMatch(/@/);
      expect(text).toContain('[email removed]');
    }
  });

  test.each([
    ['write to john.smith@gmail.com now', 'write to [email removed] now'],
    ['JOHN_99@Example.DE', '[email removed]'],
    ['abc123@marketplace.amazon.co.jp', '[email removed]'],
    ['mail: jane (at) yahoo (dot) com', 'mail: [email removed]'],
    ['jane at gmail dot com', '[email removed]'],
    ['邮箱：王伟@qq.com', '邮箱：[email removed]'],
    ['no address here, arrived at 5pm', 'no address here, arrived at 5pm'],
  ])('%p → %p', (input, expected) => {
    expect(redactEmails(input)).toBe(expected);
  });

  test('comment excerpts are one line and shortened', () => {
    const long = `Line one\nline two ${'word '.repeat(60)}`;
    const short = excerpt(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short).not.toContain('\n');
    expect(short.endsWith('…')).toBe(true);
  });
});

describe('plan of action: steps and language', () => {
  test('the five appeal steps carry the checklist state and the checklist’s titles', () => {
    const checklist = freshChecklist();
    checklist.steps[0] = { done: [true, true, true], note: 'Notice of 2024-03-01 read' };
    checklist.steps[1] = { done: [true, true, true, true], note: '' };
    checklist.steps[2] = { done: [true, false, true, true], note: 'mail me at a@b.co' };
    const steps = plan({ checklist }).steps;
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((s) => s.done)).toEqual([true, true, false, false, false]);
    expect(steps[0].note).toBe('Notice of 2024-03-01 read');
    expect(steps[2].note).toBe('mail me at [email removed]');
    // Written once: the sidebar checklist's step titles.
    expect(steps.map((s) => s.title.key)).toEqual([
      'checklist.notice.title',
      'checklist.evaluate.title',
      'checklist.plan.title',
      'checklist.submit.title',
      'checklist.watch.title',
    ]);
    expect(en(steps[3].title)).toBe('Send the appeal');
  });

  test('the letter is the same English whatever the locale the sheet is laid out in', () => {
    const p = plan();
    expect(p.letter.text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const letterOf = (locale: Locale) => {
      const grid = planGrid(p, locale);
      const [first, last] = grid.letterRows;
      return grid.values.slice(first - 1, last).map((row) => row[0]);
    };
    expect(letterOf('zh')).toEqual(p.letter.text.split('\n'));
    expect(letterOf('en')).toEqual(letterOf('zh'));
  });

  test('an unreadable override is reported', () => {
    const defects = [
      DEFECTS_HEADER,
      ['M-3-0', 'Negative feedback', '', 'never arrived', '', 'ask Tom'],
    ];
    const data = readDataset(orders(), defects);
    const p = buildPlan(data, evaluateWindow(data, AS_OF));
    expect(p.warnings.map(en)).toEqual([
      'Order M-3-0: category "ask Tom" not recognised; the keywords decided (Not received / late).',
    ]);
    expect(p.warnings.map((w) => render('zh', w))).toEqual([
      '订单M-3-0：无法识别类别“ask Tom”，已按关键词归类（未收到 / 延迟送达）。',
    ]);
  });
});

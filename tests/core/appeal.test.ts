/**
 * Issue 13 in core: which channels the plan argues and the guidance each gets, the products
 * behind each category, the readiness, top products and removal summary the sidebar shows, and
 * the plan writer's limits.
 */
import { readDataset } from '../../src/core/engine/dataset';
import { dayFromParts } from '../../src/core/engine/dates';
import { evaluateWindow } from '../../src/core/engine/odr';
import { productBreakdown, productColumns } from '../../src/core/engine/products';
import { CELL_CHARACTERS, fitCellText } from '../../src/core/engine/platform-limits';
import type { Cell } from '../../src/core/engine/types';
import {
  buildPlan,
  cellsProblem,
  fitPlanGrid,
  planGrid,
  planReadiness,
  topProducts,
  type CategorySection,
  type PlanItem,
  type PlanOfAction,
} from '../../src/core/plan';
import { removalSummary } from '../../src/core/removal/summary';
import { render, type Message } from '../../src/core/i18n';

const AS_OF = dayFromParts(2024, 2, 29) as number;
const HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'product-name'];

/** `perDay` orders a day per channel over Jan–Feb 2024, each with one item of SKU-A, -B or -C. */
function orders(perDay: { MFN: number; AFN: number }): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let d = 1; d <= 60; d++) {
    const date = new Date(Date.UTC(2024, 0, d)).toISOString().slice(0, 10);
    for (const channel of ['MFN', 'AFN'] as const) {
      for (let i = 0; i < perDay[channel]; i++) {
        const sku = ['SKU-A', 'SKU-B', 'SKU-C'][i % 3];
        rows.push([
          `${channel[0]}-${d}-${i}`,
          date,
          channel === 'MFN' ? 'Merchant' : 'Amazon',
          sku,
          `Product ${sku}`,
        ]);
      }
    }
  }
  return rows;
}

const DEFECTS_HEADER = ['Order ID', 'Type', 'Status', 'Comments', 'Reason', 'Defect date'];

function plan(
  defects: Cell[][],
  perDay = { MFN: 5, AFN: 5 },
  options: Parameters<typeof buildPlan>[2] = {},
): PlanOfAction {
  const table = orders(perDay);
  const data = readDataset(table, [DEFECTS_HEADER, ...defects]);
  return buildPlan(data, evaluateWindow(data, AS_OF), { orders: table, ...options });
}

const en = (m: Message) => render('en', m);
const itemText = (i: PlanItem) => (typeof i.text === 'string' ? i.text : en(i.text));
const sectionText = (s: CategorySection) =>
  [
    en(s.rootCause.prompt),
    ...s.corrective.suggestions.map(itemText),
    ...s.preventive.map(itemText),
    ...s.evidence.map(itemText),
  ].join('\n');

// MFN: 300 orders; AFN: 300 orders. Three defects make 1 %: not under target.
const MFN_MISSES: Cell[][] = [
  ['M-3-0', 'Negative feedback', '', 'Never arrived', '', '2024-01-10'],
  ['M-5-1', 'A-to-z claim', 'Open', '', 'Item not received', '2024-01-12'],
  ['M-9-0', 'Negative feedback', '', 'Arrived broken, poor packaging', '', '2024-01-15'],
];
const AFN_MISSES: Cell[][] = [
  ['A-4-0', 'Negative feedback', '', 'Package arrived late', '', '2024-01-10'],
  ['A-6-1', 'A-to-z claim', 'Open', '', 'Return requested, no refund received', '2024-01-12'],
  ['A-8-0', 'Negative feedback', '', 'Arrived broken, box crushed', '', '2024-01-14'],
];

describe('the channels the plan argues', () => {
  it('both miss: one part per channel, in the letter under their own names', () => {
    const p = plan([...MFN_MISSES, ...AFN_MISSES]);
    expect(p.parts.map((x) => [x.scope, x.role])).toEqual([
      ['MFN', 'missed'],
      ['AFN', 'missed'],
    ]);
    expect(p.other).toBeNull();
    expect(p.letter.text).toContain('- Seller-fulfilled orders (MFN): 1.00%');
    expect(p.letter.text).toContain('- Fulfilled by Amazon orders (AFN): 1.00%');
    expect(p.letter.text).toMatch(/Complaint categories: .*\(MFN\) \d.*\(AFN\) \d/);
  });

  it('FBA sections get FBA guidance: no shipping service, packaging standard or return queue', () => {
    const afn = plan([...MFN_MISSES, ...AFN_MISSES]).parts[1];
    const text = afn.sections.map(sectionText).join('\n');
    expect(text).not.toMatch(/Buy Shipping|Packaging standard per SKU|return queue|handling time/i);
    expect(text).toMatch(/strike through/);
    expect(afn.sections.map((s) => s.category)).toEqual(['notReceived', 'damaged', 'returnRefund']);
    const returns = afn.sections.find((s) => s.category === 'returnRefund') as CategorySection;
    expect(en(returns.rootCause.prompt)).toMatch(
      /^Amazon handles returns and refunds of FBA orders/,
    );
    // The MFN part keeps the seller-fulfilled guidance.
    const mfn = plan([...MFN_MISSES, ...AFN_MISSES]).parts[0];
    expect(mfn.sections.map(sectionText).join('\n')).toMatch(/Buy Shipping/);
  });

  it('AFN misses, MFN does not: the MFN defects stand apart without FBA guidance', () => {
    const p = plan([MFN_MISSES[0], ...AFN_MISSES]);
    expect(p.parts.map((x) => x.scope)).toEqual(['AFN']);
    expect(p.other?.scope).toBe('MFN');
    expect(p.other?.groups).toEqual([
      expect.objectContaining({ category: 'notReceived', responsibility: null, guidance: null }),
    ]);
    expect(en(p.focus)).toMatch(/argue AFN, which missed the target/);
  });

  it('none misses: the worse channel, prepared in advance and said so', () => {
    const p = plan([MFN_MISSES[0], AFN_MISSES[0], AFN_MISSES[1]]);
    expect(p.parts.map((x) => [x.scope, x.role])).toEqual([['AFN', 'preparation']]);
    expect(en(p.focus)).toMatch(
      /^No channel misses the target now\. This plan is prepared for AFN/,
    );
    expect(p.letter.text).toContain(
      '- Fulfilled by Amazon orders (AFN): 0.67% (2 of 300 orders); under the target.',
    );
    expect(planGrid(p, 'en').values[0][0]).toMatch(/^Plan of Action/);
    expect(planGrid(p, 'en').values.map((r) => r[0])).toContain(
      '2. The plan for AFN: prepared in advance',
    );
  });

  it('FBA orders apart are grouped by whose the complaint is', () => {
    const p = plan([...MFN_MISSES, AFN_MISSES[0], AFN_MISSES[1]]);
    expect(p.other?.groups.map((g) => [g.category, g.responsibility])).toEqual([
      ['notReceived', 'amazon'],
      ['returnRefund', 'amazon'],
    ]);
  });
});

describe('the products behind each category', () => {
  it('names a product behind two or more of a category’s orders, with its rate', () => {
    const p = plan([
      ['M-3-0', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-5-0', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-9-3', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-10-1', 'Negative feedback', '', 'Never arrived', '', ''],
    ]);
    const damaged = p.parts[0].sections.find((s) => s.category === 'damaged') as CategorySection;
    // SKU-A: 120 MFN orders, 3 defective (2.5 %); the channel: 4 of 300.
    expect(damaged.products).toEqual([
      {
        sku: 'SKU-A',
        asin: '',
        name: 'Product SKU-A',
        orders: 3,
        rate: 3 / 120,
        channelRate: 4 / 300,
      },
    ]);
    expect(damaged.rootCause.facts.map(en)).toContain(
      'Products behind these orders: SKU-A (Product SKU-A) in 3 of them (defect rate 2.50%; all MFN orders: 1.33%).',
    );
  });

  it('says when no product stands out', () => {
    const p = plan([
      ['M-3-0', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-5-1', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-9-2', 'Negative feedback', '', 'Arrived broken', '', ''],
      ['M-12-0', 'Negative feedback', '', 'Never arrived', '', ''],
    ]);
    const damaged = p.parts[0].sections.find((s) => s.category === 'damaged') as CategorySection;
    expect(damaged.products).toEqual([]);
    expect(damaged.rootCause.facts.map(en)).toContain(
      'No product stands out: these 3 orders involve 3 different products.',
    );
  });

  it('names no product when the orders have no SKU or ASIN column', () => {
    const table = orders({ MFN: 5, AFN: 5 }).map((r) => r.slice(0, 3));
    const data = readDataset(table, [DEFECTS_HEADER, ...MFN_MISSES]);
    const p = buildPlan(data, evaluateWindow(data, AS_OF), { orders: table });
    expect(p.parts[0].sections.every((s) => s.products.length === 0)).toBe(true);
    expect(p.parts[0].sections.flatMap((s) => s.rootCause.facts.map(en)).join()).not.toMatch(
      /product/i,
    );
  });
});

describe('what the sidebar shows for the appeal', () => {
  it('readiness: the gaps in the user’s language; ready only with a plan sheet and none left', () => {
    const p = plan(MFN_MISSES);
    const none = planReadiness(p, null, 'en');
    expect(none.ready).toBe(false);
    expect(none.gaps[0]).toBe('Write the plan of action, then fill in its shaded cells.');
    const written = planReadiness(p, 'Plan of Action 2024-03-01', 'zh');
    expect(written).toMatchObject({
      planSheet: 'Plan of Action 2024-03-01',
      ready: false,
      argued: ['MFN'],
      preparation: false,
    });
    expect(written.gaps).toHaveLength(p.gaps.length);
    expect(written.gaps[0]).toMatch(/^MFN · 未收到 \/ 延迟送达：/);
    expect(written.characters).toBe(p.letter.characters);
  });

  it('top products: those with a defect, most first, the main complaint in the user’s language', () => {
    const table = orders({ MFN: 5, AFN: 5 });
    const data = readDataset(table, [DEFECTS_HEADER, ...MFN_MISSES]);
    const result = evaluateWindow(data, AS_OF);
    const top = topProducts(table, data, result, 'MFN', 'zh');
    expect(top).toEqual({
      scope: 'MFN',
      available: true,
      averageRate: 3 / 300,
      products: [
        {
          sku: 'SKU-A',
          asin: '',
          name: 'Product SKU-A',
          orders: 120,
          defective: 2,
          rate: 2 / 120,
          share: 2 / 3,
          mainComplaint: '未收到 / 延迟送达',
        },
        {
          sku: 'SKU-B',
          asin: '',
          name: 'Product SKU-B',
          orders: 120,
          defective: 1,
          rate: 1 / 120,
          share: 1 / 3,
          mainComplaint: '未收到 / 延迟送达',
        },
      ],
    });
    const bare = table.map((r) => r.slice(0, 3));
    expect(topProducts(bare, readDataset(bare, null), result, 'MFN', 'en')).toMatchObject({
      available: false,
      products: [],
    });
  });

  it('removal summary: candidates with reason and deadline, and the rate if all were removed', () => {
    const table = orders({ MFN: 5, AFN: 5 });
    const data = readDataset(table, [
      DEFECTS_HEADER,
      ['M-3-0', 'Negative feedback', '', 'Cheap and flimsy, broke after a week', '', '2024-02-20'],
      ['M-4-0', 'Negative feedback', '', 'Seller never answered', '', '2024-02-20'],
      ['A-4-0', 'Negative feedback', '', 'Package arrived late', '', '2024-02-20'],
    ]);
    const result = evaluateWindow(data, AS_OF);
    const summary = removalSummary(result, AS_OF, 'en', 'plan');
    expect(
      summary.candidates.map((c) => [c.orderId, c.reason, c.reasonText, c.requestBy, c.passed]),
    ).toEqual([
      ['M-3-0', 'productReview', 'entirely a product review', '2024-05-20', false],
      [
        'A-4-0',
        'fbaDelivery',
        'about delivery or Amazon’s customer service on an FBA order',
        '2024-05-20',
        false,
      ],
    ]);
    expect(summary.ifRemoved.map((r) => r.sentence)).toEqual([
      'If Amazon removed this negative feedback, MFN Order Defect Rate would be 0.33% (now 0.67%). Amazon decides: not certain.',
      'If Amazon removed this negative feedback, AFN Order Defect Rate would be 0.00% (now 0.33%). Amazon decides: not certain.',
    ]);
  });
});

describe('the plan writer’s limits', () => {
  const marker = (n: number) => `…(${n} more)`;

  it('cuts a text to the cell limit with a marker saying how much is left out', () => {
    const text = 'x'.repeat(57_016);
    const cut = fitCellText(text, marker);
    expect(cut.length).toBe(CELL_CHARACTERS);
    expect(cut.endsWith(`…(${57_016 - (CELL_CHARACTERS - marker(7_027).length)} more)`)).toBe(true);
    expect(fitCellText('short', marker)).toBe('short');
    // A surrogate pair is never cut in half.
    const emoji = fitCellText('😀'.repeat(30), marker, 20);
    expect(emoji.length).toBeLessThanOrEqual(20);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('fits a grid: long cells cut and counted, in the user’s language', () => {
    const grid = planGrid(plan(MFN_MISSES), 'zh');
    grid.values[0][1] = '长'.repeat(60_000);
    const fitted = fitPlanGrid(grid, 'zh');
    expect(fitted.cut).toBe(1);
    expect(String(fitted.grid.values[0][1])).toHaveLength(CELL_CHARACTERS);
    expect(String(fitted.grid.values[0][1])).toMatch(/…（另有10,0\d\d个字符）$/);
    expect(fitted.grid.values[0][0]).toBe(grid.values[0][0]);
  });

  it('refuses a plan that would take the spreadsheet past 10 million cells', () => {
    expect(cellsProblem(9_000_000, 26_000)).toBeNull();
    expect(render('en', cellsProblem(9_990_000, 26_000) as Message)).toBe(
      'The plan needs 26,000 cells and the spreadsheet already holds 9,990,000; Google Sheets allows 10,000,000. Delete unused sheets, rows or columns (older plans too), then write the plan again.',
    );
  });
});

describe('products engine', () => {
  it('counts an order once per SKU even when its rows are not consecutive', () => {
    const table: Cell[][] = [
      ['order-id', 'purchase-date', 'sku'],
      ['A', '2024-01-10', 'X'],
      ['B', '2024-01-10', 'X'],
      ['A', '2024-01-10', 'X'],
      ['A', '2024-01-10', 'Y'],
    ];
    const data = readDataset(table, [
      ['Order ID', 'Type'],
      ['A', 'Chargeback'],
    ]);
    const result = evaluateWindow(data, data.orders.maxDay as number);
    const columns = productColumns(table);
    expect(columns).toEqual({ headerRow: 0, orderId: 0, sku: 2, asin: null, name: null });
    const b = productBreakdown(table, columns as NonNullable<typeof columns>, data, result, 'ALL');
    // One defective order each; Y's rate (1 of 1) is the higher, so Y comes first.
    expect(b.products.map((p) => [p.key, p.orders, p.defective])).toEqual([
      ['Y', 1, 1],
      ['X', 2, 1],
    ]);
    expect(productColumns([['order-id', 'purchase-date']])).toBeNull();
  });
});

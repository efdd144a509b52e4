import { latestPlanSheet, planGrid, readFilledPlan } from '../../src/core/plan/sheet';
import { buildPlan } from '../../src/core/plan';
import { readDataset } from '../../src/core/engine/dataset';
import { evaluateWindow } from '../../src/core/engine/odr';

function plan(bilingual: boolean, options = {}) {
  const orders = [
    ['order-id', 'purchase-date'],
    ['A', '2024-01-10'],
    ['B', '2024-01-11'],
    ['C', '2024-01-12'],
  ];
  const defects = [
    ['Order ID', 'Type', 'Comment', 'Reason'],
    ['A', 'A-to-z claim', '', 'Item not received'],
    ['B', 'Negative feedback', 'arrived broken', ''],
  ];
  const data = readDataset(orders, defects);
  return buildPlan(data, evaluateWindow(data, data.orders.maxDay as number), {
    bilingual,
    ...options,
  });
}

describe('readFilledPlan', () => {
  it.each([false, true])(
    'reads back findings and statuses it laid out (bilingual %p)',
    (bilingual) => {
      const filled = {
        findings: { notReceived: 'Untracked service used.', damaged: 'Thin boxes.' },
        statuses: { A: 'refunded' as const, B: 'replaced' as const },
      };
      const grid = planGrid(plan(bilingual, filled));
      expect(readFilledPlan(grid.values)).toEqual(filled);
    },
  );

  it('ignores empty cells and statuses that are not listed actions', () => {
    const grid = planGrid(plan(false, { statuses: { A: 'refunded' } }));
    const values = grid.values.map((r) => r.map((c) => (c === 'refunded' ? 'sent flowers' : c)));
    expect(readFilledPlan(values)).toEqual({ findings: {}, statuses: {} });
  });
});

describe('latestPlanSheet', () => {
  it('picks the newest date, then the highest number', () => {
    expect(
      latestPlanSheet([
        'Orders',
        'Plan of Action 2024-01-14',
        'Plan of Action 2024-01-15',
        'Plan of Action 2024-01-15 (3)',
        'Plan of Action 2024-01-15 (2)',
        'Plan of Action notes',
      ]),
    ).toBe('Plan of Action 2024-01-15 (3)');
    expect(latestPlanSheet(['Orders'])).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planGrid, planSheetName, statusChoices } from '../../src/core/plan/sheet';
import { latestPlanSheet, readFilledPlan } from '../../src/core/plan/read-filled';
import { buildPlan, type PlanOptions } from '../../src/core/plan';
import { readDataset } from '../../src/core/engine/dataset';
import { evaluateWindow } from '../../src/core/engine/odr';
import type { Locale } from '../../src/core/i18n';

function plan(options: PlanOptions = {}) {
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
  return buildPlan(data, evaluateWindow(data, data.orders.maxDay as number), options);
}

/** Plan sheets as sellers already have them, written by the version before issue 10. */
function legacySheet(name: 'english' | 'bilingual'): unknown[][] {
  const path = join(__dirname, '..', 'fixtures', 'plan', `legacy-${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown[][];
}

describe('readFilledPlan', () => {
  it.each<Locale>(['en', 'zh'])('reads back findings and statuses it laid out in %s', (locale) => {
    const filled = {
      findings: { notReceived: 'Untracked service used.', damaged: 'Thin boxes.' },
      statuses: { A: 'refunded' as const, B: 'feedback removal requested' as const },
    };
    const grid = planGrid(plan(filled), locale);
    expect(readFilledPlan(grid.values)).toEqual(filled);
  });

  it('reads what the seller picked from the Chinese drop-down', () => {
    const grid = planGrid(plan(), 'zh');
    const orderRow = grid.values.findIndex((r) => r[0] === 'B');
    grid.values[orderRow][7] = statusChoices('zh')[1];
    expect(statusChoices('zh')[1]).toBe('已换货');
    expect(readFilledPlan(grid.values).statuses).toEqual({ B: 'replaced' });
  });

  it.each(['english', 'bilingual'] as const)(
    'reads the plan sheets sellers already have (%s layout of earlier versions)',
    (layout) => {
      expect(readFilledPlan(legacySheet(layout))).toEqual({
        findings: {
          notReceived: 'Untracked service used.',
          damaged: 'Thin boxes.',
          chargeback: 'No signature.',
        },
        statuses: { '111-3-0': 'refunded', '111-5-0': 'replaced', '111-12-1': 'claim appealed' },
      });
    },
  );

  it('ignores empty cells and statuses that are not listed actions', () => {
    const grid = planGrid(plan({ statuses: { A: 'refunded' } }), 'en');
    const values = grid.values.map((r) => r.map((c) => (c === 'refunded' ? 'sent flowers' : c)));
    expect(readFilledPlan(values)).toEqual({ findings: {}, statuses: {} });
  });
});

describe('plan sheet names', () => {
  it('names the sheet in the seller’s language and never reuses a name', () => {
    const taken = new Set(['行动计划 2024-01-15', '行动计划 2024-01-15 (2)']);
    expect(planSheetName('2024-01-15', (n) => taken.has(n), 'zh')).toBe('行动计划 2024-01-15 (3)');
    expect(planSheetName('2024-01-15', (n) => taken.has(n), 'en')).toBe(
      'Plan of Action 2024-01-15',
    );
  });

  it('picks the newest date, then the highest number, whatever language it was written in', () => {
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
    expect(latestPlanSheet(['Plan of Action 2024-01-15', '行动计划 2024-01-16'])).toBe(
      '行动计划 2024-01-16',
    );
    expect(latestPlanSheet(['Orders', '行动计划 备注'])).toBeNull();
  });
});

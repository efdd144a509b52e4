import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planGrid, planSheetName, statusChoices } from '../../src/core/plan/sheet';
import { latestPlanSheet, readFilledPlan } from '../../src/core/plan/read-filled';
import { buildPlan, mergeList, type PlanOptions } from '../../src/core/plan';
import { readDataset } from '../../src/core/engine/dataset';
import { evaluateWindow } from '../../src/core/engine/odr';
import { render, type Locale, type Message } from '../../src/core/i18n';

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

const NO_NOTE = '';

/** A grid as the seller edits it: rows of cells, changed in place. */
type Rows = (string | number)[][];
const rowOf = (values: Rows, first: string) => values.findIndex((r) => r[0] === first);

describe('readFilledPlan', () => {
  it.each<Locale>(['en', 'zh'])('reads back findings and actions it laid out in %s', (locale) => {
    const filled = {
      findings: { 'ALL:notReceived': 'Untracked service used.', 'ALL:damaged': 'Thin boxes.' },
      actions: { A: 'refunded', B: 'feedback removal requested' },
    };
    const grid = planGrid(plan({ filled }), locale);
    const read = readFilledPlan(grid.values, grid.record);
    expect(read.findings).toEqual(filled.findings);
    expect(read.actions).toEqual(filled.actions);
    // Every list is read back as the guide keys it showed, and the record says the same.
    expect(Object.keys(read.lists).sort()).toEqual(Object.keys(read.shown).sort());
    for (const [key, items] of Object.entries(read.lists))
      expect(items.map((i) => ('key' in i ? i.key : i.text))).toEqual(read.shown[key]);
  });

  it('reads what the seller picked from the Chinese drop-down', () => {
    const grid = planGrid(plan(), 'zh');
    const orderRow = grid.values.findIndex((r) => r[0] === 'B');
    grid.values[orderRow][7] = statusChoices('zh')[1];
    expect(statusChoices('zh')[1]).toBe('已换货');
    expect(readFilledPlan(grid.values, grid.record).actions).toEqual({ B: 'replaced' });
  });

  it('keeps an action typed in the seller’s own words, whatever it says', () => {
    const grid = planGrid(plan(), 'en');
    const values = grid.values as Rows;
    values[rowOf(values, 'A')][7] = 'Refunded and re-shipped with tracking 94001118992233';
    values[rowOf(values, 'B')][7] = '=1+1 (typed)';
    expect(readFilledPlan(values, grid.record).actions).toEqual({
      A: 'Refunded and re-shipped with tracking 94001118992233',
      B: '=1+1 (typed)',
    });
    // …and the next plan carries it into the sheet and the letter.
    const next = plan({ filled: readFilledPlan(values, grid.record) });
    const again = planGrid(next, 'en').values;
    expect(again[rowOf(again as Rows, 'A')][7]).toBe(
      'Refunded and re-shipped with tracking 94001118992233',
    );
    expect(next.letter.text).toContain(
      '- Order A: Refunded and re-shipped with tracking 94001118992233',
    );
  });

  it('keeps the appeal steps’ notes typed in the sheet', () => {
    const grid = planGrid(plan(), 'en');
    const values = grid.values as Rows;
    const step = values.findIndex((r) => String(r[0]).startsWith('3. Write a plan'));
    values[step][5] = 'Draft shared with my partner';
    const read = readFilledPlan(values, grid.record);
    expect(read.notes).toEqual({ 3: 'Draft shared with my partner' });
    const next = plan({ filled: read });
    expect(next.steps[2].note).toBe('Draft shared with my partner');
  });

  it.each(['english', 'bilingual'] as const)(
    'reads the plan sheets sellers already have (%s layout of earlier versions)',
    (layout) => {
      const read = readFilledPlan(legacySheet(layout), NO_NOTE);
      expect(read.findings).toEqual({
        notReceived: 'Untracked service used.',
        damaged: 'Thin boxes.',
        chargeback: 'No signature.',
      });
      expect(read.actions).toEqual({
        '111-3-0': 'refunded',
        '111-5-0': 'replaced',
        '111-12-1': 'claim appealed',
      });
      // The lists as they were, by guide key; no record, so nothing is taken as deleted.
      expect(read.lists['damaged:preventive']).toEqual([
        { key: 'guide.damaged.preventive.qualityCheck' },
        { key: 'guide.damaged.preventive.packagingStandard' },
        { key: 'guide.damaged.preventive.supplierAudit' },
      ]);
      expect(read.shown).toEqual({});
    },
  );
});

describe('what the seller did to the suggestions is kept', () => {
  function edited() {
    const first = planGrid(plan(), 'en');
    const values = first.values.map((r) => r.slice()) as Rows;
    // Deletes the supplier audit, rewrites the packaging standard, adds a measure of their own.
    const audit = values.findIndex((r) => String(r[0]).startsWith('• Supplier audit'));
    values.splice(audit, 1);
    const packaging = values.findIndex((r) => String(r[0]).startsWith('• Packaging standard'));
    values[packaging][0] = '• Vases ship double-boxed with 5 cm of padding.';
    values.splice(packaging + 1, 0, [
      'Weekly drop test of one vase from stock.',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    // Clears one evidence line (its row stays, empty).
    const photos = values.findIndex((r) => r[0] === '• Photos of the packaging standard');
    values[photos][0] = '';
    return readFilledPlan(values, first.record);
  }

  it('reads deletions, rewritten and added lines', () => {
    const read = edited();
    expect(read.lists['ALL:damaged:preventive']).toEqual([
      { key: 'guide.damaged.preventive.qualityCheck' },
      { text: 'Vases ship double-boxed with 5 cm of padding.' },
      { text: 'Weekly drop test of one vase from stock.' },
    ]);
    expect(read.lists['ALL:damaged:evidence']).toEqual([
      { key: 'guide.damaged.evidence.checklist' },
      { key: 'guide.damaged.evidence.supplierReports' },
      { key: 'guide.damaged.evidence.refundRecords' },
    ]);
  });

  it('the next plan and its letter keep them: a deleted suggestion stays deleted', () => {
    const next = plan({ filled: edited() });
    const damaged = next.parts[0].sections.find((s) => s.category === 'damaged');
    const text = (items: readonly { text: unknown }[]) =>
      items.map((i) => (typeof i.text === 'string' ? i.text : render('en', i.text as Message)));
    expect(text(damaged?.preventive ?? [])).toEqual([
      'Pre-shipment quality check on every unit against a written checklist (function test and visual check).',
      'Vases ship double-boxed with 5 cm of padding.',
      'Weekly drop test of one vase from stock.',
    ]);
    expect(damaged?.preventive.map((m) => m.source)).toEqual(['guide', 'seller', 'seller']);
    expect(next.letter.text).toContain('- Vases ship double-boxed with 5 cm of padding.');
    expect(next.letter.text).not.toContain('Supplier audit');
    expect(next.letter.text).not.toContain('Photos of the packaging standard');
    // The rewritten measure has no [brackets] left: that gap is gone.
    expect(next.gaps.map((g) => g.kind)).not.toContain('placeholder');
  });

  it('a suggestion the list never showed is added when the data comes to call for it', () => {
    const read = edited();
    // The last plan's record showed no address check (no buyer mentioned an address then).
    expect(read.shown['ALL:damaged:preventive']).not.toContain(
      'guide.notReceived.preventive.addressCheck',
    );
    const items = mergeList(read, 'ALL', 'damaged', 'preventive', [
      'guide.damaged.preventive.qualityCheck',
      'guide.damaged.preventive.supplierAudit',
      'guide.notAsDescribed.preventive.sizeCharts',
    ]);
    expect(items.map((i) => i.key)).toEqual([
      'guide.damaged.preventive.qualityCheck',
      null,
      null,
      'guide.notAsDescribed.preventive.sizeCharts',
    ]);
  });

  it('without the plan’s record, nothing is added to a list the seller already had', () => {
    const read = { ...edited(), shown: {} };
    const items = mergeList(read, 'ALL', 'damaged', 'preventive', [
      'guide.damaged.preventive.supplierAudit',
    ]);
    expect(items.map((i) => i.key)).toEqual(['guide.damaged.preventive.qualityCheck', null, null]);
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

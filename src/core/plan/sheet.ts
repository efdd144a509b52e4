/**
 * The plan of action laid out as a sheet: a grid of literal cells plus which rows are headings
 * and which cells the seller fills. Pure; the add-on writes it in a constant number of batched
 * calls. Eight columns, the per-order table's width; long text sits in column A and wraps.
 */
import type { OrderStatus, PlanOfAction } from './types';
import { ORDER_STATUSES } from './types';
import { formatPercent } from './build';
import { planText } from './strings';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../categorise';
import { DEFECT_LABELS } from '../engine/rules';

export const PLAN_COLUMNS = 8;

export type PlanCell = string | number;

export type RowStyle = 'title' | 'heading' | 'subheading' | 'tableHeader' | 'guidance' | 'body';

export interface PlanGrid {
  values: PlanCell[][];
  styles: RowStyle[];
  /** 1-based [row, column] cells the seller fills in (shaded). */
  inputCells: [number, number][];
  /** 1-based row ranges [first, last] of the per-order status column (column 8), for drop-downs. */
  statusRanges: [number, number][];
  /** Rows whose column B..H hold rates to show as %. */
  percentCells: [number, number][];
}

export const PLAN_COLUMN_WIDTHS = [260, 100, 80, 150, 170, 320, 200, 170];

class GridBuilder {
  readonly values: PlanCell[][] = [];
  readonly styles: RowStyle[] = [];
  readonly inputCells: [number, number][] = [];
  readonly statusRanges: [number, number][] = [];
  readonly percentCells: [number, number][] = [];

  row(style: RowStyle, ...cells: PlanCell[]): number {
    const padded = cells.slice(0, PLAN_COLUMNS);
    while (padded.length < PLAN_COLUMNS) padded.push('');
    this.values.push(padded);
    this.styles.push(style);
    return this.values.length;
  }

  blank(): void {
    this.row('body');
  }

  lines(style: RowStyle, texts: readonly string[], bullet = '• '): void {
    for (const text of texts) this.row(style, `${bullet}${text}`);
  }
}

/** Lays the plan out: summary, one block per category, the appeal steps, the letter. */
export function planGrid(plan: PlanOfAction): PlanGrid {
  const b = plan.bilingual;
  const g = new GridBuilder();
  g.row('title', plan.title);
  g.lines('guidance', plan.notes, '');
  for (const w of plan.warnings) g.row('guidance', `⚠ ${w}`);
  g.blank();

  const s = plan.summary;
  g.row('heading', `1. ${s.heading}`);
  g.row('body', planText('window', b), `${s.windowStart} – ${s.windowEnd}`);
  g.row(
    'tableHeader',
    planText('channel', b),
    planText('orders', b),
    planText('ordersWithDefects', b),
    planText('odr', b),
    DEFECT_LABELS.negativeFeedback,
    DEFECT_LABELS.atoz,
    DEFECT_LABELS.chargeback,
    planText('backUnderTarget', b),
  );
  for (const c of s.channels) {
    const r = g.row(
      'body',
      `${c.scope} — ${planText(c.underTarget ? 'underTarget' : 'overTarget', b)}`,
      c.orders,
      c.defective,
      c.rate ?? '',
      c.negativeFeedback,
      c.atoz,
      c.chargeback,
      c.underTarget ? '' : (c.backUnderTargetOn ?? planText('notWithinWindow', b)),
    );
    if (c.rate !== null) g.percentCells.push([r, 4]);
  }
  g.row(
    'body',
    planText('defectCounts', b),
    `${DEFECT_LABELS.negativeFeedback}: ${s.defectCounts.negativeFeedback}`,
    '',
    '',
    `${DEFECT_LABELS.atoz}: ${s.defectCounts.atoz}`,
    `${DEFECT_LABELS.chargeback}: ${s.defectCounts.chargeback}`,
  );
  if (s.missedTargets.length > 0) {
    g.row('subheading', planText('missedTargets', b));
    g.lines('body', s.missedTargets);
  }
  g.blank();

  g.row('heading', `2. ${plan.categoriesHeading}`);
  plan.sections.forEach((section, i) => {
    g.row(
      'subheading',
      `2.${i + 1} ${section.heading} — ${section.orders} (${formatPercent(section.share)})`,
    );
    g.row('subheading', section.rootCause.heading);
    g.row('guidance', section.rootCause.prompt);
    g.lines('body', section.rootCause.facts);
    const finding = g.row('body', planText('sellerFinding', b), section.rootCause.sellerFinding);
    g.inputCells.push([finding, 2]);
    g.row('subheading', section.corrective.heading);
    g.row('guidance', section.corrective.guidance);
    g.lines('body', section.corrective.suggestions);
    g.row(
      'tableHeader',
      planText('orderId', b),
      planText('orderDate', b),
      planText('channel', b),
      planText('defectTypes', b),
      planText('category', b),
      planText('comment', b),
      planText('reason', b),
      planText('actionStatus', b),
    );
    const first = g.values.length + 1;
    for (const o of section.corrective.rows) {
      const r = g.row(
        'body',
        o.orderId,
        o.orderDate,
        o.channel,
        o.defectTypes,
        o.category,
        o.comment,
        o.reason,
        o.status,
      );
      g.inputCells.push([r, 8]);
    }
    if (section.corrective.rows.length > 0) g.statusRanges.push([first, g.values.length]);
    g.row('subheading', section.preventive.heading);
    g.row('guidance', section.preventive.guidance);
    for (const m of section.preventive.measures)
      g.row('body', `• ${m.text}`, '', '', '', '', m.basis);
    g.row('subheading', section.evidence.heading);
    g.row('guidance', section.evidence.guidance);
    g.lines('body', section.evidence.items);
    g.blank();
  });

  g.row('heading', `3. ${plan.steps.heading}`);
  g.row('tableHeader', '#', planText('done', b), '', '', '', planText('note', b));
  for (const step of plan.steps.items) {
    g.row('body', `${step.step}. ${step.text}`, step.done ? '✓' : '☐', '', '', '', step.note);
  }
  g.blank();

  g.row('heading', `4. ${plan.letter.heading}`);
  g.row('guidance', plan.letter.guidance);
  g.row('body', planText('characters', b), plan.letter.characters);
  if (plan.letter.flags.length > 0) {
    g.row('subheading', planText('flags', b));
    for (const f of plan.letter.flags)
      g.row('body', `⚠ "${f.phrase}"`, '', '', '', '', f.reason, f.text);
  }
  g.blank();
  for (const line of plan.letter.text.split('\n')) g.row('body', line);
  return {
    values: g.values,
    styles: g.styles,
    inputCells: g.inputCells,
    statusRanges: g.statusRanges,
    percentCells: g.percentCells,
  };
}

/** The drop-down values of the per-order status column. */
export const STATUS_CHOICES: readonly string[] = ORDER_STATUSES;

/** "Plan of Action 2024-01-14", then "(2)", "(3)"… so no sheet is ever overwritten. */
export function planSheetName(date: string, exists: (name: string) => boolean): string {
  const base = `Plan of Action ${date}`;
  if (!exists(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!exists(name)) return name;
  }
}

/** What the seller filled in a plan sheet, to carry into the next plan. */
export interface FilledPlan {
  findings: Partial<Record<CategoryId, string>>;
  statuses: Record<string, OrderStatus>;
}

/**
 * Reads the seller's own findings and per-order actions back from a plan sheet this module laid
 * out, so writing the plan again (after new data, or to refresh the letter) keeps them. Only
 * the shaded input cells are read: a finding row's column B under its category heading, and the
 * status column of the per-order tables when it holds one of the listed actions.
 */
export function readFilledPlan(values: readonly (readonly unknown[])[]): FilledPlan {
  const findings: Partial<Record<CategoryId, string>> = {};
  const statuses: Record<string, OrderStatus> = {};
  const findingLabels = new Set([
    planText('sellerFinding', false),
    planText('sellerFinding', true),
  ]);
  const statusOf = new Map<string, OrderStatus>(ORDER_STATUSES.map((s) => [s.toLowerCase(), s]));
  let category: CategoryId | null = null;
  let inOrderTable = false;
  for (const row of values) {
    const first = String(row[0] ?? '');
    const heading = /^2\.\d+ (.*) — /.exec(first);
    if (heading) {
      category = CATEGORY_IDS.find((id) => heading[1].startsWith(CATEGORY_LABELS[id].en)) ?? null;
      inOrderTable = false;
      continue;
    }
    if (/^\d+\. /.test(first) && !first.startsWith('2.')) category = null;
    if (category && findingLabels.has(first)) {
      const finding = String(row[1] ?? '').trim();
      if (finding) findings[category] = finding;
      continue;
    }
    if (first === planText('orderId', false) || first === planText('orderId', true)) {
      inOrderTable = true;
      continue;
    }
    if (inOrderTable) {
      const status = statusOf.get(
        String(row[PLAN_COLUMNS - 1] ?? '')
          .trim()
          .toLowerCase(),
      );
      if (first === '' || row.slice(1).every((c) => c === '')) inOrderTable = false;
      else if (status) statuses[first] = status;
    }
  }
  return { findings, statuses };
}

/** The newest plan sheet among `names` ("Plan of Action 2024-01-14 (2)" beats "… (1)"). */
export function latestPlanSheet(names: readonly string[]): string | null {
  const plans = names
    .map((name) => ({ name, m: /^Plan of Action (\d{4}-\d{2}-\d{2})(?: \((\d+)\))?$/.exec(name) }))
    .filter((p): p is { name: string; m: RegExpExecArray } => p.m !== null)
    .sort((a, b) =>
      a.m[1] === b.m[1] ? Number(a.m[2] ?? 1) - Number(b.m[2] ?? 1) : a.m[1] < b.m[1] ? -1 : 1,
    );
  return plans.length > 0 ? plans[plans.length - 1].name : null;
}

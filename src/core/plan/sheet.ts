/**
 * The plan of action laid out as a sheet: a grid of literal cells plus which rows are headings
 * and which cells the seller fills. Pure; the add-on writes it in a constant number of batched
 * calls. Eight columns, the per-order table's width; long text sits in column A and wraps.
 * Every text is rendered here, in the seller's locale, except the data (order ids and dates,
 * buyers' words) and the draft letter, which stays English.
 */
import { ORDER_STATUSES, ORDER_STATUS_KEYS } from './types';
import type { PlanOfAction } from './types';
import { dayRange, defectTypeLabel } from './phrases';
import { categoryLabel } from '../categorise';
import { DEFECT_TYPES } from '../engine/types';
import {
  formatDay,
  msg,
  render,
  t,
  type Locale,
  type Message,
  type MessageKey,
  type MessageParams,
} from '../i18n';

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
  /** 1-based rows [first, last] of the draft letter's text (English whatever the locale). */
  letterRows: [number, number];
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

/** Renders messages and catalog keys in one locale. */
function renderer(locale: Locale) {
  return {
    r: (m: Message): string => render(locale, m),
    k: (key: MessageKey, params?: MessageParams): string => t(locale, key, params),
  };
}

function summaryRows(g: GridBuilder, plan: PlanOfAction, locale: Locale): void {
  const { r, k } = renderer(locale);
  const s = plan.summary;
  g.row('heading', `1. ${k('plan.summary')}`);
  g.row('body', k('plan.window'), r(dayRange(s.windowStart, s.windowEnd)));
  g.row(
    'tableHeader',
    k('plan.channel'),
    k('plan.orders'),
    k('plan.ordersWithDefects'),
    k('plan.odr'),
    ...DEFECT_TYPES.map((type) => r(defectTypeLabel(type))),
    k('plan.backUnderTarget'),
  );
  for (const c of s.channels) {
    const under = c.status === 'OK';
    const status = msg(under ? 'plan.underTarget' : 'plan.overTarget');
    const back = c.backUnderTargetOn ? formatDay(c.backUnderTargetOn, locale) : '';
    const row = g.row(
      'body',
      k('plan.channelStatus', { channel: c.scope, status }),
      c.orders,
      c.defective,
      c.rate ?? '',
      c.negativeFeedback,
      c.atoz,
      c.chargeback,
      under ? '' : back || k('plan.notWithinWindow'),
    );
    if (c.rate !== null) g.percentCells.push([row, 4]);
  }
  const count = (type: (typeof DEFECT_TYPES)[number]) =>
    k('plan.countOf', { label: defectTypeLabel(type), n: s.defectCounts[type] });
  g.row(
    'body',
    k('plan.defectCounts'),
    count('negativeFeedback'),
    '',
    '',
    count('atoz'),
    count('chargeback'),
  );
  if (s.missedTargets.length > 0) {
    g.row('subheading', k('plan.missedTargets'));
    g.lines('body', s.missedTargets.map(r));
  }
}

function sectionRows(g: GridBuilder, plan: PlanOfAction, locale: Locale): void {
  const { r, k } = renderer(locale);
  g.row('heading', `2. ${k('plan.categories')}`);
  plan.sections.forEach((section, i) => {
    const heading = k('plan.sectionHeading', {
      label: categoryLabel(section.category),
      orders: section.orders,
      share: { percent: section.share },
    });
    g.row('subheading', `2.${i + 1} ${heading}`);
    g.row('subheading', k('plan.rootCause'));
    g.row('guidance', r(section.rootCause.prompt));
    g.lines('body', section.rootCause.facts.map(r));
    const finding = g.row('body', k('plan.sellerFinding'), section.rootCause.sellerFinding);
    g.inputCells.push([finding, 2]);

    g.row('subheading', k('plan.correctiveActions'));
    g.row('guidance', k('plan.guide.corrective', { column: msg('plan.column.actionStatus') }));
    g.lines('body', section.corrective.suggestions.map(r));
    g.row(
      'tableHeader',
      k('plan.column.orderId'),
      k('plan.column.orderDate'),
      k('plan.channel'),
      k('plan.column.defectTypes'),
      k('plan.column.category'),
      k('plan.column.comment'),
      k('plan.column.reason'),
      k('plan.column.actionStatus'),
    );
    const first = g.values.length + 1;
    for (const o of section.corrective.rows) {
      const row = g.row(
        'body',
        o.orderId,
        o.orderDate,
        o.channel,
        o.defectTypes.map((type) => r(defectTypeLabel(type))).join(k('common.listSeparator')),
        r(categoryLabel(o.category)),
        o.comment,
        o.reason,
        o.status ? k(ORDER_STATUS_KEYS[o.status]) : '',
      );
      g.inputCells.push([row, 8]);
    }
    if (section.corrective.rows.length > 0) g.statusRanges.push([first, g.values.length]);

    g.row('subheading', k('plan.preventiveMeasures'));
    g.row(
      'guidance',
      k(
        section.category === 'uncategorised' ? 'plan.guide.uncategorised' : 'plan.guide.preventive',
      ),
    );
    for (const m of section.preventive) g.row('body', `• ${r(m.text)}`, '', '', '', '', r(m.basis));
    g.row('subheading', k('plan.evidence'));
    g.row('guidance', k('plan.guide.evidence'));
    g.lines('body', section.evidence.map(r));
    g.blank();
  });
}

/** Lays the plan out in `locale`: summary, one block per category, the appeal steps, the letter. */
export function planGrid(plan: PlanOfAction, locale: Locale): PlanGrid {
  const { r, k } = renderer(locale);
  const g = new GridBuilder();
  const s = plan.summary;
  g.row('title', k('plan.title', { range: dayRange(s.windowStart, s.windowEnd) }));
  g.row('guidance', k('plan.note.style'));
  if (plan.sections.length === 0) g.row('guidance', k('plan.note.noDefects'));
  for (const w of plan.warnings) g.row('guidance', `⚠ ${r(w)}`);
  g.blank();

  summaryRows(g, plan, locale);
  g.blank();
  sectionRows(g, plan, locale);

  g.row('heading', `3. ${k('plan.appealSteps')}`);
  g.row('tableHeader', '#', k('plan.done'), '', '', '', k('plan.note'));
  for (const step of plan.steps) {
    g.row('body', `${step.step}. ${r(step.title)}`, step.done ? '✓' : '☐', '', '', '', step.note);
  }
  g.blank();

  g.row('heading', `4. ${k('plan.letter')}`);
  g.row('guidance', k('plan.guide.letter'));
  g.row('body', k('plan.characters'), plan.letter.characters);
  if (plan.letter.flags.length > 0) {
    g.row('subheading', k('plan.flags'));
    for (const f of plan.letter.flags)
      g.row('body', `⚠ "${f.phrase}"`, '', '', '', '', r(f.reason), f.text);
  }
  g.blank();
  const letterFirst = g.values.length + 1;
  for (const line of plan.letter.text.split('\n')) g.row('body', line);
  return {
    values: g.values,
    styles: g.styles,
    inputCells: g.inputCells,
    statusRanges: g.statusRanges,
    percentCells: g.percentCells,
    letterRows: [letterFirst, g.values.length],
  };
}

/** The drop-down values of the per-order status column, in the seller's language. */
export function statusChoices(locale: Locale): string[] {
  return ORDER_STATUSES.map((status) => t(locale, ORDER_STATUS_KEYS[status]));
}

/** "Plan of Action 2024-01-14", then "(2)", "(3)"… so no sheet is ever overwritten. */
export function planSheetName(
  date: string,
  exists: (name: string) => boolean,
  locale: Locale = 'en',
): string {
  const base = `${t(locale, 'plan.sheetName')} ${date}`;
  if (!exists(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!exists(name)) return name;
  }
}

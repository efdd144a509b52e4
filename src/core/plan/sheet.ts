/**
 * The plan of action laid out as a sheet: a grid of literal cells plus which rows are headings
 * and which cells the seller fills. Pure; the add-on writes it in a constant number of batched
 * calls. Eight columns, the per-order table's width; long text sits in column A and wraps.
 * Every text is rendered here, in the seller's locale, except the data (order ids and dates,
 * buyers' words, what the seller typed) and the draft letter, which is English — with, for a
 * seller who reads another language, the same letter rendered in it beside each line.
 *
 * Layout: the summary; one part per channel the plan argues (its categories: root cause,
 * corrective actions with the per-order table and the feedback Amazon may remove, preventive
 * measures, evidence); the other channel's defects apart; the appeal steps; the letter with
 * what is left to fill in. The title cell's note records which suggestions each list showed,
 * so a suggestion the seller deletes stays deleted (items.ts).
 */
import { ORDER_STATUSES, ORDER_STATUS_KEYS, preparedInAdvance } from './types';
import type {
  CategorySection,
  ChannelPart,
  OrderRow,
  OtherChannelPart,
  PlanItem,
  PlanOfAction,
} from './types';
import { dayRange, defectTypeLabel } from './phrases';
import { renderLetter } from './letter';
import { categoryLabel } from '../categorise';
import { DEFECT_TYPES } from '../engine/types';
import { freeName } from '../engine/free-name';
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
  /**
   * The column (1-based) of the letter rendered in the seller's language beside the English,
   * or null for an English seller.
   */
  translationColumn: number | null;
  /** The note of the title cell: which suggestions each list showed (PlanRecord, as text). */
  record: string;
}

/** The plan's record of what each list has shown the seller, kept in the title cell's note. */
export interface PlanRecord {
  v: 1;
  shown: Record<string, string[]>;
}

/** The letter's rendering for understanding sits in column F, the widest. */
export const TRANSLATION_COLUMN = 6;

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

/** The bullet of list items; read back without it (read-filled.ts). */
export const BULLET = '• ';
/** Marks the lines about feedback Amazon may remove, which are not list items. */
export const REMOVAL_MARK = '⚑ ';

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

function itemText(item: PlanItem, r: (m: Message) => string): string {
  return typeof item.text === 'string' ? item.text : r(item.text);
}

function orderTable(g: GridBuilder, rows: readonly OrderRow[], locale: Locale): void {
  const { r, k } = renderer(locale);
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
  for (const o of rows) {
    const row = g.row(
      'body',
      o.orderId,
      o.orderDate,
      o.channel,
      o.defectTypes.map((type) => r(defectTypeLabel(type))).join(k('common.listSeparator')),
      r(categoryLabel(o.category)),
      o.comment,
      o.reason,
      o.status ? k(ORDER_STATUS_KEYS[o.status]) : o.actionText,
    );
    g.inputCells.push([row, 8]);
  }
  if (rows.length > 0) g.statusRanges.push([first, g.values.length]);
}

/** The feedback Amazon may remove among these orders: reason and last day to ask. */
function removalRows(g: GridBuilder, rows: readonly OrderRow[], locale: Locale): void {
  const { k } = renderer(locale);
  const candidates = rows.filter((o) => o.removal !== null);
  if (candidates.length === 0) return;
  g.row('guidance', k('plan.removal.guide'));
  for (const o of candidates) {
    const removal = o.removal as NonNullable<OrderRow['removal']>;
    const reason = msg(`plan.removal.reason.${removal.reason}` as const);
    const line =
      removal.requestBy === null
        ? k('plan.removal.lineNoDate', { orderId: o.orderId, reason })
        : k(removal.passed ? 'plan.removal.linePassed' : 'plan.removal.line', {
            orderId: o.orderId,
            reason,
            date: { day: removal.requestBy },
          });
    g.row('body', `${REMOVAL_MARK}${line}`);
  }
}

function sectionRows(
  g: GridBuilder,
  section: CategorySection,
  number: string,
  locale: Locale,
): void {
  const { r, k } = renderer(locale);
  const heading = k('plan.sectionHeading', {
    label: categoryLabel(section.category),
    orders: section.orders,
    share: { percent: section.share },
  });
  g.row('subheading', `${number} ${heading}`);
  g.row('subheading', k('plan.rootCause'));
  g.row('guidance', r(section.rootCause.prompt));
  g.lines('body', section.rootCause.facts.map(r));
  const finding = g.row('body', k('plan.sellerFinding'), section.rootCause.sellerFinding);
  g.inputCells.push([finding, 2]);

  g.row('subheading', k('plan.correctiveActions'));
  g.row('guidance', k('plan.guide.corrective', { column: msg('plan.column.actionStatus') }));
  g.lines(
    'body',
    section.corrective.suggestions.map((item) => itemText(item, r)),
    BULLET,
  );
  orderTable(g, section.corrective.rows, locale);
  removalRows(g, section.corrective.rows, locale);

  g.row('subheading', k('plan.preventiveMeasures'));
  g.row(
    'guidance',
    k(section.category === 'uncategorised' ? 'plan.guide.uncategorised' : 'plan.guide.preventive'),
  );
  for (const m of section.preventive)
    g.row('body', `${BULLET}${itemText(m, r)}`, '', '', '', '', r(m.basis));
  g.row('subheading', k('plan.evidence'));
  g.row('guidance', k('plan.guide.evidence'));
  g.lines(
    'body',
    section.evidence.map((item) => itemText(item, r)),
    BULLET,
  );
  g.blank();
}

function partRows(g: GridBuilder, part: ChannelPart, number: number, locale: Locale): void {
  const { k } = renderer(locale);
  g.row(
    'heading',
    `${number}. ${k(part.role === 'missed' ? 'plan.part.missed' : 'plan.part.preparation', { channel: part.scope })}`,
  );
  if (part.ifRemoved) {
    g.row(
      'guidance',
      `${REMOVAL_MARK}${k(
        part.ifRemoved.candidates === 1
          ? 'plan.removal.ifRemoved.one'
          : 'plan.removal.ifRemoved.other',
        {
          n: part.ifRemoved.candidates,
          channel: part.scope,
          rate: { percent: part.ifRemoved.rate },
          now: { percent: part.summary.rate },
        },
      )}`,
    );
  }
  if (part.sections.length === 0) g.row('guidance', k('plan.note.noDefects'));
  part.sections.forEach((section, i) => sectionRows(g, section, `${number}.${i + 1}`, locale));
}

function otherRows(g: GridBuilder, other: OtherChannelPart, number: number, locale: Locale): void {
  const { r, k } = renderer(locale);
  g.row('heading', `${number}. ${k('plan.part.other', { channel: other.scope })}`);
  g.row('guidance', k(other.scope === 'AFN' ? 'plan.other.fba' : 'plan.other.mfn'));
  other.groups.forEach((group, i) => {
    const label = categoryLabel(group.category);
    const heading = group.responsibility
      ? k('plan.otherHeading', {
          label,
          orders: group.rows.length,
          who: msg(`plan.responsibility.${group.responsibility}` as const),
        })
      : k('plan.sectionHeading', {
          label,
          orders: group.rows.length,
          share: {
            percent: other.summary.defective > 0 ? group.rows.length / other.summary.defective : 0,
          },
        });
    g.row('subheading', `${number}.${i + 1} ${heading}`);
    if (group.guidance) g.row('guidance', r(group.guidance));
    orderTable(g, group.rows, locale);
    removalRows(g, group.rows, locale);
    g.blank();
  });
}

/** Lays the plan out in `locale`: summary, the argued channels, the other, the steps, the letter. */
export function planGrid(plan: PlanOfAction, locale: Locale): PlanGrid {
  const { r, k } = renderer(locale);
  const g = new GridBuilder();
  const s = plan.summary;
  g.row('title', k('plan.title', { range: dayRange(s.windowStart, s.windowEnd) }));
  g.row('guidance', k('plan.note.style'));
  g.row('guidance', r(plan.focus));
  for (const w of plan.warnings) g.row('guidance', `⚠ ${r(w)}`);
  g.blank();

  summaryRows(g, plan, locale);
  g.blank();
  let number = 2;
  for (const part of plan.parts) partRows(g, part, number++, locale);
  if (plan.other) otherRows(g, plan.other, number++, locale);

  g.row('heading', `${number++}. ${k('plan.appealSteps')}`);
  g.row('tableHeader', '#', k('plan.done'), '', '', '', k('plan.note'));
  for (const step of plan.steps) {
    const row = g.row(
      'body',
      `${step.step}. ${r(step.title)}`,
      step.done ? '✓' : '☐',
      '',
      '',
      '',
      step.note,
    );
    g.inputCells.push([row, 6]);
  }
  g.blank();

  g.row('heading', `${number}. ${k('plan.letter')}`);
  g.row('guidance', k('plan.guide.letter'));
  if (plan.gaps.length > 0) {
    g.row(
      'subheading',
      k(plan.gaps.length === 1 ? 'plan.gaps.title.one' : 'plan.gaps.title.other', {
        n: plan.gaps.length,
      }),
    );
    plan.gaps.forEach((gap, i) => g.row('body', `${i + 1}. ${r(gap.text)}`));
  } else {
    g.row('subheading', k(preparedInAdvance(plan) ? 'plan.ready.preparation' : 'plan.ready'));
  }
  g.row('body', k('plan.characters'), plan.letter.characters);
  if (plan.letter.flags.length > 0) {
    g.row('subheading', k('plan.flags'));
    for (const f of plan.letter.flags)
      g.row('body', `⚠ "${f.phrase}"`, '', '', '', '', r(f.reason), f.text);
  }
  g.blank();
  // The same parts rendered twice, line by line: each English line has its rendering beside it.
  const translated = locale === 'en' ? null : renderLetter(plan.letter.lines, locale);
  if (translated)
    g.row('tableHeader', k('plan.letter.english'), '', '', '', '', k('plan.letter.translation'));
  const english = renderLetter(plan.letter.lines, 'en');
  const letterFirst = g.values.length + 1;
  english.forEach((line, i) => {
    const en = line.split('\n');
    const other = translated ? translated[i].split('\n') : [];
    for (let j = 0; j < Math.max(en.length, other.length); j++) {
      if (translated) g.row('body', en[j] ?? '', '', '', '', '', other[j] ?? '');
      else g.row('body', en[j] ?? '');
    }
  });
  return {
    values: g.values,
    styles: g.styles,
    inputCells: g.inputCells,
    statusRanges: g.statusRanges,
    percentCells: g.percentCells,
    letterRows: [letterFirst, g.values.length],
    translationColumn: translated ? TRANSLATION_COLUMN : null,
    record: `${k('plan.record')}\n${JSON.stringify({ v: 1, shown: plan.seen } satisfies PlanRecord)}`,
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
  return freeName(`${t(locale, 'plan.sheetName')} ${date}`, exists);
}

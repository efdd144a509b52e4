/**
 * The custom functions' logic: argument reading, the ODR maths, and the 2-D answers Sheets
 * spills. Pure: the add-on layer supplies the spreadsheet's time zone.
 */
import type { Cell, ChannelScope, Day, Table, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import { InputError, shortenQuoted } from '../engine/errors';
import { dayToDate, dayToIso, readDay } from '../engine/dates';
import { readDataset } from '../engine/dataset';
import type { Dataset } from '../engine/dataset-types';
import { findingText, type Finding } from '../engine/findings';
import { duplicateRows as findDuplicateRows, type RowClasses } from '../engine/duplicates';
import { OrderIdIndex } from '../engine/order-index';
import { t, type Locale } from '../i18n';
import { readChannelArgument } from '../engine/rules';
import { hasDefectColumns } from '../engine/columns';
import {
  DEFAULT_TARGET,
  WINDOW_DAYS,
  evaluateWindow,
  forecast,
  ordersNeeded,
  resolveScope,
  type WindowResult,
} from '../engine/odr';

export type Output = string | number | boolean | Date;
export type OutputTable = Output[][];

export interface Environment {
  zone: ZoneOffset;
  /**
   * Today in the spreadsheet's zone: purchase dates after it are named as typos and kept out of
   * the default as_of. Omitted: read from the clock; null: no check.
   */
  today?: Day | null;
}

const DEFAULT_ENV: Environment = { zone: UTC };

/** Sheets passes an omitted argument as undefined, and a blank cell as "" (issue #2). */
export function isOmitted(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && isBlankRange(value))
  );
}

function isBlankRange(value: unknown[]): boolean {
  return value.every((row) =>
    Array.isArray(row) ? row.every((c) => c === '' || c == null) : row === '' || row == null,
  );
}

const isArray = Array.isArray;

/** A plain loop with the built-in bound once: this runs over every row of a million-row range. */
function everyRowIsArray(value: unknown[]): boolean {
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    // Holes are skipped, as `every` skips them.
    if (!isArray(row) && (row !== undefined || i in value)) return false;
  }
  return true;
}

/** A single-cell argument arrives as a scalar, a range as a 2-D array. */
export function asTable(value: unknown, argument: string): Table {
  if (!Array.isArray(value)) {
    throw new InputError(
      `${argument}: expected a range with a header row (for example A1:F500), got a single value "${String(value)}".`,
    );
  }
  // Sheets always passes a range as rows of cells; a stray scalar row reads as one cell.
  return everyRowIsArray(value)
    ? (value as Table)
    : (value.map((row) => (Array.isArray(row) ? row : [row])) as Table);
}

/** Cells inside a range argument from a 1×1 range can arrive wrapped: [[value]]. */
function scalar(value: unknown): Cell {
  let v = value;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return v as Cell;
}

export function loadData(orders: unknown, defects: unknown, env: Environment): Dataset {
  if (isOmitted(orders)) {
    throw new InputError(
      'orders: the range is empty. Select the orders table including its header row, e.g. =ODR(A1:F500).',
    );
  }
  const defectsTable = isOmitted(defects) ? null : asTable(defects, 'defects');
  return readDataset(asTable(orders, 'orders'), defectsTable, {
    zone: env.zone,
    ...(env.today === undefined ? {} : { today: env.today }),
  });
}

export function readAsOf(value: unknown, data: Dataset, env: Environment): Day {
  const cell = scalar(value);
  if (isOmitted(cell)) {
    if (data.orders.maxDay === null) {
      if (data.orders.ids.length > 0 && data.today !== null) {
        throw new InputError(
          `orders: every purchase date is after today (${dayToIso(data.today)}), so there is no window to measure. ` +
            'Correct the dates (a typo in the year?) or give as_of. Run =ODR_CHECK(orders) to see the rows.',
        );
      }
      throw new InputError(
        'orders: no row has both an order id and a readable purchase date. Run =ODR_CHECK(orders) to see why.',
      );
    }
    return data.orders.maxDay;
  }
  const day = readDay(cell, data.dateOrder, env.zone);
  if (day === null) {
    throw new InputError(
      `as_of: "${String(cell)}" could not be read as a date. Give a date cell or text like 2024-01-14 (the window's last day).`,
    );
  }
  return day;
}

export function readScope(value: unknown): ChannelScope | null {
  const cell = scalar(value);
  const scope = readChannelArgument(cell);
  if (scope === 'invalid') {
    throw new InputError(
      `channel: "${String(cell)}" is not a channel. Use MFN (seller-fulfilled), AFN (FBA) or ALL.`,
    );
  }
  return scope;
}

export function readTarget(value: unknown): number {
  const cell = scalar(value);
  if (isOmitted(cell)) return DEFAULT_TARGET;
  let target = NaN;
  if (typeof cell === 'number') target = cell;
  else if (typeof cell === 'string') {
    const text = cell.trim();
    target = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (text.endsWith('%')) target = Number((target * 100).toPrecision(15)) / 100;
  }
  if (!Number.isFinite(target) || target <= 0 || target > 1) {
    throw new InputError(
      `target: "${String(cell)}" is not a rate between 0 and 1. Use 0.01 or 1% for Amazon's 1 % target.`,
    );
  }
  return target;
}

function readDays(value: unknown): number {
  const cell = scalar(value);
  if (isOmitted(cell)) return WINDOW_DAYS;
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 366) {
    throw new InputError(
      `days: "${String(cell)}" is not a whole number of days between 1 and 366.`,
    );
  }
  return n;
}

function rateOrBlank(rate: number | null): number | string {
  return rate === null ? '' : rate;
}

/**
 * Defects come from the defects range or from defect columns in the orders. With neither, every
 * order would count as defect-free and the answer would read 0 % with no hint of why (issue 13).
 * Checked after the orders, as_of and channel, whose own errors say more.
 */
function requireDefectSource(orders: unknown, defects: unknown): void {
  if (!isOmitted(defects)) return;
  if (hasDefectColumns(asTable(orders, 'orders'))) return;
  throw new InputError(
    'defects: no defects range was given and the orders have no defect columns, so no order can count as a defect. ' +
      'Give the defects as the second argument (the Defects sheet that Import Amazon reports or Insert sample data writes), ' +
      'e.g. =ODR(Orders!A:G, Defects!A:I), or add Negative feedback, A-to-z claim and Chargeback columns to the orders.',
  );
}

/** Everything one call needs: the data read once, the window evaluated once. */
function prepare(orders: unknown, defects: unknown, asOf: unknown, env: Environment) {
  const data = loadData(orders, defects, env);
  const day = readAsOf(asOf, data, env);
  return { data, asOf: day, result: evaluateWindow(data, day) };
}

export function odr(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  channel?: unknown,
  env = DEFAULT_ENV,
): number {
  const scopeAsked = readScope(channel);
  const { result } = prepare(orders, defects, asOf, env);
  const scope = resolveScope(result, scopeAsked);
  requireDefectSource(orders, defects);
  return result.stats[scope].rate ?? 0;
}

export const BREAKDOWN_HEADER = [
  'Channel',
  'Window start',
  'Window end',
  'Orders',
  'Orders with defects',
  'ODR',
  'Negative feedback',
  'A-to-z claims',
  'Chargebacks',
  'Status',
];

/** Status is OK strictly below 1 % (docs/rules.md §1): compared in integers, not floating point. */
export function statusOf(
  defective: number,
  orders: number,
  target = DEFAULT_TARGET,
): 'OK' | 'AT RISK' {
  return ordersNeeded(defective, orders, target) === 0 ? 'OK' : 'AT RISK';
}

export function breakdownRows(result: WindowResult, env: Environment): OutputTable {
  const rows: OutputTable = [BREAKDOWN_HEADER];
  for (const scope of result.scopes) {
    const s = result.stats[scope];
    rows.push([
      scope,
      dayToDate(result.window.start, env.zone),
      dayToDate(result.window.end, env.zone),
      s.orders,
      s.defective,
      rateOrBlank(s.rate),
      s.negativeFeedback,
      s.atoz,
      s.chargeback,
      statusOf(s.defective, s.orders),
    ]);
  }
  return rows;
}

export function odrBreakdown(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  env = DEFAULT_ENV,
): OutputTable {
  const { result } = prepare(orders, defects, asOf, env);
  resolveScope(result, null); // throws when the window is empty
  requireDefectSource(orders, defects);
  return breakdownRows(result, env);
}

export const DEFECTS_HEADER = [
  'Order ID',
  'Order date',
  'Channel',
  'Negative feedback',
  'A-to-z claim',
  'Chargeback',
  'Leaves window on',
];

export function odrDefects(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  channel?: unknown,
  env = DEFAULT_ENV,
): OutputTable {
  const scopeAsked = readScope(channel);
  const { result } = prepare(orders, defects, asOf, env);
  if (scopeAsked !== null) resolveScope(result, scopeAsked);
  requireDefectSource(orders, defects);
  const rows: OutputTable = [DEFECTS_HEADER];
  for (const d of result.defective) {
    if (scopeAsked !== null && scopeAsked !== 'ALL' && d.channel !== scopeAsked) continue;
    rows.push([
      d.orderId,
      dayToDate(d.day, env.zone),
      d.channel ?? '',
      d.negativeFeedback,
      d.atoz,
      d.chargeback,
      dayToDate(d.leavesOn, env.zone),
    ]);
  }
  return rows;
}

export function odrOrdersNeeded(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  channel?: unknown,
  target?: unknown,
  env = DEFAULT_ENV,
): number {
  const scopeAsked = readScope(channel);
  const goal = readTarget(target);
  const { result } = prepare(orders, defects, asOf, env);
  const s = result.stats[resolveScope(result, scopeAsked)];
  requireDefectSource(orders, defects);
  const needed = ordersNeeded(s.defective, s.orders, goal);
  if (!Number.isSafeInteger(needed)) {
    throw new InputError(
      `target: ${goal} is too small: no whole number of orders up to 9,007,199,254,740,991 gets the rate under it. Use 0.01 or 1% for Amazon's 1 % target.`,
    );
  }
  return needed;
}

export const FORECAST_HEADER = [
  'Date',
  'Orders in window',
  'Defects in window',
  'ODR with no new orders',
  'ODR at current volume',
];

export function odrForecast(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  channel?: unknown,
  days?: unknown,
  env = DEFAULT_ENV,
): OutputTable {
  const scopeAsked = readScope(channel);
  const horizon = readDays(days);
  const { data, asOf: day, result } = prepare(orders, defects, asOf, env);
  const scope = resolveScope(result, scopeAsked);
  requireDefectSource(orders, defects);
  const rows: OutputTable = [FORECAST_HEADER];
  for (const row of forecast(data, day, scope, horizon)) {
    rows.push([
      dayToDate(row.day, env.zone),
      row.ordersInWindow,
      row.defectsInWindow,
      rateOrBlank(row.rateNoNewOrders),
      rateOrBlank(row.rateAtCurrentVolume),
    ]);
  }
  return rows;
}

function rowList(rows: number[], count: number, locale: Locale): string {
  const shown = rows.join(locale === 'zh' ? '、' : ', ');
  return count > rows.length
    ? t(locale, 'finding.andMore', { rows: shown, more: count - rows.length })
    : shown;
}

function where(table: 'orders' | 'defects', rows: number[], count: number, locale: Locale): string {
  const name = t(locale, table === 'orders' ? 'finding.tableOrders' : 'finding.tableDefects');
  if (rows.length === 0) return name;
  return t(locale, count > 1 ? 'finding.wherePlural' : 'finding.where', {
    table: name,
    rows: rowList(rows, count, locale),
  });
}

function describeFinding(f: Finding, locale: Locale): string {
  const text = findingText(f.key, f.params, locale);
  return `${where(f.table, f.rows, f.count, locale)}${locale === 'zh' ? '：' : ': '}${shortenQuoted(text)}`;
}

/** Rows that repeat an earlier row cell for cell (pasted twice, exported twice). */
export function duplicateRows(
  table: Table,
  classes?: RowClasses,
): { rows: number[]; count: number } {
  return findDuplicateRows(table, classes);
}

/** Plain findings about the data, one per line; the first line says OK when nothing needs a look. */
export function odrCheck(orders: unknown, defects?: unknown, env = DEFAULT_ENV): string[][] {
  return checkLines(loadData(orders, defects, env), orders, defects).map((line) => [line]);
}

/**
 * How many of the window's orders are cancelled: they stay in the denominator, as Amazon counts
 * every order placed (docs/rules.md §1). Null without an order-status column or a window.
 */
export function cancelledNote(data: Dataset, asOf: Day | null, locale: Locale): string | null {
  const end = asOf ?? data.orders.maxDay;
  if (!data.orders.hasOrderStatusColumn || end === null) return null;
  const start = end - (WINDOW_DAYS - 1);
  const { day, cancelled } = data.orders;
  let orders = 0;
  let count = 0;
  for (let i = 0; i < day.length; i++) {
    if (day[i] < start || day[i] > end) continue;
    orders++;
    count += cancelled[i];
  }
  return t(locale, 'finding.cancelled', {
    from: { day: dayToIso(start) },
    to: { day: dayToIso(end) },
    count,
    orders,
  });
}

/**
 * ODR_CHECK's lines for data already read (the sidebar shows them too, in its language). The
 * cancelled-orders note is about the window ending on `asOf` (default: the latest purchase date).
 */
export function checkLines(
  data: Dataset,
  orders: unknown,
  defects: unknown,
  locale: Locale = 'en',
  asOf: Day | null = null,
): string[] {
  const lines: string[] = [];
  const colon = locale === 'zh' ? '：' : ': ';
  for (const [name, value] of [
    ['orders', orders],
    ['defects', defects],
  ] as const) {
    if (isOmitted(value)) continue;
    const table = asTable(value, name);
    // The orders' id index groups the rows by order id, when it was made from this very table.
    const byId = data.orders.byId;
    const grouped = name === 'orders' && byId instanceof OrderIdIndex && byId.table === table;
    const dup = duplicateRows(table, grouped ? byId : undefined);
    if (dup.count > 0) {
      lines.push(
        `${where(name, dup.rows, dup.count, locale)}${colon}${t(locale, 'finding.duplicates')}`,
      );
    }
  }
  const problems = data.findings.filter(
    (f) => f.kind !== 'dateFormat' && f.kind !== 'excludedDefects' && f.kind !== 'notDefects',
  );
  const notes = data.findings.filter((f) => !problems.includes(f));
  lines.push(...problems.map((f) => describeFinding(f, locale)));
  const counted = data.defects.filter((d) => d.counts && d.order >= 0).length;
  const mfn = data.orders.channel.reduce((n, c) => n + (c === 1 ? 1 : 0), 0);
  const afn = data.orders.channel.reduce((n, c) => n + (c === 2 ? 1 : 0), 0);
  const summary = t(locale, 'finding.summary', {
    rows: data.orderRows,
    orders: data.orders.ids.length,
    channels: data.orders.hasChannelColumn
      ? t(locale, 'finding.channels', { mfn, afn })
      : t(locale, 'finding.noChannel'),
    latest:
      data.orders.maxDay === null
        ? ''
        : t(locale, 'finding.latest', { date: dayToIso(data.orders.maxDay) }),
    records: data.defects.length,
    counted,
  });
  const head =
    lines.length === 0
      ? t(locale, 'finding.ok', { summary })
      : t(locale, lines.length > 1 ? 'finding.toLookPlural' : 'finding.toLook', {
          count: lines.length,
          summary,
        });
  const cancelled = cancelledNote(data, asOf, locale);
  return [
    head,
    ...lines,
    ...notes.map((f) => describeFinding(f, locale)),
    ...(cancelled === null ? [] : [cancelled]),
  ];
}

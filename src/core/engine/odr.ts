import type { Channel, ChannelScope, Day, DefectType } from './types';
import { InputError } from './errors';
import { dayToIso } from './dates';
import {
  CHANNEL_AFN,
  CHANNEL_MFN,
  CHANNEL_NONE,
  channelOfCode,
  type Dataset,
  type DefectRecord,
} from './dataset-types';

/** The window is 60 calendar days, both ends inclusive (docs/rules.md §1, help 200285170). */
export const WINDOW_DAYS = 60;
/** ODR must be strictly under 1 % (docs/rules.md §1). */
export const DEFAULT_TARGET = 0.01;

export interface Window {
  start: Day;
  end: Day;
}

export function windowEndingOn(asOf: Day): Window {
  return { start: asOf - (WINDOW_DAYS - 1), end: asOf };
}

/** An order with purchase date d leaves the window on day d + 60 (docs/rules.md §1). */
export function leavesWindowOn(orderDay: Day): Day {
  return orderDay + WINDOW_DAYS;
}

export interface ChannelStats {
  scope: ChannelScope;
  orders: number;
  /** Orders with at least one counting defect: an order counts once (docs/rules.md §1). */
  defective: number;
  /** Orders having each defect type (one order may appear under several). */
  negativeFeedback: number;
  atoz: number;
  chargeback: number;
  /** defective / orders, or null when there are no orders. */
  rate: number | null;
}

export interface DefectiveOrder {
  order: number;
  orderId: string;
  day: Day;
  channel: Channel | null;
  negativeFeedback: boolean;
  atoz: boolean;
  chargeback: boolean;
  leavesOn: Day;
  /** The counting defect records behind it (for comments, reasons, categories). */
  records: DefectRecord[];
}

export interface WindowResult {
  window: Window;
  /** The scopes with orders in the window: MFN then AFN, or ALL when there is no channel column. */
  scopes: ChannelScope[];
  stats: Record<ChannelScope, ChannelStats>;
  /** Sorted by order date, then order id. */
  defective: DefectiveOrder[];
}

const TYPE_BIT: Record<DefectType, number> = { negativeFeedback: 1, atoz: 2, chargeback: 4 };

function emptyStats(scope: ChannelScope): ChannelStats {
  return {
    scope,
    orders: 0,
    defective: 0,
    negativeFeedback: 0,
    atoz: 0,
    chargeback: 0,
    rate: null,
  };
}

/** Counts orders and defective orders per channel for the window ending on `asOf`. */
export function evaluateWindow(data: Dataset, asOf: Day): WindowResult {
  const window = windowEndingOn(asOf);
  const { day, channel, ids } = data.orders;
  const n = day.length;
  const orderCount = [0, 0, 0];
  const { start, end } = window;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d >= start && d <= end) orderCount[channel[i]]++;
  }
  // One bitmask per order: an order counts once however many defects it has.
  const flags = new Map<number, number>();
  const recordsOf = new Map<number, DefectRecord[]>();
  for (const record of data.defects) {
    if (!record.counts || record.order < 0) continue;
    const d = day[record.order];
    if (d < window.start || d > window.end) continue;
    flags.set(record.order, (flags.get(record.order) ?? 0) | TYPE_BIT[record.type]);
    const list = recordsOf.get(record.order);
    if (list) list.push(record);
    else recordsOf.set(record.order, [record]);
  }
  const stats: Record<ChannelScope, ChannelStats> = {
    MFN: emptyStats('MFN'),
    AFN: emptyStats('AFN'),
    ALL: emptyStats('ALL'),
  };
  stats.MFN.orders = orderCount[CHANNEL_MFN];
  stats.AFN.orders = orderCount[CHANNEL_AFN];
  stats.ALL.orders = orderCount[CHANNEL_NONE] + orderCount[CHANNEL_MFN] + orderCount[CHANNEL_AFN];
  const defective: DefectiveOrder[] = [];
  for (const [order, bits] of flags) {
    const ch = channelOfCode(channel[order]);
    const targets = ch ? [stats[ch], stats.ALL] : [stats.ALL];
    for (const s of targets) {
      s.defective++;
      if (bits & 1) s.negativeFeedback++;
      if (bits & 2) s.atoz++;
      if (bits & 4) s.chargeback++;
    }
    defective.push({
      order,
      orderId: ids.get(order),
      day: day[order],
      channel: ch,
      negativeFeedback: (bits & 1) !== 0,
      atoz: (bits & 2) !== 0,
      chargeback: (bits & 4) !== 0,
      leavesOn: leavesWindowOn(day[order]),
      records: recordsOf.get(order) ?? [],
    });
  }
  for (const s of [stats.MFN, stats.AFN, stats.ALL])
    s.rate = s.orders > 0 ? s.defective / s.orders : null;
  defective.sort(
    (a, b) => a.day - b.day || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0),
  );
  const scopes: ChannelScope[] = data.orders.hasChannelColumn
    ? (['MFN', 'AFN'] as const).filter((c) => stats[c].orders > 0)
    : stats.ALL.orders > 0
      ? ['ALL']
      : [];
  return { window, scopes, stats, defective };
}

/**
 * The window in English ("2026-09-28 to 2026-11-26"), for the custom functions' error messages,
 * which stay English. The sidebar says it in the seller's language instead (a `common.dayRange`
 * message with two day parameters, built in src/addon/dashboard.ts).
 */
export function describeWindow(window: Window): string {
  return `${dayToIso(window.start)} to ${dayToIso(window.end)}`;
}

/**
 * The scope a single-number answer is about: the one asked for, else (with both channels) the
 * channel with the higher rate, the one that puts the account at risk, else all orders.
 */
export function resolveScope(result: WindowResult, asked: ChannelScope | null): ChannelScope {
  if (asked !== null) {
    if (result.stats[asked].orders === 0) {
      const what = asked === 'ALL' ? 'orders' : `${asked} orders`;
      throw new InputError(
        `No ${what} in the 60-day window ${describeWindow(result.window)}. ` +
          `Check as_of (the window's last day) and the channel argument.`,
      );
    }
    return asked;
  }
  if (result.scopes.length === 0) {
    throw new InputError(
      `No orders in the 60-day window ${describeWindow(result.window)}. ` +
        `Check as_of (the window's last day) against the purchase dates.`,
    );
  }
  if (result.scopes.length === 1) return result.scopes[0];
  const mfn = result.stats.MFN.defective * result.stats.AFN.orders;
  const afn = result.stats.AFN.defective * result.stats.MFN.orders;
  return afn > mfn ? 'AFN' : 'MFN';
}

/** Turns a decimal target such as 0.07 into the exact fraction it was written as (7/100). */
export function targetAsFraction(target: number): { num: bigint; den: bigint } {
  const text = target.toString();
  const [mantissa, exponentText] = text.toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole, fraction = ''] = mantissa.split('.');
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num, den };
}

/**
 * The smallest k ≥ 0 of extra defect-free orders with defective / (orders + k) < target,
 * in exact integer arithmetic: D = 29, N = 2000 needs 901 (29 / 2900 is exactly 1 %, not under),
 * and target 0.07, D = 7, N = 50 needs 51, where 7 / 0.07 in doubles would give 50 (docs/rules.md §1).
 */
export function ordersNeeded(defective: number, orders: number, target = DEFAULT_TARGET): number {
  if (defective <= 0) return 0;
  const { num, den } = targetAsFraction(target);
  // D / (N + k) < num / den  ⇔  N + k > D·den / num  ⇔  N + k ≥ ⌊D·den / num⌋ + 1
  const minimum = (BigInt(defective) * den) / num + 1n;
  const k = minimum - BigInt(orders);
  return k > 0n ? Number(k) : 0;
}

export interface ForecastRow {
  day: Day;
  ordersInWindow: number;
  defectsInWindow: number;
  /** What the current data alone gives as the window slides; null with no orders left. */
  rateNoNewOrders: number | null;
  /** The rate if defect-free orders keep arriving at the window's average daily volume. */
  rateAtCurrentVolume: number | null;
}

/**
 * Slides the window forward day by day from `asOf`, using only orders up to `asOf`: each day
 * the oldest day of orders (and their defects) leaves, and, at current volume, a day's average
 * of defect-free orders arrives.
 */
export function forecast(
  data: Dataset,
  asOf: Day,
  scope: ChannelScope,
  days: number,
): ForecastRow[] {
  const window = windowEndingOn(asOf);
  const ordersPerDay = new Float64Array(WINDOW_DAYS);
  const defectsPerDay = new Float64Array(WINDOW_DAYS);
  const { day, channel } = data.orders;
  const want = scope === 'MFN' ? CHANNEL_MFN : scope === 'AFN' ? CHANNEL_AFN : -1;
  for (let i = 0; i < day.length; i++) {
    const d = day[i];
    if (d < window.start || d > window.end || (want >= 0 && channel[i] !== want)) continue;
    ordersPerDay[d - window.start]++;
  }
  for (const order of evaluateWindow(data, asOf).defective) {
    if (want >= 0 && channel[order.order] !== want) continue;
    defectsPerDay[order.day - window.start]++;
  }
  let orders = 0;
  let defects = 0;
  for (let i = 0; i < WINDOW_DAYS; i++) {
    orders += ordersPerDay[i];
    defects += defectsPerDay[i];
  }
  const dailyVolume = orders / WINDOW_DAYS;
  const rows: ForecastRow[] = [];
  for (let j = 1; j <= days; j++) {
    const leaving = j - 1;
    if (leaving < WINDOW_DAYS) {
      orders -= ordersPerDay[leaving];
      defects -= defectsPerDay[leaving];
    }
    const withNew = orders + dailyVolume * Math.min(j, WINDOW_DAYS);
    rows.push({
      day: asOf + j,
      ordersInWindow: orders,
      defectsInWindow: defects,
      rateNoNewOrders: orders > 0 ? defects / orders : null,
      rateAtCurrentVolume: withNew > 0 ? defects / withNew : null,
    });
  }
  return rows;
}

/** The first day the rate at current volume is under target, or null if not within the horizon. */
export function backUnderTargetOn(
  rows: readonly ForecastRow[],
  target = DEFAULT_TARGET,
): Day | null {
  for (const row of rows) {
    if (row.rateAtCurrentVolume !== null && row.rateAtCurrentVolume < target) return row.day;
  }
  return null;
}

/** The next day a defective order leaves the window, or null when there is none. */
export function nextDropOff(result: WindowResult, scope: ChannelScope): Day | null {
  let next: Day | null = null;
  for (const order of result.defective) {
    if (scope !== 'ALL' && order.channel !== scope) continue;
    if (next === null || order.leavesOn < next) next = order.leavesOn;
  }
  return next;
}

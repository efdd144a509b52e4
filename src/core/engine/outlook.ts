/**
 * One channel's standing and outlook: the window's counts plus what the seller asks next (how
 * many good orders to get under target, when the rate is back under it at current volume, when
 * the next defect leaves, what one defect is worth). Shared by the dashboard and the plan: both
 * show a channel as the one ChannelSummary and say a missed target with the one sentence here.
 */
import type { ChannelScope, Day } from './types';
import type { Dataset } from './dataset-types';
import { dayToIso } from './dates';
import { msg, type Message } from '../i18n';
import type { ChannelSummary } from '../wire/types';
import {
  DEFAULT_TARGET,
  WINDOW_DAYS,
  backUnderTargetOn,
  forecast,
  nextDropOff,
  ordersNeeded,
  type ChannelStats,
  type Window,
  type WindowResult,
} from './odr';

export interface ChannelOutlook extends ChannelStats {
  ordersNeeded: number;
  /** Strictly under target (docs/rules.md §1), decided in exact arithmetic. */
  underTarget: boolean;
  /** First day under target at current volume; null when already under or not within 60 days. */
  backUnderTargetOn: Day | null;
  nextDropOff: Day | null;
  /** Percentage points one defect is worth (100 / orders); null with no orders. */
  pointsPerDefect: number | null;
}

export function channelOutlook(
  data: Dataset,
  result: WindowResult,
  scope: ChannelScope,
  target = DEFAULT_TARGET,
): ChannelOutlook {
  const stats = result.stats[scope];
  const needed = ordersNeeded(stats.defective, stats.orders, target);
  const back =
    needed > 0
      ? backUnderTargetOn(forecast(data, result.window.end, scope, WINDOW_DAYS), target)
      : null;
  return {
    ...stats,
    ordersNeeded: needed,
    underTarget: needed === 0,
    backUnderTargetOn: back,
    nextDropOff: nextDropOff(result, scope),
    pointsPerDefect: stats.orders > 0 ? 100 / stats.orders : null,
  };
}

/** A channel's standing as the sidebar and the plan show it: plain JSON, days as ISO strings. */
export function channelSummary(
  data: Dataset,
  result: WindowResult,
  scope: ChannelScope,
  target = DEFAULT_TARGET,
): ChannelSummary {
  const o = channelOutlook(data, result, scope, target);
  const iso = (day: Day | null) => (day === null ? null : dayToIso(day));
  return {
    scope,
    orders: o.orders,
    defective: o.defective,
    rate: o.rate,
    negativeFeedback: o.negativeFeedback,
    atoz: o.atoz,
    chargeback: o.chargeback,
    status: o.underTarget ? 'OK' : 'AT RISK',
    pointsPerDefect: o.pointsPerDefect,
    ordersNeeded: o.ordersNeeded,
    nextDropOff: iso(o.nextDropOff),
    backUnderTargetOn: iso(o.backUnderTargetOn),
  };
}

/**
 * One sentence per channel not under target: its rate against the target, the counts, the
 * window, how many defect-free orders bring it under and when that happens at current volume
 * (checklist step 2 in the sidebar, "Targets missed" in the plan).
 */
export function missedTargetMessages(
  channels: readonly ChannelSummary[],
  window: Window,
  target = DEFAULT_TARGET,
): Message[] {
  const range = msg('common.dayRange', {
    from: { day: dayToIso(window.start) },
    to: { day: dayToIso(window.end) },
  });
  return channels
    .filter((c) => c.status !== 'OK')
    .map((c) =>
      msg('outlook.missedTarget', {
        channel: c.scope,
        rate: { percent: c.rate },
        target: { percent: target },
        defective: c.defective,
        orders: c.orders,
        range,
        needed: c.ordersNeeded,
        then:
          c.backUnderTargetOn === null
            ? msg('outlook.notBackWithin60')
            : msg('outlook.backUnderOn', { date: { day: c.backUnderTargetOn } }),
      }),
    );
}

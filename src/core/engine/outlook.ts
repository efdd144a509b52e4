/**
 * One channel's standing and outlook: the window's counts plus what the seller asks next (how
 * many good orders to get under target, when the rate is back under it at current volume, when
 * the next defect leaves, what one defect is worth). Shared by the dashboard and the plan.
 */
import type { ChannelScope, Day } from './types';
import type { Dataset } from './dataset';
import {
  DEFAULT_TARGET,
  WINDOW_DAYS,
  backUnderTargetOn,
  forecast,
  nextDropOff,
  ordersNeeded,
  type ChannelStats,
  type WindowResult,
} from './odr';

export interface ChannelOutlook extends ChannelStats {
  ordersNeeded: number;
  /** Strictly under target (odr-rules §1), decided in exact arithmetic. */
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

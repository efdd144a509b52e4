/**
 * The removal candidates as the sidebar lists them (issue 13): each negative feedback Amazon
 * would likely remove, with the reason and the last day to ask, and per channel what the rate
 * would be if every open one were removed — said as a possibility, never a certainty.
 */
import type { Day } from '../engine/types';
import { dayToIso } from '../engine/dates';
import type { WindowResult } from '../engine/odr';
import { msg, render, type Locale } from '../i18n';
import type { RemovalSummary } from '../wire/types';
import { ratesIfRemoved, removalCandidates } from './candidates';

/**
 * Whose words the texts take: the plan's catalog ('plan': "contains personal information", "If
 * Amazon removed this negative feedback, … Amazon decides: not certain.") or the sidebar's
 * ('appeal': "Why it may go: …", "If Amazon removed it, …").
 */
export type RemovalWording = 'plan' | 'appeal';

export function removalSummary(
  result: WindowResult,
  today: Day,
  locale: Locale,
  wording: RemovalWording,
): RemovalSummary {
  const candidates = removalCandidates(result, today);
  const iso = (day: Day | null) => (day === null ? null : dayToIso(day));
  const sourceOf = new Map<string, 'orders' | 'defects'>();
  for (const order of result.defective)
    for (const record of order.records) sourceOf.set(`${order.order}:${record.row}`, record.source);
  return {
    candidates: candidates.map((c) => ({
      orderId: c.orderId,
      channel: c.channel,
      reason: c.reason,
      reasonText: render(locale, msg(`${wording}.removal.reason.${c.reason}` as const)),
      comment: c.comment,
      feedbackDate: iso(c.feedbackDay),
      requestBy: iso(c.requestBy),
      passed: c.passed,
      row: c.row,
      source: sourceOf.get(`${c.order}:${c.row}`) ?? 'defects',
    })),
    ifRemoved: ratesIfRemoved(result, candidates)
      .filter((r) => r.candidates > 0)
      .map((r) => ({
        scope: r.scope,
        candidates: r.candidates,
        rate: r.rate,
        rateIfRemoved: r.rateIfRemoved,
        sentence: render(
          locale,
          msg(`${wording}.removal.ifAll.${r.candidates === 1 ? 'one' : 'other'}` as const, {
            n: r.candidates,
            channel: r.scope,
            rate: { percent: r.rateIfRemoved },
            now: { percent: r.rate },
          }),
        ),
      })),
  };
}

import { decidePartOrder, parseDateString, type PartOrder } from '../engine/dates';
import { msg, type Message } from '../i18n';
import type { Day } from '../engine/types';
import { UTC } from '../engine/types';

const ORDERS: readonly PartOrder[] = ['MDY', 'DMY', 'YMD'];

const ORDER_KEYS = {
  MDY: 'import.dateOrder.MDY',
  DMY: 'import.dateOrder.DMY',
  YMD: 'import.dateOrder.YMD',
} as const;

/**
 * Decides a file's numeric date format (US M/D/YY, UK/EU D/M/YY, JP YY/M/D; docs/rules.md §6) from
 * all its values, using the engine's `decidePartOrder`. When several formats read every value,
 * and today is known, the one with no dates in the future and the latest date nearest today wins:
 * a feedback report is recent, so "24/1/15" is 15 Jan 2024, not 24 Jan 2015.
 */
export function decideFileDateOrder(
  values: readonly string[],
  today: Day | null,
  notes: Message[],
  header: string,
): PartOrder {
  return decideFileDateOrderDetailed(values, today, notes, header).order;
}

/** The same, saying whether the order was assumed (the values read more than one way). */
export function decideFileDateOrderDetailed(
  values: readonly string[],
  today: Day | null,
  notes: Message[],
  header: string,
): { order: PartOrder; assumed: boolean } {
  const decision = decidePartOrder(values);
  if (!decision.numeric) return { order: decision.order, assumed: false };
  let order = decision.order;
  if (decision.assumed && today !== null) {
    let best: { order: PartOrder; future: number; distance: number } | null = null;
    for (const candidate of ORDERS) {
      let future = 0;
      let max = -Infinity;
      let valid = true;
      for (const v of values) {
        if (v === '') continue;
        const day = parseDateString(v, candidate, UTC);
        if (day === null) {
          valid = false;
          break;
        }
        if (day > today + 1) future++;
        if (day > max) max = day;
      }
      if (!valid) continue;
      const distance = Math.abs(today - max);
      if (!best || future < best.future || (future === best.future && distance < best.distance)) {
        best = { order: candidate, future, distance };
      }
    }
    if (best) order = best.order;
  }
  notes.push(
    msg(decision.assumed ? 'import.note.dateOrderAssumed' : 'import.note.dateOrder', {
      column: header,
      order: msg(ORDER_KEYS[order]),
    }),
  );
  return { order, assumed: decision.assumed };
}

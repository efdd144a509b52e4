/** One category per defective order of a window: what the plan and ODR_ROOT_CAUSES group by. */
import type { DefectiveOrder, WindowResult } from '../engine/odr';
import { categoriseOrder, type Categorisation } from './matcher';

/** Categorises each defective order of the window (one category per order). */
export function categoriseWindow(
  result: WindowResult,
): { order: DefectiveOrder; cat: Categorisation }[] {
  return result.defective.map((order) => ({ order, cat: categoriseOrder(order.records) }));
}

/**
 * ODR_ROOT_CAUSES: the window's defective orders per complaint category (issue 4), the same
 * categories the plan of action uses, so the sheet and the plan agree.
 */
import { CATEGORY_IDS, categoriseWindow, categoryLabel, type CategoryId } from '../categorise';
import { render } from '../i18n';
import { loadData, readAsOf, type Environment, type OutputTable } from './functions';
import { evaluateWindow, resolveScope } from '../engine/odr';
import { UTC } from '../engine/types';

export const ROOT_CAUSES_HEADER = ['Category', 'Defective orders', 'Share', 'Example order ids'];

const MAX_EXAMPLES = 5;

export function odrRootCauses(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  env: Environment = { zone: UTC },
): OutputTable {
  const data = loadData(orders, defects, env);
  const result = evaluateWindow(data, readAsOf(asOf, data, env));
  resolveScope(result, null); // throws with a plain message when the window has no orders
  const ids = new Map<CategoryId, string[]>();
  for (const { order, cat } of categoriseWindow(result)) {
    const list = ids.get(cat.category) ?? [];
    list.push(order.orderId);
    ids.set(cat.category, list);
  }
  const total = result.defective.length;
  const rows = [...ids]
    .sort(
      ([a, x], [b, y]) => y.length - x.length || CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b),
    )
    .map(([category, list]) => [
      // Custom functions answer in English whatever the user's locale (formulas are shared).
      render('en', categoryLabel(category)),
      list.length,
      list.length / total,
      list.slice(0, MAX_EXAMPLES).join(', '),
    ]);
  return [ROOT_CAUSES_HEADER, ...rows];
}

/**
 * ODR_BY_PRODUCT (issue 13): the window's orders and defective orders per SKU, with each
 * product's defect rate, its share of the defective orders and its main complaint category —
 * Amazon's rejection letters ask for the root cause, and very often it is one product.
 */
import { CATEGORY_IDS, categoriseWindow, categoryLabel, type CategoryId } from '../categorise';
import { render } from '../i18n';
import { InputError } from '../engine/errors';
import { acceptedHeaders, describeHeadersSeen } from '../engine/columns';
import { evaluateWindow, resolveScope, type WindowResult } from '../engine/odr';
import { productBreakdown, productColumns, type ProductStats } from '../engine/products';
import { UTC } from '../engine/types';
import { excerpt } from '../engine/text';
import {
  asTable,
  loadData,
  readAsOf,
  readScope,
  type Environment,
  type OutputTable,
} from './functions';

export const BY_PRODUCT_HEADER = [
  'SKU',
  'ASIN',
  'Product',
  'Orders',
  'Orders with defects',
  'Defect rate',
  'Share of defective orders',
  'Main complaint',
];

/**
 * Product text as a result cell shows it: one line, e-mail addresses removed, at most 200
 * characters (Amazon's SKUs have 40 and titles 200; a 100,000-character cell stays readable and
 * far inside Sheets' 50,000 characters a cell).
 */
const cellText = (text: string): string => excerpt(text, 200);

/** Shown in the SKU column for order rows that name neither a SKU nor an ASIN. */
export const NO_SKU = '(no SKU or ASIN)';

/** The category most of a product's defective orders fall in; ties go to the earlier category. */
export function mainComplaint(
  product: ProductStats,
  categoryOf: ReadonlyMap<number, CategoryId>,
): { category: CategoryId; orders: number } | null {
  if (product.defectiveOrders.length === 0) return null;
  const counts = new Map<CategoryId, number>();
  for (const o of product.defectiveOrders) {
    const c = categoryOf.get(o) ?? 'uncategorised';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: { category: CategoryId; orders: number } | null = null;
  for (const id of CATEGORY_IDS) {
    const n = counts.get(id) ?? 0;
    if (n > 0 && (best === null || n > best.orders)) best = { category: id, orders: n };
  }
  return best;
}

/** Each defective order's complaint category, by its index in the dataset's orders. */
export function categoriesByOrder(result: WindowResult): Map<number, CategoryId> {
  const out = new Map<number, CategoryId>();
  for (const { order, cat } of categoriseWindow(result)) out.set(order.order, cat.category);
  return out;
}

export function odrByProduct(
  orders: unknown,
  defects?: unknown,
  asOf?: unknown,
  channel?: unknown,
  env: Environment = { zone: UTC },
): OutputTable {
  const scopeAsked = readScope(channel);
  const data = loadData(orders, defects, env);
  const table = asTable(orders, 'orders');
  const columns = productColumns(table);
  if (columns === null) {
    throw new InputError(
      `orders: no SKU or ASIN column (${describeHeadersSeen(table)}). ODR_BY_PRODUCT groups ` +
        `orders by product: include the All Orders report's product columns, a SKU column named ` +
        `one of ${acceptedHeaders('sku', 4)} or an ASIN column named "asin".`,
    );
  }
  const result = evaluateWindow(data, readAsOf(asOf, data, env));
  // Both channels unless one is asked for; throws with a plain message on an empty window.
  const scope = scopeAsked === null ? (resolveScope(result, null), 'ALL') : scopeAsked;
  if (scopeAsked !== null) resolveScope(result, scopeAsked);
  const breakdown = productBreakdown(table, columns, data, result, scope);
  const categoryOf = categoriesByOrder(result);
  const rows: OutputTable = [BY_PRODUCT_HEADER];
  for (const p of breakdown.products) {
    const main = mainComplaint(p, categoryOf);
    let complaint = '';
    if (main) {
      // Custom functions answer in English whatever the user's locale (formulas are shared).
      const label = render('en', categoryLabel(main.category));
      complaint =
        main.orders === p.defective ? label : `${label} (${main.orders} of ${p.defective})`;
    }
    rows.push([
      p.key === '' ? NO_SKU : cellText(p.sku),
      cellText(p.asin),
      cellText(p.name),
      p.orders,
      p.defective,
      p.defective / p.orders,
      breakdown.defective > 0 ? p.defective / breakdown.defective : 0,
      complaint,
    ]);
  }
  return rows;
}

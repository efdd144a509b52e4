/**
 * The products behind the defects for the sidebar (issue 13): ODR_BY_PRODUCT's rows with a
 * defect, for one scope, in the user's language.
 */
import type { ChannelScope, Table } from '../engine/types';
import type { Dataset } from '../engine/dataset-types';
import type { WindowResult } from '../engine/odr';
import { productBreakdown, productColumns } from '../engine/products';
import { categoryLabel } from '../categorise';
import { categoriesByOrder, mainComplaint } from '../functions/by-product';
import { render, type Locale } from '../i18n';
import type { TopProducts } from '../wire/types';

/** The sidebar shows this many products at most. */
export const TOP_PRODUCTS = 5;

/**
 * The products carrying most of `scope`'s defective orders in the window (`orders` is the range
 * the dataset was read from); `available` is false when it has no SKU or ASIN column.
 */
export function topProducts(
  orders: Table,
  data: Dataset,
  result: WindowResult,
  scope: ChannelScope,
  locale: Locale,
  limit = TOP_PRODUCTS,
): TopProducts {
  const averageRate = result.stats[scope].rate;
  const columns = productColumns(orders);
  if (columns === null) return { scope, available: false, averageRate, products: [] };
  const breakdown = productBreakdown(orders, columns, data, result, scope);
  const categoryOf = categoriesByOrder(result);
  const products = breakdown.products
    .filter((p) => p.defective > 0)
    .slice(0, limit)
    .map((p) => {
      const main = mainComplaint(p, categoryOf);
      return {
        sku: p.sku,
        asin: p.asin,
        name: p.name,
        orders: p.orders,
        defective: p.defective,
        rate: p.defective / p.orders,
        share: breakdown.defective > 0 ? p.defective / breakdown.defective : 0,
        mainComplaint: main ? render(locale, categoryLabel(main.category)) : '',
      };
    });
  return { scope, available: true, averageRate, products };
}

/**
 * The products behind the defects (issue 13): per SKU, the window's orders that carry it and
 * the defective orders among them. Amazon's All Orders report has one row per item, so an order
 * with several SKUs counts for each of them (and once per SKU, however many rows repeat it).
 *
 * One pass over the orders range, after the dataset is read: ODR and the other functions do not
 * pay for product columns they never use. Every order of the window lands under at least one
 * product (rows without a SKU or ASIN under the "no SKU" product), so the union of the products'
 * defective orders is exactly the window's defective orders (tests/property).
 */
import type { Cell, ChannelScope, Table } from './types';
import { matchHeader } from './columns';
import { isDate } from './dates';
import { CHANNEL_AFN, CHANNEL_MFN, type Dataset } from './dataset-types';
import type { WindowResult } from './odr';

/** Where the product columns are in the orders range; null columns are absent. */
export interface ProductColumns {
  headerRow: number;
  orderId: number;
  sku: number | null;
  asin: number | null;
  name: number | null;
}

/** The product columns of an orders range, or null when it has neither a SKU nor an ASIN column. */
export function productColumns(table: Table): ProductColumns | null {
  const match = matchHeader(table);
  if (!match || match.columns.orderId === undefined) return null;
  const { sku, asin, productName } = match.columns;
  if (sku === undefined && asin === undefined) return null;
  return {
    headerRow: match.headerRow,
    orderId: match.columns.orderId,
    sku: sku ?? null,
    asin: asin ?? null,
    name: productName ?? null,
  };
}

export interface ProductStats {
  /** The SKU, or the ASIN for rows without one; '' for rows with neither. */
  key: string;
  sku: string;
  /** Its ASIN (the smallest, should its rows disagree). */
  asin: string;
  /** Its product name (the smallest, should its rows disagree). */
  name: string;
  /** Orders of the window (in the scope) with at least one row of this product. */
  orders: number;
  /** Those of them that are defective. */
  defective: number;
  /** The defective orders, as indexes into the dataset's orders, in the order first met. */
  defectiveOrders: number[];
}

export interface ProductBreakdown {
  columns: ProductColumns;
  scope: ChannelScope;
  /** The scope's orders and defective orders in the window (each order once). */
  orders: number;
  defective: number;
  /** Sorted: most defective orders first, then the higher defect rate, more orders, the key. */
  products: ProductStats[];
}

/** A cell as the order-id and product text it holds (the dataset reads ids the same way). */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Compares products: most defective orders, higher rate, more orders, then the key. */
export function compareProducts(a: ProductStats, b: ProductStats): number {
  if (a.defective !== b.defective) return b.defective - a.defective;
  // a.defective / a.orders vs b's, without division (both have orders > 0).
  const byRate = b.defective * a.orders - a.defective * b.orders;
  if (byRate !== 0) return byRate;
  if (a.orders !== b.orders) return b.orders - a.orders;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Per product, the window's orders and defective orders in `scope` ('ALL' = every channel).
 * Linear in rows: no id lookup for an order's first row (the dataset recorded where each starts)
 * nor for the item rows after it, which are consecutive in Amazon's reports; a lookup only for
 * an order's row that comes back later. A short scan of the order's own products counts each
 * product once per order.
 */
export function productBreakdown(
  table: Table,
  columns: ProductColumns,
  data: Dataset,
  result: WindowResult,
  scope: ChannelScope,
): ProductBreakdown {
  const { day, channel, byId, row: firstRow } = data.orders;
  const orderCount = day.length;
  const { start, end } = result.window;
  const wanted = scope === 'MFN' ? CHANNEL_MFN : scope === 'AFN' ? CHANNEL_AFN : -1;
  const defectiveFlag = new Uint8Array(orderCount);
  let defectiveInScope = 0;
  for (const d of result.defective) {
    if (wanted >= 0 && channel[d.order] !== wanted) continue;
    defectiveFlag[d.order] = 1;
    defectiveInScope++;
  }
  const stats = result.stats[scope];

  // Per order, a linked list of the products already counted for it.
  const head = new Int32Array(orderCount).fill(-1);
  const capacity = Math.max(0, table.length - columns.headerRow - 1);
  const entryProduct = new Int32Array(capacity);
  const entryNext = new Int32Array(capacity);
  let entries = 0;

  const products: ProductStats[] = [];
  const byKey = new Map<string, number>();
  const { orderId: idCol, sku: skuCol, asin: asinCol, name: nameCol } = columns;
  let lastRaw: Cell = undefined;
  let lastOrder = -1;
  let lastSkuCell: Cell = undefined;
  let lastAsinCell: Cell = undefined;
  let lastProduct = -1;
  /** The last raw ASIN and name cell seen per product: a row that repeats them needs no work. */
  const asinSeen: Cell[] = [];
  const nameSeen: Cell[] = [];
  // The dataset numbered the orders in the order their first rows come: the next new order's
  // first row is known, so most rows need no id lookup at all.
  let next = 0;
  for (let r = columns.headerRow + 1; r < table.length; r++) {
    const row = table[r];
    if (!row) continue;
    const raw = row[idCol];
    let o: number;
    if (next < orderCount && firstRow[next] === r + 1) {
      o = next++;
    } else if (raw === lastRaw && typeof raw === 'string') {
      // The next item row of the same order (same id text): Amazon's reports list them together.
      o = lastOrder;
    } else {
      const id = typeof raw === 'string' ? raw.trim() : cellText(raw);
      if (id === '') continue;
      o = byId.get(id) ?? -1;
    }
    lastRaw = raw;
    lastOrder = o;
    // Rows the dataset skipped (unreadable date or channel) name no order it knows.
    if (o < 0) continue;
    const d = day[o];
    if (d < start || d > end || (wanted >= 0 && channel[o] !== wanted)) continue;
    const skuCell = skuCol === null ? '' : row[skuCol];
    const asinCell = asinCol === null ? '' : row[asinCol];
    let p: number;
    if (skuCell === lastSkuCell && asinCell === lastAsinCell && lastProduct >= 0) {
      p = lastProduct;
    } else {
      const sku = skuCol === null ? '' : cellText(skuCell);
      const asin = asinCol === null ? '' : cellText(asinCell);
      const key = sku !== '' ? sku : asin;
      const known = byKey.get(key);
      if (known === undefined) {
        p = products.length;
        byKey.set(key, p);
        products.push({ key, sku, asin, name: '', orders: 0, defective: 0, defectiveOrders: [] });
        asinSeen.push(undefined);
        nameSeen.push(undefined);
      } else p = known;
      lastSkuCell = skuCell;
      lastAsinCell = asinCell;
      lastProduct = p;
    }
    // Rows of one SKU normally agree; where they do not, the smallest text wins, so the answer
    // does not depend on row order.
    const product = products[p];
    if (asinCol !== null && asinCell !== asinSeen[p]) {
      asinSeen[p] = asinCell;
      const asin = cellText(asinCell);
      if (asin !== product.asin && (product.asin === '' || (asin !== '' && asin < product.asin)))
        product.asin = asin;
    }
    if (nameCol !== null) {
      const nameCell = row[nameCol];
      if (nameCell !== nameSeen[p]) {
        nameSeen[p] = nameCell;
        const name = cellText(nameCell);
        if (name !== product.name && (product.name === '' || (name !== '' && name < product.name)))
          product.name = name;
      }
    }
    let seen = false;
    for (let e = head[o]; e >= 0; e = entryNext[e]) {
      if (entryProduct[e] === p) {
        seen = true;
        break;
      }
    }
    if (seen) continue;
    entryProduct[entries] = p;
    entryNext[entries] = head[o];
    head[o] = entries++;
    product.orders++;
    if (defectiveFlag[o] === 1) {
      product.defective++;
      product.defectiveOrders.push(o);
    }
  }
  products.sort(compareProducts);
  return {
    columns,
    scope,
    orders: stats.orders,
    defective: defectiveInScope,
    products,
  };
}

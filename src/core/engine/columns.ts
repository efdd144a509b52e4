import type { Cell, Table } from './types';
import { InputError } from './errors';
import { lazy } from './lazy';

/**
 * Column names are matched by meaning, never by position (docs/rules.md §6): case, spaces and
 * punctuation are ignored, and each field accepts Amazon's report headers, common English
 * variants and the Chinese headers sellers use in their own sheets.
 */
export type Field =
  | 'orderId'
  | 'purchaseDate'
  | 'channel'
  | 'negativeFeedback'
  | 'rating'
  | 'atoz'
  | 'chargeback'
  | 'type'
  | 'status'
  | 'defectDate'
  | 'comment'
  | 'reason'
  | 'category'
  | 'amount'
  | 'source'
  | 'email'
  | 'salesChannel'
  | 'orderStatus'
  | 'reasonCode'
  // Product columns of the All Orders report (one row per item), read by ODR_BY_PRODUCT and
  // the plan's root causes (src/core/engine/products.ts).
  | 'sku'
  | 'asin'
  | 'productName';

/** Accepted headers per field, in the form `normalizeHeader` gives. First one is shown in help. */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  orderId: [
    'order-id',
    'amazon-order-id',
    'Order ID',
    'order number',
    'order no',
    'orderid',
    'amazon order id',
    'amazon order number',
    '订单编号',
    '订单号',
    '订单ID',
    '亚马逊订单号',
    '订单',
    // Japanese downloads (feed language Japanese), docs/rules.md §6.
    '注文番号',
    '注文ID',
    'Amazon注文番号',
    'オーダーID',
  ],
  purchaseDate: [
    'purchase-date',
    'order date',
    'purchase date',
    'order-date',
    'date ordered',
    'ordered on',
    'purchased',
    'date',
    '下单日期',
    '订购日期',
    '订单日期',
    '购买日期',
    '日期',
    '購入日',
    '購入日時',
    '注文日',
    '注文日時',
    '日付',
  ],
  channel: [
    'fulfillment-channel',
    'fulfilment channel',
    'fulfillment',
    'fulfilment',
    'channel',
    'fulfilled by',
    'fulfillment method',
    '配送渠道',
    '配送方式',
    '发货方式',
    '渠道',
    'フルフィルメント・チャネル',
    'フルフィルメント・チャンネル',
    'フルフィルメントチャネル',
    'フルフィルメント',
    '出荷方法',
  ],
  negativeFeedback: [
    'negative feedback',
    'negative-feedback',
    'nf',
    'neg feedback',
    'feedback',
    '差评',
    '负面反馈',
  ],
  rating: ['rating', 'feedback rating', 'stars', 'star rating', '评分', '星级', '評価'],
  atoz: [
    'A-to-z claim',
    'a-to-z',
    'atoz',
    'a to z',
    'a-to-z claims',
    'a-to-z guarantee claim',
    'a-z claim',
    'az claim',
    'claim',
    'claims',
    'guarantee claim',
    '索赔',
    'A-to-z索赔',
    '亚马逊商城交易保障索赔',
  ],
  chargeback: [
    'chargeback',
    'chargebacks',
    'chargeback claim',
    'service chargeback',
    'credit card chargeback',
    '拒付',
    '信用卡拒付',
    '退单',
  ],
  type: ['type', 'defect type', 'defect', 'kind', 'defect kind', '类型', '缺陷类型'],
  status: [
    'status',
    'claim status',
    'chargeback status',
    'state',
    'decision',
    'outcome',
    '状态',
    '处理状态',
    'ステータス',
  ],
  defectDate: [
    'defect date',
    'date',
    'feedback date',
    'claim date',
    'filed',
    'filed on',
    'received',
    'date received',
    '日期',
    '缺陷日期',
    '反馈日期',
    '索赔日期',
    '日付',
    '評価日',
  ],
  comment: [
    'comments',
    'comment',
    'buyer comment',
    'feedback text',
    'feedback comment',
    'text',
    '评论',
    '买家评论',
    '留言',
    '评价内容',
    'コメント',
    '評価コメント',
  ],
  reason: [
    'reason',
    'claim reason',
    'chargeback reason',
    'reason code',
    '原因',
    '索赔原因',
    '拒付原因',
    '理由',
  ],
  category: [
    'category',
    'category override',
    'root cause',
    'complaint category',
    '类别',
    '分类',
    '根本原因',
  ],
  amount: ['amount', 'claim amount', 'chargeback amount', '金额'],
  source: ['source', '来源'],
  email: [
    'rater email',
    'buyer email',
    'email',
    'e-mail',
    'rater e-mail',
    '邮箱',
    '买家邮箱',
    '評価者のEメール',
    '評価者のメールアドレス',
    '購入者のEメールアドレス',
    'Eメール',
    'メールアドレス',
  ],
  /** Amazon.com, Amazon.ca …: which marketplace an order was placed in (docs/rules.md §6). */
  salesChannel: [
    'sales-channel',
    'sales channel',
    'marketplace',
    'sales-channel-name',
    '销售渠道',
    '站点',
    '販売チャネル',
    '販売チャンネル',
  ],
  /** The order's status in the All Orders report (Shipped, Cancelled …), not a defect status. */
  orderStatus: ['order-status', 'order status', '订单状态', '注文ステータス'],
  /** The card network's chargeback reason code (Visa 10.4, Mastercard 4837 …). */
  reasonCode: [
    'reason code',
    'reason-code',
    'chargeback reason code',
    'dispute reason code',
    '原因代码',
    '拒付原因代码',
  ],
  // Product columns (All Orders report: sku, asin, product-name; Seller Central JP: 出品者SKU, 商品名).
  sku: [
    'sku',
    'seller-sku',
    'seller sku',
    'merchant sku',
    'msku',
    'item sku',
    '卖家SKU',
    '出品者SKU',
  ],
  asin: ['asin', 'product asin', 'item asin'],
  productName: [
    'product-name',
    'product name',
    'item name',
    'product title',
    'item title',
    'title',
    '商品名称',
    '产品名称',
    '品名',
    '商品名',
  ],
};

/** Lower-cases and drops everything but letters and digits (any script), so `Order-ID ` = `orderid`. */
export function normalizeHeader(value: Cell): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header synonyms by normalised header (built on first use: the Unicode work costs each fresh context). */
const headerLookup = lazy((): ReadonlyMap<string, readonly Field[]> => {
  const map = new Map<string, Field[]>();
  for (const field of Object.keys(HEADER_SYNONYMS) as Field[]) {
    for (const header of HEADER_SYNONYMS[field]) {
      const key = normalizeHeader(header);
      const list = map.get(key) ?? [];
      if (!list.includes(field)) list.push(field);
      map.set(key, list);
    }
  }
  return map;
});

/** The fields a header cell could stand for (some, like `date`, stand for more than one). */
export function fieldsOfHeader(value: Cell): readonly Field[] {
  return headerLookup().get(normalizeHeader(value)) ?? [];
}

export interface HeaderMatch {
  /** 0-based index of the header row in the range. */
  headerRow: number;
  /** 0-based column per recognised field; the first matching column wins. */
  columns: Partial<Record<Field, number>>;
  /** Every header cell's text, for messages. */
  headers: string[];
}

/** How far down a range the header row may sit (report preambles, titles). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row: the first row within the first ten that holds an order-id header.
 * A header may stand for several fields (`date`); per field the most specific header wins
 * (`purchase-date` over `date`), and each kind of table reads the fields it needs.
 */
export function matchHeader(table: Table): HeaderMatch | null {
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table[r] ?? [];
    if (!row.some((cell) => fieldsOfHeader(cell).includes('orderId'))) continue;
    const columns: Partial<Record<Field, number>> = {};
    const rank: Partial<Record<Field, number>> = {};
    row.forEach((cell, c) => {
      const key = normalizeHeader(cell);
      for (const field of fieldsOfHeader(cell)) {
        const position = HEADER_SYNONYMS[field].findIndex((h) => normalizeHeader(h) === key);
        const previous = rank[field];
        if (previous === undefined || position < previous) {
          columns[field] = c;
          rank[field] = position;
        }
      }
    });
    return {
      headerRow: r,
      columns,
      headers: row.map((cell) => (cell == null ? '' : String(cell))),
    };
  }
  return null;
}

/** The headers shown to a seller when a column is missing. */
export function acceptedHeaders(field: Field, count = 6): string {
  return HEADER_SYNONYMS[field]
    .slice(0, count)
    .map((h) => `"${h}"`)
    .join(', ');
}

export function describeHeadersSeen(table: Table): string {
  const first = (table.find((row) => row.some((c) => c !== '' && c != null)) ?? []).filter(
    (c) => c !== '' && c != null,
  );
  if (first.length === 0) return 'the range is empty';
  const shown = first.slice(0, 12).map((c) => `"${String(c)}"`);
  return `the first row holds ${shown.join(', ')}${first.length > 12 ? ', …' : ''}`;
}

/** Throws the message a seller sees when no header row with an order id can be found. */
export function requireHeader(table: Table, argument: string): HeaderMatch {
  if (!Array.isArray(table) || table.length === 0) {
    throw new InputError(
      `${argument}: the range is empty. Select the table including its header row.`,
    );
  }
  const match = matchHeader(table);
  if (!match) {
    throw new InputError(
      `${argument}: no order-id column found in the first ${HEADER_SEARCH_ROWS} rows (${describeHeadersSeen(table)}). ` +
        `Include the header row, and name the column one of ${acceptedHeaders('orderId')}.`,
    );
  }
  return match;
}

/**
 * Whether an orders table carries its own defect columns (the ODR download's shape: negative
 * feedback or a rating, A-to-z claim, chargeback), so defects can be read without a defects
 * table.
 */
export function hasDefectColumns(table: Table): boolean {
  const columns = matchHeader(table)?.columns;
  return (
    columns !== undefined &&
    (columns.negativeFeedback !== undefined ||
      columns.rating !== undefined ||
      columns.atoz !== undefined ||
      columns.chargeback !== undefined)
  );
}

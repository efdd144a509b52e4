/**
 * The All Orders columns the import copies (issue 11, "personal data stays out"): an allowlist.
 * Only columns the add-on uses and non-personal report columns a seller wants are copied; every
 * other column — ship-to and bill-to names, addresses, cities, postal codes, phones, e-mails,
 * tax ids, delivery instructions, gift messages, in any language — is left out.
 *
 * The position in this list is the column's id in the import's fingerprints (fingerprint.ts):
 * append new columns at the end, never reorder or remove.
 */
import { normalizeHeader } from '../engine/columns';
import { lazy } from '../engine/lazy';

export type OrderColumnKind = 'dateTime' | 'integer' | 'money' | 'text';

export interface OrderColumn {
  /** The All Orders report's name, used as the ledger header for new sheets. */
  name: string;
  kind: OrderColumnKind;
  /** Other names of the same column: older reports, Chinese and Japanese downloads. */
  aliases: readonly string[];
}

export const ORDER_COLUMNS: readonly OrderColumn[] = [
  {
    name: 'amazon-order-id',
    kind: 'text',
    aliases: ['order-id', '订单编号', '订单号', '注文番号'],
  },
  {
    name: 'merchant-order-id',
    kind: 'text',
    aliases: ['merchant order-id', '卖家订单编号', '出品者注文番号'],
  },
  {
    name: 'purchase-date',
    kind: 'dateTime',
    aliases: ['购买日期', '下单日期', '订购日期', '購入日', '注文日'],
  },
  {
    name: 'last-updated-date',
    kind: 'dateTime',
    aliases: ['最后更新日期', '更新日期', '最終更新日'],
  },
  { name: 'order-status', kind: 'text', aliases: ['订单状态', '注文ステータス'] },
  {
    name: 'fulfillment-channel',
    kind: 'text',
    aliases: ['配送渠道', '配送方式', 'フルフィルメント・チャネル'],
  },
  { name: 'sales-channel', kind: 'text', aliases: ['销售渠道', '販売チャネル'] },
  { name: 'order-channel', kind: 'text', aliases: [] },
  { name: 'ship-service-level', kind: 'text', aliases: ['配送服务级别', '配送サービス'] },
  { name: 'product-name', kind: 'text', aliases: ['商品名称', '商品名'] },
  { name: 'sku', kind: 'text', aliases: ['seller-sku', '卖家sku', '出品者sku'] },
  { name: 'asin', kind: 'text', aliases: [] },
  { name: 'item-status', kind: 'text', aliases: ['商品状态', '商品ステータス'] },
  { name: 'quantity', kind: 'integer', aliases: ['quantity-purchased', '数量', '購入数'] },
  { name: 'currency', kind: 'text', aliases: ['币种', '货币', '通貨'] },
  { name: 'item-price', kind: 'money', aliases: ['商品价格', '商品価格'] },
  { name: 'item-tax', kind: 'money', aliases: ['商品税', '商品税額'] },
  { name: 'shipping-price', kind: 'money', aliases: ['运费', '配送料'] },
  { name: 'shipping-tax', kind: 'money', aliases: ['运费税', '配送料税額'] },
  { name: 'gift-wrap-price', kind: 'money', aliases: ['礼品包装费'] },
  { name: 'gift-wrap-tax', kind: 'money', aliases: ['礼品包装税'] },
  { name: 'item-promotion-discount', kind: 'money', aliases: ['商品促销折扣'] },
  { name: 'ship-promotion-discount', kind: 'money', aliases: ['运费促销折扣'] },
  { name: 'promotion-ids', kind: 'text', aliases: ['促销编号'] },
  { name: 'is-business-order', kind: 'text', aliases: [] },
  { name: 'price-designation', kind: 'text', aliases: [] },
  { name: 'order-item-id', kind: 'text', aliases: ['订单商品编号', '注文商品番号'] },
  { name: 'is-replacement-order', kind: 'text', aliases: [] },
  { name: 'is-prime', kind: 'text', aliases: [] },
  { name: 'is-iba', kind: 'text', aliases: [] },
];

/** Column id by normalised name or alias (built on first use: only imports need it). */
const columnsByName = lazy((): ReadonlyMap<string, number> => {
  const map = new Map<string, number>();
  ORDER_COLUMNS.forEach((c, i) => {
    for (const name of [c.name, ...c.aliases]) map.set(normalizeHeader(name), i);
  });
  return map;
});

/** The allowlisted column a header names (its id), or -1 for a column the import leaves out. */
export function orderColumnId(header: unknown): number {
  return typeof header === 'string' ? (columnsByName().get(normalizeHeader(header)) ?? -1) : -1;
}

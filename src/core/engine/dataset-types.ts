/**
 * The shape of the seller's data once read (orders, defects and what was found on the way),
 * which the ODR maths, the functions and the plan work on.
 */
import type { Channel, Day, DefectType, ZoneOffset } from './types';
import type { RuleReasonKey } from '../i18n/rules';
import type { PartOrder } from './dates';
import type { Finding } from './findings';
import type { OrderIds, OrderLookup } from './order-index';

/** Channel codes in `OrderIndex.channel`: 0 when the data has no channel column. */
export const CHANNEL_NONE = 0;
export const CHANNEL_MFN = 1;
export const CHANNEL_AFN = 2;

export function channelCode(channel: Channel): number {
  return channel === 'MFN' ? CHANNEL_MFN : CHANNEL_AFN;
}

export function channelOfCode(code: number): Channel | null {
  return code === CHANNEL_MFN ? 'MFN' : code === CHANNEL_AFN ? 'AFN' : null;
}

/** Distinct orders: several item rows with one order id are one order (docs/rules.md §6). */
export interface OrderIndex {
  ids: OrderIds;
  day: Int32Array;
  channel: Uint8Array;
  /** 1-based row in the orders range of the order's first row, to jump to it. */
  row: Int32Array;
  byId: OrderLookup;
  hasChannelColumn: boolean;
  /** The latest purchase date, leaving out dates after today (typos such as 2204-01-10). */
  maxDay: Day | null;
  /** Per order: index into `salesChannels`, or -1 without a sales-channel column or value. */
  salesChannel: Int16Array;
  /** The sales channels seen (Amazon.com, Amazon.ca …), as first written. */
  salesChannels: string[];
  /** Per order: 1 when its order status says cancelled (Amazon still counts it, docs/rules.md §1). */
  cancelled: Uint8Array;
  hasOrderStatusColumn: boolean;
}

export type DefectSource = 'orders' | 'defects';

export interface DefectRecord {
  orderId: string;
  /** Index into `OrderIndex`, or -1 when the order is not among the orders. */
  order: number;
  type: DefectType;
  status: string;
  counts: boolean;
  /** Why it does not count (a rule of docs/rules.md §2), in English, when it does not. */
  excludedBy: string | null;
  /** The same as a catalog key, to say it in the reader's language. */
  exclusion: RuleReasonKey | null;
  statusRecognised: boolean;
  /** What in the reason decided a fraud chargeback (a card network's code, or words). */
  evidence: string;
  /** When the feedback, claim or chargeback arrived, where the data says. */
  date: Day | null;
  rating: number | null;
  comment: string;
  reason: string;
  /** The seller's own category for this defect, overriding the categoriser. */
  category: string;
  source: DefectSource;
  /** 1-based row in its range. */
  row: number;
}

export type DefectTableKind = 'defectList' | 'feedbackReport' | 'odrDownload';

export interface Dataset {
  orders: OrderIndex;
  defects: DefectRecord[];
  findings: Finding[];
  /** The part order decided for the purchase-date column, so `as_of` is read the same way. */
  dateOrder: PartOrder;
  defectTableKind: DefectTableKind | null;
  orderRows: number;
  /** Where the orders' header is (0-based row) and which column holds the order id. */
  ordersHeaderRow: number;
  orderIdColumn: number;
  zone: ZoneOffset;
  /** Today in the spreadsheet's zone, as the data was read (null: not checked). */
  today: Day | null;
}

export interface ReadOptions {
  zone?: ZoneOffset;
  /**
   * Today in the spreadsheet's zone: purchase dates after it are typos, named by the data check
   * and left out of the default window end. Omitted: read from the clock; null: no check.
   */
  today?: Day | null;
}

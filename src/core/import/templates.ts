import { DEFECT_LABELS } from '../engine/rules';

/**
 * The two ledgers the import writes and "Insert blank templates" creates (issue 5). The Defects
 * header is fixed so the engine's header matcher (src/core/columns.ts) reads it as a defect list.
 */
export const DEFECTS_LEDGER_HEADER = [
  'Order ID',
  'Type',
  'Status',
  'Defect date',
  'Rating',
  'Comment',
  'Reason',
  'Source',
  'Category override',
] as const;

export type DefectsLedgerColumn = (typeof DEFECTS_LEDGER_HEADER)[number];

/** Column positions in DEFECTS_LEDGER_HEADER. */
export const DEFECT_COL = {
  orderId: 0,
  type: 1,
  status: 2,
  date: 3,
  rating: 4,
  comment: 5,
  reason: 6,
  source: 7,
  category: 8,
} as const;

/**
 * Added to the Defects ledger when a list dates its statuses (last updated, decided on), so a
 * later status wins over an earlier one (issue 11).
 */
export const STATUS_DATE_HEADER = 'Status date';

/** 3-star feedback is kept for context, not counted (docs/rules.md §1); the engine reads its rating. */
export const NEUTRAL_FEEDBACK_TYPE = 'Feedback (neutral)';

/** Allowed Type values, for the drop-down. */
export const DEFECT_TYPE_VALUES: readonly string[] = [
  DEFECT_LABELS.negativeFeedback,
  DEFECT_LABELS.atoz,
  DEFECT_LABELS.chargeback,
  NEUTRAL_FEEDBACK_TYPE,
];

/**
 * Status drop-down values: the ones that count first, then the ones that take a defect out of
 * the count (docs/rules.md §2; each is matched by the stems in src/core/rules.ts). The drop-down
 * should warn, not reject, so statuses copied from Seller Central in other words still fit.
 */
export const DEFECT_STATUS_VALUES: readonly string[] = [
  'Open',
  'Under review',
  'Granted',
  'Seller refunded',
  'Closed',
  'Denied',
  'Withdrawn',
  'Amazon funded',
  'Reversed',
  'Fraud',
  'Won',
  'Removed',
  'Struck through',
];

/** Columns of the Defects ledger that hold dates (format them as dates). */
export const DEFECTS_DATE_COLUMNS: readonly DefectsLedgerColumn[] = ['Defect date'];

/**
 * A minimal Orders header for sellers who keep their own log: All Orders report names, so an
 * imported report later merges into the same columns. The engine needs the first three.
 */
export const ORDERS_TEMPLATE_HEADER: readonly string[] = [
  'amazon-order-id',
  'purchase-date',
  'fulfillment-channel',
  'order-status',
  'sku',
  'asin',
  'product-name',
  'quantity',
  'item-price',
  'currency',
];

/** `fulfillment-channel` values as the All Orders report writes them (docs/rules.md §6). */
export const FULFILLMENT_CHANNEL_VALUES: readonly string[] = ['Merchant', 'Amazon'];

export const ORDERS_DATE_COLUMNS: readonly string[] = ['purchase-date'];

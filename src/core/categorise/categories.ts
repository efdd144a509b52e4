/**
 * The complaint categories of the plan of action (rules doc §5) and the finer themes buyers'
 * words point to. Data only: ids, display order and which category each theme belongs to; the
 * names are in the message catalog (src/core/i18n/categories.ts).
 */
import { msg, render, type Message } from '../i18n';

export type CategoryId =
  | 'notReceived'
  | 'damaged'
  | 'notAsDescribed'
  | 'incomplete'
  | 'returnRefund'
  | 'service'
  | 'chargeback'
  | 'uncategorised';

/** Display order: docs/rules.md §5's table order, uncategorised last. */
export const CATEGORY_IDS: readonly CategoryId[] = [
  'notReceived',
  'damaged',
  'notAsDescribed',
  'incomplete',
  'returnRefund',
  'service',
  'chargeback',
  'uncategorised',
];

/** A category's name, rendered per locale at the edge (`category.<id>` in the catalog). */
export function categoryLabel(id: CategoryId): Message {
  return msg(`category.${id}` as const);
}

/**
 * Each category's label as English and Chinese sellers read it, from the catalog: the category
 * column of the defects sheet accepts either (the matcher's aliases).
 */
export const CATEGORY_LABELS: Readonly<Record<CategoryId, Readonly<Record<'en' | 'zh', string>>>> =
  Object.fromEntries(
    CATEGORY_IDS.map((id) => [
      id,
      { en: render('en', categoryLabel(id)), zh: render('zh', categoryLabel(id)) },
    ]),
  ) as Record<CategoryId, Record<'en' | 'zh', string>>;

/** What the buyers' words are about, finer than the category; drives preventive measures. */
export type ThemeId =
  | 'neverArrived'
  | 'late'
  | 'tracking'
  | 'markedDelivered'
  | 'broken'
  | 'defective'
  | 'packaging'
  | 'wrongItem'
  | 'listingMismatch'
  | 'size'
  | 'usedOrFake'
  | 'missingParts'
  | 'partialOrder'
  | 'refund'
  | 'returnRefused'
  | 'noReply'
  | 'rude';

/** The categories keywords can point to (chargeback and uncategorised come from rules 3–4). */
export type TextCategory = Exclude<CategoryId, 'chargeback' | 'uncategorised'>;

export const THEME_CATEGORY: Readonly<Record<ThemeId, TextCategory>> = {
  neverArrived: 'notReceived',
  late: 'notReceived',
  tracking: 'notReceived',
  markedDelivered: 'notReceived',
  broken: 'damaged',
  defective: 'damaged',
  packaging: 'damaged',
  wrongItem: 'notAsDescribed',
  listingMismatch: 'notAsDescribed',
  size: 'notAsDescribed',
  usedOrFake: 'notAsDescribed',
  missingParts: 'incomplete',
  partialOrder: 'incomplete',
  refund: 'returnRefund',
  returnRefused: 'returnRefund',
  noReply: 'service',
  rude: 'service',
};

/** A theme's name, rendered per locale at the edge (`theme.<id>` in the catalog). */
export function themeLabel(id: ThemeId): Message {
  return msg(`theme.${id}` as const);
}

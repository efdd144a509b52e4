/**
 * The complaint categories of the plan of action (rules doc §5) and the finer themes buyers'
 * words point to. Data only: ids, display order and which category each theme belongs to.
 */
export type CategoryId =
  | 'notReceived'
  | 'damaged'
  | 'notAsDescribed'
  | 'incomplete'
  | 'returnRefund'
  | 'service'
  | 'chargeback'
  | 'uncategorised';

/** Display order: odr-rules §5's table order, uncategorised last. */
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

export interface Bilingual {
  en: string;
  zh: string;
}

export const CATEGORY_LABELS: Readonly<Record<CategoryId, Bilingual>> = {
  notReceived: { en: 'Not received / late', zh: '未收到 / 延迟送达' },
  damaged: { en: 'Damaged / defective', zh: '损坏 / 有缺陷' },
  notAsDescribed: { en: 'Not as described / wrong item', zh: '与描述不符 / 发错商品' },
  incomplete: { en: 'Incomplete / missing parts', zh: '不完整 / 缺少配件' },
  returnRefund: { en: 'Return or refund not handled', zh: '退货或退款未处理' },
  service: { en: 'Service / communication', zh: '客服 / 沟通' },
  chargeback: { en: 'Chargeback', zh: '信用卡拒付' },
  uncategorised: { en: 'Uncategorised', zh: '未分类' },
};

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

export const THEME_LABELS: Readonly<Record<ThemeId, Bilingual>> = {
  neverArrived: { en: 'never arrived / lost', zh: '未送达 / 丢件' },
  late: { en: 'late delivery', zh: '送达延迟' },
  tracking: { en: 'tracking missing or not updating', zh: '无物流跟踪 / 物流不更新' },
  markedDelivered: { en: 'shown as delivered / wrong address', zh: '显示已送达 / 地址错误' },
  broken: { en: 'arrived broken or damaged', zh: '到货破损' },
  defective: { en: 'does not work / poor quality', zh: '无法使用 / 质量差' },
  packaging: { en: 'packaging', zh: '包装问题' },
  wrongItem: { en: 'wrong item sent', zh: '发错商品' },
  listingMismatch: { en: 'differs from the listing', zh: '与商品描述不符' },
  size: { en: 'size or fit', zh: '尺码 / 尺寸' },
  usedOrFake: { en: 'used, opened or not genuine', zh: '二手 / 已拆封 / 非正品' },
  missingParts: { en: 'missing parts or accessories', zh: '缺少配件' },
  partialOrder: { en: 'only part of the order', zh: '只收到部分商品' },
  refund: { en: 'refund not received', zh: '未收到退款' },
  returnRefused: { en: 'return refused or not handled', zh: '退货被拒 / 未处理' },
  noReply: { en: 'no reply from the seller', zh: '卖家未回复' },
  rude: { en: 'unhelpful or rude service', zh: '服务态度差' },
};

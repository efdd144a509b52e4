/**
 * The complaint categories of the plan of action and the themes of buyers' words
 * (src/core/categorise/categories.ts holds the ids). `category.<id>` and `theme.<id>`.
 * The Chinese category labels are also read back from the seller's category column.
 */
export const CATEGORIES_EN = {
  'category.notReceived': 'Not received / late',
  'category.damaged': 'Damaged / defective',
  'category.notAsDescribed': 'Not as described / wrong item',
  'category.incomplete': 'Incomplete / missing parts',
  'category.returnRefund': 'Return or refund not handled',
  'category.service': 'Service / communication',
  'category.chargeback': 'Chargeback',
  'category.uncategorised': 'Uncategorised',

  'theme.neverArrived': 'never arrived / lost',
  'theme.late': 'late delivery',
  'theme.tracking': 'tracking missing or not updating',
  'theme.markedDelivered': 'shown as delivered / wrong address',
  'theme.broken': 'arrived broken or damaged',
  'theme.defective': 'does not work / poor quality',
  'theme.packaging': 'packaging',
  'theme.wrongItem': 'wrong item sent',
  'theme.listingMismatch': 'differs from the listing',
  'theme.size': 'size or fit',
  'theme.usedOrFake': 'used, opened or not genuine',
  'theme.missingParts': 'missing parts or accessories',
  'theme.partialOrder': 'only part of the order',
  'theme.refund': 'refund not received',
  'theme.returnRefused': 'return refused or not handled',
  'theme.noReply': 'no reply from the seller',
  'theme.rude': 'unhelpful or rude service',
} as const;

export const CATEGORIES_ZH: Record<keyof typeof CATEGORIES_EN, string> = {
  'category.notReceived': '未收到 / 延迟送达',
  'category.damaged': '损坏 / 有缺陷',
  'category.notAsDescribed': '与描述不符 / 发错商品',
  'category.incomplete': '不完整 / 缺少配件',
  'category.returnRefund': '退货或退款未处理',
  'category.service': '客服 / 沟通',
  'category.chargeback': '信用卡拒付索赔',
  'category.uncategorised': '未分类',

  'theme.neverArrived': '未送达 / 丢件',
  'theme.late': '送达延迟',
  'theme.tracking': '无物流跟踪 / 物流不更新',
  'theme.markedDelivered': '显示已送达 / 地址错误',
  'theme.broken': '到货破损',
  'theme.defective': '无法使用 / 质量差',
  'theme.packaging': '包装问题',
  'theme.wrongItem': '发错商品',
  'theme.listingMismatch': '与商品描述不符',
  'theme.size': '尺码 / 尺寸',
  'theme.usedOrFake': '二手 / 已拆封 / 非正品',
  'theme.missingParts': '缺少配件',
  'theme.partialOrder': '只收到部分商品',
  'theme.refund': '未收到退款',
  'theme.returnRefused': '退货被拒 / 未处理',
  'theme.noReply': '卖家未回复',
  'theme.rude': '服务态度差',
};

/**
 * Why a defect does not count (docs/rules.md §2), said in each language: the status rules in
 * src/core/engine/rules.ts name one of these keys, the data notes render it, and the README's
 * status-rule table prints the English.
 */
export const RULES_EN = {
  'rules.why.denied': 'claim denied',
  'rules.why.declined': 'claim declined',
  'rules.why.withdrawn': 'withdrawn by the buyer',
  'rules.why.amazonFunded': 'Amazon-funded (Buy Shipping claims protection)',
  'rules.why.claimsProtected': 'claims protected (Buy Shipping, shipped on time)',
  'rules.why.reversed': 'reversed on appeal / in the seller’s favour',
  'rules.why.fraud': 'fraud chargeback (Amazon’s liability)',
  'rules.why.fraudReason': 'fraud chargeback by its reason {reason} (Amazon’s liability)',
  'rules.why.sellerFavour': 'decided in the seller’s favour',
  'rules.why.removed': 'feedback removed',
  'rules.why.struck': 'feedback struck through',
  'rules.why.invalid': 'marked invalid by Amazon',
} as const;

export const RULES_ZH: Record<keyof typeof RULES_EN, string> = {
  'rules.why.denied': '索赔被拒绝',
  'rules.why.declined': '索赔被驳回',
  'rules.why.withdrawn': '买家已撤回',
  'rules.why.amazonFunded': '由亚马逊承担（购买配送的索赔保护）',
  'rules.why.claimsProtected': '索赔受保护（购买配送且按时发货）',
  'rules.why.reversed': '申诉后撤销 / 裁定有利于卖家',
  'rules.why.fraud': '欺诈类信用卡拒付索赔（由亚马逊负责）',
  'rules.why.fraudReason': '按原因{reason}属于欺诈类信用卡拒付索赔（由亚马逊负责）',
  'rules.why.sellerFavour': '裁定有利于卖家',
  'rules.why.removed': '反馈已移除',
  'rules.why.struck': '反馈已被划除',
  'rules.why.invalid': '被亚马逊标记为无效',
};

export type RuleReasonKey = keyof typeof RULES_EN;

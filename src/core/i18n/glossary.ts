/**
 * The glossary: one Chinese term per concept, the one Amazon's Chinese Seller Central uses, so a
 * seller reads the same word in the sidebar, the import summary, the plan sheet and in Seller
 * Central. A test checks the catalog against it: where an English message names a concept, its
 * Chinese names it with this term, and no message uses one of the variants to avoid.
 *
 * Data only. `en` is a pattern for the concept in English messages; `zh` the term to use;
 * `avoid` the variants that must not appear once the term itself is taken out of the text.
 *
 * The same test holds the house style of Chinese messages: no space between a Chinese character
 * and a number or `{placeholder}` (于{date}, 共{n}个订单), full-width punctuation next to
 * Chinese (，；：（）“”), and 至 between two days, never "to" or "–".
 */
export interface GlossaryEntry {
  concept: string;
  en: RegExp;
  zh: string;
  avoid: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'Order Defect Rate',
    en: /\border defect rate\b/i,
    zh: '订单缺陷率',
    avoid: ['订单瑕疵率', '缺陷订单率'],
  },
  {
    concept: 'negative feedback (1–2 stars)',
    en: /\bnegative feedback\b/i,
    zh: '负面反馈',
    avoid: ['差评', '负反馈', '负评'],
  },
  {
    concept: 'A-to-z Guarantee claim',
    en: /\bA-to-z\b/i,
    zh: '亚马逊商城交易保障索赔',
    avoid: ['A-to-z', 'A-to-Z', 'A到Z', '交易保障索赔'],
  },
  {
    concept: 'chargeback (credit-card chargeback claim)',
    en: /\bchargebacks?\b/i,
    zh: '信用卡拒付索赔',
    avoid: ['拒付', '退单', '拒付款'],
  },
  {
    concept: 'seller-fulfilled (MFN / FBM)',
    en: /\bseller-fulfilled\b|\bmerchant-fulfilled\b|\bfulfilled by the seller\b/i,
    zh: '卖家自配送',
    avoid: ['自发货', '自配送', '卖家配送'],
  },
  {
    concept: 'Fulfilled by Amazon (AFN / FBA)',
    en: /\bfulfilled by amazon\b/i,
    zh: '亚马逊配送',
    avoid: ['亚马逊物流配送', '亚马逊发货'],
  },
  {
    concept: 'Account Health',
    en: /\baccount health\b/i,
    zh: '账户状况',
    avoid: ['账户健康', '帐户状况', '帐户健康'],
  },
  {
    concept: 'the 60-day window',
    en: /\bwindow\b/i,
    zh: '统计周期',
    avoid: ['时间窗口', '窗口', '统计期间', '时间段'],
  },
  {
    concept: 'under target (the rate meets the target)',
    en: /\bunder (?:the )?(?:\{target\} )?target\b/i,
    zh: '达标',
    avoid: ['低于目标', '超出目标', '超标', '未低于'],
  },
  {
    concept: 'plan of action',
    en: /\bplan of action\b|\baction plan\b/i,
    zh: '行动计划',
    avoid: ['改进计划', '申诉计划', '整改计划'],
  },
  {
    concept: 'appeal',
    en: /\bappeal(?:s|ed|ing)?\b/i,
    zh: '申诉',
    avoid: ['上诉'],
  },
  {
    concept: 'order with defects (defective order)',
    en: /\borders? with (?:a )?defects?\b|\bdefective orders?\b/i,
    zh: '缺陷订单',
    avoid: ['有缺陷的订单', '瑕疵订单'],
  },
  {
    concept: 'order ID',
    en: /\border ids?\b/i,
    zh: '订单编号',
    avoid: ['订单号', '订单ID'],
  },
  {
    concept: 'buyer',
    en: /\bbuyers?\b/i,
    zh: '买家',
    avoid: ['顾客'],
  },
  {
    concept: 'root cause',
    en: /\broot causes?\b/i,
    zh: '根本原因',
    avoid: ['根源'],
  },
  {
    concept: 'corrective actions',
    en: /\bcorrective actions?\b/i,
    zh: '纠正措施',
    avoid: ['改正措施', '更正措施'],
  },
  {
    concept: 'preventive measures',
    en: /\bpreventive measures?\b/i,
    zh: '预防措施',
    avoid: ['防范措施'],
  },
  {
    concept: 'Seller Performance (the team that reads appeals)',
    en: /\bSeller Performance\b/,
    zh: '卖家绩效团队',
    avoid: ['绩效部门'],
  },
];

/** The plan sheet's headings and guidance notes, English and Chinese. */
import type { Bilingual } from '../categorise';

/** Headings and guidance notes, English for Amazon and Chinese so the seller understands. */
export const PLAN_STRINGS = {
  title: { en: 'Plan of Action', zh: '行动计划' },
  summary: { en: 'Summary', zh: '概要' },
  window: { en: '60-day window', zh: '60天统计周期' },
  channel: { en: 'Channel', zh: '配送渠道' },
  orders: { en: 'Orders', zh: '订单数' },
  ordersWithDefects: { en: 'Orders with defects', zh: '缺陷订单数' },
  odr: { en: 'ODR', zh: '订单缺陷率' },
  target: { en: 'Target', zh: '目标' },
  status: { en: 'Status', zh: '状态' },
  ordersNeeded: { en: 'Defect-free orders needed', zh: '还需无缺陷订单数' },
  backUnderTarget: {
    en: 'Back under target at current volume on',
    zh: '按当前销量预计恢复达标日期',
  },
  missedTargets: { en: 'Targets missed', zh: '未达标的指标' },
  defectCounts: { en: 'Defective orders by defect type', zh: '按缺陷类型统计的订单数' },
  categories: { en: 'Complaint categories', zh: '投诉类别' },
  rootCause: { en: 'Root cause', zh: '根本原因' },
  sellerFinding: { en: 'Your finding (why it happened)', zh: '您的结论（问题为何发生）' },
  themes: { en: "Themes in buyers' words and claim reasons", zh: '买家评论和索赔原因中的主题' },
  reasons: { en: 'Claim and chargeback reasons', zh: '索赔和拒付原因' },
  correctiveActions: { en: 'Corrective actions taken', zh: '已采取的纠正措施' },
  preventiveMeasures: { en: 'Preventive measures', zh: '预防措施' },
  evidence: { en: 'Evidence to attach', zh: '需附上的证据' },
  orderId: { en: 'Order ID', zh: '订单编号' },
  orderDate: { en: 'Order date', zh: '下单日期' },
  defectTypes: { en: 'Defect types', zh: '缺陷类型' },
  category: { en: 'Category', zh: '类别' },
  categorySource: { en: 'Category from', zh: '类别依据' },
  comment: { en: 'Buyer comment (excerpt)', zh: '买家评论（摘录）' },
  reason: { en: 'Reason', zh: '原因' },
  actionStatus: { en: 'Action taken', zh: '已采取的措施' },
  appealSteps: { en: 'The five appeal steps', zh: '申诉五步骤' },
  done: { en: 'Done', zh: '已完成' },
  note: { en: 'Note', zh: '备注' },
  letter: { en: 'Draft appeal letter', zh: '申诉信草稿' },
  characters: { en: 'Characters', zh: '字符数' },
  flags: { en: 'Phrases that get plans rejected', zh: '可能导致申诉被拒的措辞' },
  warnings: { en: 'Check before sending', zh: '发送前请检查' },
  guideRootCause: {
    en: 'State why it happened, with facts, counts and order ids; not what happened.',
    zh: '说明问题发生的原因（用事实、数量和订单号），而不是描述发生了什么。',
  },
  guideCorrective: {
    en: 'Past tense: what was already done for these orders. Fill the "Action taken" column; keep only what you did.',
    zh: '用过去时：已经为这些订单做了什么。请填写“已采取的措施”一列，只保留您实际做过的。',
  },
  guidePreventive: {
    en: 'Systems and checks that stop it recurring, not promises. Delete any measure you have not put in place.',
    zh: '写能防止问题再次发生的制度和检查，而不是承诺。删除您尚未实施的措施。',
  },
  guideEvidence: {
    en: 'Attach these files to the appeal.',
    zh: '请把这些文件附在申诉中。',
  },
  guideUncategorised: {
    en: 'The words of these orders name no clear category. Read them, set the category column of the defects table, and write the plan again.',
    zh: '这些订单的文字无法明确归类。请阅读后在缺陷表的类别列中填写类别，然后重新生成计划。',
  },
  guideLetter: {
    en: 'The letter stays in English, the language Seller Performance reads. Replace every [bracket] with your own facts before sending.',
    zh: '申诉信保持英文（卖家绩效团队使用英文）。发送前请把所有[方括号]替换为您自己的事实。',
  },
  guideStyle: {
    en: 'Concise, factual bullet points; no apologies without facts, no blame (buyers, delivery services, Amazon), no promises.',
    zh: '简洁、基于事实、分点列出；不要无事实的道歉，不要归咎他人（买家、物流、亚马逊），不要空洞承诺。',
  },
  noDefects: {
    en: 'No defective orders in this window: nothing to explain per category.',
    zh: '本统计周期内没有缺陷订单，无需按类别说明。',
  },
  underTarget: { en: 'under target', zh: '达标' },
  overTarget: { en: 'not under target', zh: '未达标' },
  notWithinWindow: { en: 'not within 60 days', zh: '60天内无法达标' },
} as const satisfies Record<string, Bilingual>;

export type PlanStringId = keyof typeof PLAN_STRINGS;

/** A heading or note in English, or "English / 中文" when bilingual output is asked for. */
export function planText(id: PlanStringId, bilingual: boolean): string {
  return bilingualText(PLAN_STRINGS[id], bilingual);
}

export function bilingualText(text: Bilingual, bilingual: boolean): string {
  return bilingual ? `${text.en} / ${text.zh}` : text.en;
}

/**
 * The plan of action as data (issue 4, odr-rules §5): built from the seller's own defective
 * orders, one section per complaint category, answering root cause, corrective actions and
 * preventive measures, plus the five appeal steps and a draft letter. Pure: the sheet writer in
 * src/addon renders it. Buyer e-mail addresses never get in: every buyer-written text passes
 * `redactEmails` before it lands in the plan.
 */
import type { ChannelScope, DefectType } from './types';
import { DEFECT_TYPES } from './types';
import { dayToIso } from './dates';
import type { Dataset } from './dataset';
import { DEFECT_LABELS } from './rules';
import { DEFAULT_TARGET, type DefectiveOrder, type WindowResult } from './odr';
import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  THEME_LABELS,
  categoriseOrder,
  type Bilingual,
  type CategoryBasis,
  type CategoryId,
  type Categorisation,
  type ThemeId,
} from './categorise';
import { buildLetter, type AppealLetter } from './letter';
import { excerpt, redactEmails } from './text';
import { channelOutlook } from './outlook';

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

/** The statuses the seller picks per order in the corrective-actions table. */
export const ORDER_STATUSES = [
  'refunded',
  'replaced',
  'contacted buyer',
  'claim appealed',
  'feedback removal requested',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, Bilingual>> = {
  refunded: { en: 'refunded', zh: '已退款' },
  replaced: { en: 'replaced', zh: '已换货' },
  'contacted buyer': { en: 'contacted buyer', zh: '已联系买家' },
  'claim appealed': { en: 'claim appealed', zh: '已对索赔提出申诉' },
  'feedback removal requested': { en: 'feedback removal requested', zh: '已申请移除差评' },
};

/** The sidebar checklist's state for one appeal step (odr-rules §5). */
export interface ChecklistStep {
  step: number;
  done: boolean;
  note: string;
}

/** The five appeal steps (odr-rules §5, help 200370580). */
export const APPEAL_STEPS: readonly Bilingual[] = [
  {
    en: 'Find out why selling privileges were limited or removed (read the notice).',
    zh: '确定销售权限为何受限或被移除（阅读通知）。',
  },
  {
    en: 'Evaluate your selling practices: look at the seller metrics and find which targets you miss.',
    zh: '评估您的销售实践：查看卖家指标，找出未达标的指标。',
  },
  {
    en: 'Write a plan of action: what you will change to fix what step 2 found.',
    zh: '制定行动计划：说明为解决第2步发现的问题将做出哪些改变。',
  },
  {
    en: 'Send the appeal with the plan to Seller Performance (Account Health → Submit appeal).',
    zh: '将申诉和行动计划发送给卖家绩效团队（账户状况 → 提交申诉）。',
  },
  {
    en: "Watch your email for Amazon's answer (usually within 48 hours).",
    zh: '留意亚马逊的回复邮件（通常在48小时内）。',
  },
];

export interface AppealStep {
  step: number;
  text: string;
  done: boolean;
  note: string;
}

export interface ChannelSummary {
  scope: ChannelScope;
  orders: number;
  defective: number;
  rate: number | null;
  negativeFeedback: number;
  atoz: number;
  chargeback: number;
  underTarget: boolean;
  ordersNeeded: number;
  /** ISO date the rate at current volume is first under target; null when already under or not within 60 days. */
  backUnderTargetOn: string | null;
}

export interface PlanSummary {
  heading: string;
  windowStart: string;
  windowEnd: string;
  target: number;
  channels: ChannelSummary[];
  /** Defective orders having each defect type, over all channels (one order may have several). */
  defectCounts: Record<DefectType, number>;
  defectiveOrders: number;
  /** Plain sentences, one per channel not under target. */
  missedTargets: string[];
}

export interface ThemeCount {
  theme: ThemeId;
  label: string;
  /** Orders of the section whose words carry the theme. */
  orders: number;
  /** The buyers' and claims' own words, up to three distinct. */
  examples: string[];
}

export interface ReasonCount {
  reason: string;
  orders: number;
}

export interface OrderRow {
  orderId: string;
  orderDate: string;
  channel: string;
  defectTypes: string;
  category: string;
  categoryBasis: CategoryBasis;
  comment: string;
  reason: string;
  /** One of ORDER_STATUSES once the seller filled it (carried over from their last plan). */
  status: OrderStatus | '';
}

export interface PreventiveMeasure {
  text: string;
  /** Why this measure is listed: the themes in the data it answers, or the standard table. */
  basis: string;
  fromData: boolean;
}

export interface CategorySection {
  category: CategoryId;
  heading: string;
  orders: number;
  /** Share of the window's defective orders (0–1). */
  share: number;
  firstOrderDate: string;
  lastOrderDate: string;
  orderIds: string[];
  defectCounts: Record<DefectType, number>;
  themes: ThemeCount[];
  reasons: ReasonCount[];
  overrides: number;
  rootCause: {
    heading: string;
    facts: string[];
    /** What to think about when writing the finding (from odr-rules §5's root-cause column). */
    prompt: string;
    sellerFinding: string;
  };
  corrective: {
    heading: string;
    guidance: string;
    /** Typical actions for this category, past tense, for the seller to keep or delete. */
    suggestions: string[];
    rows: OrderRow[];
    statusOptions: readonly OrderStatus[];
  };
  preventive: { heading: string; guidance: string; measures: PreventiveMeasure[] };
  evidence: { heading: string; guidance: string; items: string[] };
}

export interface PlanOfAction {
  title: string;
  bilingual: boolean;
  asOf: string;
  notes: string[];
  summary: PlanSummary;
  categoriesHeading: string;
  sections: CategorySection[];
  steps: { heading: string; items: AppealStep[] };
  letter: AppealLetter & { heading: string; guidance: string };
  /** Things the seller should look at: unreadable overrides, data findings. */
  warnings: string[];
}

export interface PlanOptions {
  /** Headings and guidance in English and Chinese; the letter stays English. */
  bilingual?: boolean;
  checklist?: readonly ChecklistStep[];
  target?: number;
  /** The seller's own findings per category, when re-assembling a filled plan. */
  findings?: Partial<Record<CategoryId, string>>;
  /** The seller's action per order id, when re-assembling a filled plan. */
  statuses?: Readonly<Record<string, OrderStatus | ''>>;
}

export { redactEmails, excerpt, EXCERPT_LENGTH } from './text';

interface CategoryGuide {
  prompt: string;
  corrective: string[];
  preventive: { text: string; themes: readonly ThemeId[]; always: boolean }[];
  evidence: string[];
}

/** odr-rules §5's table: root cause → corrective → preventive, per category. */
export const CATEGORY_GUIDES: Readonly<Record<CategoryId, CategoryGuide>> = {
  notReceived: {
    prompt:
      'Why did these orders arrive late or not at all? For example: untracked or slow shipping service, shipment confirmed late, handling time shorter than the warehouse achieves, parcels lost in transit.',
    corrective: [
      'Refunded the buyers whose orders did not arrive.',
      'Re-shipped with tracking where the buyer still wanted the item.',
    ],
    preventive: [
      {
        text: 'Every order ships with Amazon Buy Shipping and a valid tracking number (claims protected when shipped on time).',
        themes: ['tracking', 'neverArrived', 'markedDelivered'],
        always: true,
      },
      {
        text: 'Shipment is confirmed in Seller Central the same day the parcel is handed over, with its tracking number.',
        themes: ['tracking', 'late'],
        always: true,
      },
      {
        text: 'Handling time is set to what the warehouse achieves and reviewed weekly against actual ship dates.',
        themes: ['late'],
        always: true,
      },
      {
        text: 'Shipping templates use the transit times measured on delivered orders for each region.',
        themes: ['late'],
        always: false,
      },
      {
        text: 'The delivery address is checked against the Amazon order before the label prints; signature confirmation above a set order value.',
        themes: ['markedDelivered'],
        always: false,
      },
    ],
    evidence: [
      'Tracking numbers with delivery scans for the affected orders',
      'Buy Shipping label receipts',
      'Shipment-confirmation timestamps',
      'Refund and re-shipment records',
    ],
  },
  damaged: {
    prompt:
      'Why did these items arrive damaged or faulty? For example: a supplier batch with defects, packaging too weak for the product, no check before shipping.',
    corrective: [
      'Refunded or replaced the damaged or defective items.',
      'Quarantined and inspected the remaining stock of the affected SKUs.',
    ],
    preventive: [
      {
        text: 'Pre-shipment quality check on every unit against a written checklist (function test and visual check).',
        themes: ['defective', 'broken'],
        always: true,
      },
      {
        text: 'Packaging standard per SKU: [box strength, padding, fragile items double-boxed], with a drop test for fragile items.',
        themes: ['packaging', 'broken'],
        always: true,
      },
      {
        text: 'Supplier audit and incoming-stock inspection; faulty batches are quarantined before sale.',
        themes: ['defective'],
        always: true,
      },
    ],
    evidence: [
      'The quality-check checklist',
      'Photos of the packaging standard',
      'Supplier inspection reports or invoices',
      'Refund and replacement records',
    ],
  },
  notAsDescribed: {
    prompt:
      'Why did buyers receive something different from the listing? For example: listing errors (title, images, size chart), picking errors, mixed-up stock.',
    corrective: [
      'Corrected the listings (title, images, description, size chart) of the affected SKUs.',
      'Refunded or replaced the affected buyers.',
    ],
    preventive: [
      {
        text: 'Listing review: title, images, bullet points and size chart checked against the physical product.',
        themes: ['listingMismatch', 'size'],
        always: true,
      },
      {
        text: "Pick-and-pack verification: every item's barcode is scanned against the order before the parcel is sealed.",
        themes: ['wrongItem'],
        always: true,
      },
      {
        text: 'Size charts are measured on samples of each SKU and match the listing.',
        themes: ['size'],
        always: false,
      },
      {
        text: 'Stock comes only from authorised suppliers with invoices on file; returned items are inspected and never resold as new.',
        themes: ['usedOrFake'],
        always: false,
      },
    ],
    evidence: [
      'Screenshots of the corrected listings (before and after)',
      'Photos of the product next to the listing',
      'Pick-and-pack scan logs',
    ],
  },
  incomplete: {
    prompt:
      'Why were parts or items missing? For example: no packing list per SKU, multi-unit orders not counted, supplier packs incomplete.',
    corrective: [
      'Sent the missing parts or refunded the buyers.',
      'Checked the remaining stock for complete contents.',
    ],
    preventive: [
      {
        text: 'Packing checklist per SKU listing every part and accessory, ticked before the parcel is sealed.',
        themes: ['missingParts'],
        always: true,
      },
      {
        text: 'Pick-and-pack verification by scan, including a quantity check for multi-unit orders.',
        themes: ['partialOrder'],
        always: true,
      },
      {
        text: 'The listing states exactly what is in the box.',
        themes: ['missingParts'],
        always: true,
      },
    ],
    evidence: [
      'The packing checklist per SKU',
      'Photos of packed contents',
      'Tracking of the replacement parts sent',
    ],
  },
  returnRefund: {
    prompt:
      'Why were returns or refunds not handled? For example: return requests left over 48 hours, returns refused, refunds issued late.',
    corrective: ['Authorised the open return requests.', 'Refunded the buyers.'],
    preventive: [
      {
        text: 'The return queue is checked every day and requests are answered within 24 hours.',
        themes: ['returnRefused'],
        always: true,
      },
      {
        text: "Automatic return authorisation is on for requests within Amazon's return policy.",
        themes: ['returnRefused'],
        always: true,
      },
      {
        text: 'Refunds are issued within 2 business days of the return arriving.',
        themes: ['refund'],
        always: false,
      },
    ],
    evidence: [
      'Return authorisation and refund records with dates',
      'Screenshot of the return settings',
    ],
  },
  service: {
    prompt:
      'Why did buyers go without an answer? For example: slow or no replies, no cover at weekends, no templates for common questions.',
    corrective: ['Contacted each buyer and resolved the open questions.'],
    preventive: [
      {
        text: 'Buyer messages are answered within 24 hours, weekends included (named cover).',
        themes: ['noReply'],
        always: true,
      },
      {
        text: 'Message templates for common questions (delivery status, returns, faults).',
        themes: ['noReply', 'rude'],
        always: true,
      },
      {
        text: 'A daily check of Buyer-Seller Messaging for messages without a reply.',
        themes: ['noReply'],
        always: false,
      },
      {
        text: 'Customer-service staff trained on standard replies, with an escalation rule for complaints.',
        themes: ['rude'],
        always: false,
      },
    ],
    evidence: [
      'Buyer-Seller Messaging response-time report',
      'The message templates',
      'The support cover schedule',
    ],
  },
  chargeback: {
    prompt:
      'Why did buyers dispute the charge with their bank? For example: shipped to an address other than the order, no proof of delivery, no answer to the chargeback notice.',
    corrective: [
      'Answered each chargeback notice within 7 days with tracking and proof of delivery.',
    ],
    preventive: [
      {
        text: 'Orders ship only to the address in the Amazon order.',
        themes: [],
        always: true,
      },
      {
        text: 'Signature confirmation for orders above [order value].',
        themes: [],
        always: true,
      },
      {
        text: 'Chargeback notices are answered within 7 days with tracking and proof of delivery.',
        themes: [],
        always: true,
      },
    ],
    evidence: [
      'The chargeback responses with tracking',
      'Proof of delivery and signature confirmations',
    ],
  },
  uncategorised: {
    prompt:
      'These orders name no clear cause. Read the comments and messages, set the category column, and write the plan again.',
    corrective: ['Contacted each buyer to understand and resolve the problem.'],
    preventive: [],
    evidence: ['Buyer messages for these orders'],
  },
};

function typesOf(order: DefectiveOrder): DefectType[] {
  return DEFECT_TYPES.filter((t) => order[t]);
}

function percent(rate: number): string {
  return `${(Math.round(rate * 10000) / 100).toFixed(2)}%`;
}

function typeCounts(orders: readonly DefectiveOrder[]): Record<DefectType, number> {
  const counts: Record<DefectType, number> = { negativeFeedback: 0, atoz: 0, chargeback: 0 };
  for (const o of orders) for (const t of typesOf(o)) counts[t]++;
  return counts;
}

function describeTypeCounts(counts: Record<DefectType, number>): string {
  const names: Record<DefectType, [string, string]> = {
    negativeFeedback: ['negative feedback', 'negative feedback'],
    atoz: ['A-to-z claim', 'A-to-z claims'],
    chargeback: ['chargeback', 'chargebacks'],
  };
  return DEFECT_TYPES.filter((t) => counts[t] > 0)
    .map((t) => `${names[t][counts[t] === 1 ? 0 : 1]} ${counts[t]}`)
    .join(', ');
}

function summarise(
  data: Dataset,
  result: WindowResult,
  target: number,
  bilingual: boolean,
): PlanSummary {
  const channels: ChannelSummary[] = result.scopes.map((scope) => {
    const o = channelOutlook(data, result, scope, target);
    return {
      scope,
      orders: o.orders,
      defective: o.defective,
      rate: o.rate,
      negativeFeedback: o.negativeFeedback,
      atoz: o.atoz,
      chargeback: o.chargeback,
      underTarget: o.underTarget,
      ordersNeeded: o.ordersNeeded,
      backUnderTargetOn: o.backUnderTargetOn === null ? null : dayToIso(o.backUnderTargetOn),
    };
  });
  const missedTargets = channels
    .filter((c) => !c.underTarget)
    .map((c) => {
      const who = c.scope === 'ALL' ? 'ODR' : `${c.scope} ODR`;
      const back = c.backUnderTargetOn
        ? `; at current volume it is back under target on ${c.backUnderTargetOn}`
        : '';
      return (
        `${who} ${percent(c.rate ?? 0)} (${c.defective} of ${c.orders} orders) is not under the ` +
        `${percent(target)} target; ${c.ordersNeeded} more defect-free orders would bring it under${back}.`
      );
    });
  return {
    heading: planText('summary', bilingual),
    windowStart: dayToIso(result.window.start),
    windowEnd: dayToIso(result.window.end),
    target,
    channels,
    defectCounts: typeCounts(result.defective),
    defectiveOrders: result.defective.length,
    missedTargets,
  };
}

function dedupeCount<K>(values: Iterable<K>, into: Map<K, number>): void {
  for (const v of new Set(values)) into.set(v, (into.get(v) ?? 0) + 1);
}

function buildSection(
  category: CategoryId,
  members: { order: DefectiveOrder; cat: Categorisation }[],
  totalDefective: number,
  bilingual: boolean,
  options: PlanOptions,
): CategorySection {
  const guide = CATEGORY_GUIDES[category];
  const orders = members.map((m) => m.order);
  const themeOrders = new Map<ThemeId, number>();
  const themeExamples = new Map<ThemeId, Set<string>>();
  const reasonOrders = new Map<string, number>();
  for (const { order, cat } of members) {
    dedupeCount(
      cat.matched.map((m) => m.theme),
      themeOrders,
    );
    for (const m of cat.matched) {
      const set = themeExamples.get(m.theme) ?? new Set<string>();
      if (set.size < 3) set.add(excerpt(m.text, 60).toLowerCase());
      themeExamples.set(m.theme, set);
    }
    dedupeCount(order.records.map((r) => excerpt(r.reason, 80)).filter(Boolean), reasonOrders);
  }
  // Themes that point to this category first: they are its evidence; others are side notes.
  const themes: ThemeCount[] = [...themeOrders]
    .map(([theme, n]) => ({
      theme,
      label: bilingualText(THEME_LABELS[theme], bilingual),
      orders: n,
      examples: [...(themeExamples.get(theme) ?? [])],
    }))
    .sort((a, b) => b.orders - a.orders || a.theme.localeCompare(b.theme));
  const reasons = [...reasonOrders]
    .map(([reason, n]) => ({ reason, orders: n }))
    .sort((a, b) => b.orders - a.orders || a.reason.localeCompare(b.reason));
  const defectCounts = typeCounts(orders);
  const share = totalDefective > 0 ? orders.length / totalDefective : 0;
  const first = dayToIso(orders[0].day);
  const last = dayToIso(orders[orders.length - 1].day);
  const overrides = members.filter((m) => m.cat.basis === 'override').length;
  const facts = [
    `${orders.length} of ${totalDefective} defective orders (${percent(share)}), ordered ${first} to ${last}.`,
    `Defect types: ${describeTypeCounts(defectCounts)}.`,
  ];
  if (themes.length > 0) {
    facts.push(
      `Themes in buyers' words and claim reasons: ${themes.map((t) => `${THEME_LABELS[t.theme].en} (${t.orders})`).join(', ')}.`,
    );
  }
  if (reasons.length > 0) {
    facts.push(`Reasons given: ${reasons.map((r) => `${r.reason} (${r.orders})`).join(', ')}.`);
  }
  if (overrides > 0) facts.push(`Category set by the seller for ${overrides} of these orders.`);
  const presentThemes = new Set(themeOrders.keys());
  const measures: PreventiveMeasure[] = guide.preventive
    .map((p) => {
      const hits = p.themes.filter((t) => presentThemes.has(t));
      return {
        text: p.text,
        basis:
          hits.length > 0
            ? `Buyers' words mention: ${hits.map((t) => THEME_LABELS[t].en).join(', ')}.`
            : 'Standard measure for this category in Amazon’s plan-of-action guidance.',
        fromData: hits.length > 0,
        always: p.always,
      };
    })
    .filter((m) => m.always || m.fromData)
    // Measures the data points to come first: they answer what buyers actually said.
    .sort((a, b) => Number(b.fromData) - Number(a.fromData))
    .map(({ text, basis, fromData }) => ({ text, basis, fromData }));
  const label = CATEGORY_LABELS[category];
  return {
    category,
    heading: bilingualText(label, bilingual),
    orders: orders.length,
    share,
    firstOrderDate: first,
    lastOrderDate: last,
    orderIds: orders.map((o) => o.orderId),
    defectCounts,
    themes,
    reasons,
    overrides,
    rootCause: {
      heading: planText('rootCause', bilingual),
      facts,
      prompt: guide.prompt,
      sellerFinding: redactEmails(options.findings?.[category] ?? ''),
    },
    corrective: {
      heading: planText('correctiveActions', bilingual),
      guidance: planText('guideCorrective', bilingual),
      suggestions: guide.corrective,
      rows: members.map(({ order, cat }) =>
        orderRow(order, cat, options.statuses?.[order.orderId] ?? ''),
      ),
      statusOptions: ORDER_STATUSES,
    },
    preventive: {
      heading: planText('preventiveMeasures', bilingual),
      guidance:
        category === 'uncategorised'
          ? planText('guideUncategorised', bilingual)
          : planText('guidePreventive', bilingual),
      measures,
    },
    evidence: {
      heading: planText('evidence', bilingual),
      guidance: planText('guideEvidence', bilingual),
      items: guide.evidence,
    },
  };
}

function orderRow(order: DefectiveOrder, cat: Categorisation, status: OrderStatus | ''): OrderRow {
  const comments = [...new Set(order.records.map((r) => r.comment.trim()).filter(Boolean))];
  const reasons = [...new Set(order.records.map((r) => r.reason.trim()).filter(Boolean))];
  return {
    orderId: order.orderId,
    orderDate: dayToIso(order.day),
    channel: order.channel ?? '',
    defectTypes: typesOf(order)
      .map((t) => DEFECT_LABELS[t])
      .join(', '),
    category: CATEGORY_LABELS[cat.category].en,
    categoryBasis: cat.basis,
    comment: excerpt(comments.join(' | ')),
    reason: excerpt(reasons.join(' | '), 80),
    status,
  };
}

/** Categorises each defective order of the window (one category per order). */
export function categoriseWindow(
  result: WindowResult,
): { order: DefectiveOrder; cat: Categorisation }[] {
  return result.defective.map((order) => ({ order, cat: categoriseOrder(order.records) }));
}

/** Builds the plan of action for the window in `result` from the seller's own data. */
export function buildPlan(
  data: Dataset,
  result: WindowResult,
  options: PlanOptions = {},
): PlanOfAction {
  const bilingual = options.bilingual ?? false;
  const target = options.target ?? DEFAULT_TARGET;
  const summary = summarise(data, result, target, bilingual);
  const categorised = categoriseWindow(result);
  const groups = new Map<CategoryId, { order: DefectiveOrder; cat: Categorisation }[]>();
  for (const member of categorised) {
    const list = groups.get(member.cat.category) ?? [];
    list.push(member);
    groups.set(member.cat.category, list);
  }
  const sections = CATEGORY_IDS.filter((id) => groups.has(id)).map((id) =>
    buildSection(id, groups.get(id) ?? [], result.defective.length, bilingual, options),
  );
  const warnings: string[] = [];
  for (const { order, cat } of categorised) {
    if (cat.unreadOverride !== null) {
      warnings.push(
        `Order ${order.orderId}: category "${excerpt(cat.unreadOverride, 40)}" not recognised; the keywords decided (${CATEGORY_LABELS[cat.category].en}).`,
      );
    }
  }
  const unknownOrders = data.findings.filter((f) => f.kind === 'unknownOrder');
  if (unknownOrders.length > 0) {
    const n = unknownOrders.reduce((sum, f) => sum + f.count, 0);
    warnings.push(
      `${n} defect(s) name orders that are not in the orders range and are left out; run =ODR_CHECK to see which.`,
    );
  }
  const checklist = new Map((options.checklist ?? []).map((c) => [c.step, c]));
  const steps = APPEAL_STEPS.map((text, i) => {
    const state = checklist.get(i + 1);
    return {
      step: i + 1,
      text: bilingualText(text, bilingual),
      done: state?.done ?? false,
      note: redactEmails(state?.note ?? ''),
    };
  });
  const letter = buildLetter(summary, sections, options.statuses ?? {});
  const notes = [planText('guideStyle', bilingual)];
  if (sections.length === 0) notes.push(planText('noDefects', bilingual));
  return {
    title: `${planText('title', bilingual)} — ${planText('window', bilingual)} ${summary.windowStart} – ${summary.windowEnd}`,
    bilingual,
    asOf: summary.windowEnd,
    notes,
    summary,
    categoriesHeading: planText('categories', bilingual),
    sections,
    steps: { heading: planText('appealSteps', bilingual), items: steps },
    letter: {
      ...letter,
      heading: planText('letter', bilingual),
      guidance: planText('guideLetter', bilingual),
    },
    warnings,
  };
}

/** A channel's status line for display: "MFN 1.52% — not under target". */
export function channelLine(c: ChannelSummary, bilingual: boolean): string {
  const rate = c.rate === null ? '—' : percent(c.rate);
  return `${c.scope} ${rate} — ${planText(c.underTarget ? 'underTarget' : 'overTarget', bilingual)}`;
}

export { percent as formatPercent };

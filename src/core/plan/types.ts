/** The plan of action as data: what build.ts produces and sheet.ts / letter.ts lay out. */
import type { ChannelScope, DefectType } from '../engine/types';
import type { Bilingual, CategoryBasis, CategoryId, ThemeId } from '../categorise';

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

export type LetterFlagKind = 'apology' | 'blame' | 'promise' | 'emotive';

export interface LetterFlag {
  kind: LetterFlagKind;
  /** The words that triggered the flag. */
  phrase: string;
  /** The sentence or bullet they sit in. */
  text: string;
  reason: string;
  /** Where the phrase starts in the checked text. */
  index: number;
}

export interface AppealLetter {
  text: string;
  characters: number;
  flags: LetterFlag[];
}

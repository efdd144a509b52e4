/**
 * The plan of action as data: what build.ts produces, sheet.ts lays out and letter.ts turns into
 * the English draft. Texts are Message values (rendered in the user's locale by the sheet);
 * the seller's and buyers' own words are strings.
 */
import type { DefectType } from '../engine/types';
import type { CategoryBasis, CategoryId, ThemeId } from '../categorise';
import type { Message, MessageKey } from '../i18n';
import type { ChannelSummary, IsoDate } from '../wire/types';
import type { ChecklistData, ChecklistStepId } from './checklist';

/** The statuses the seller picks per order in the corrective-actions table. */
export const ORDER_STATUSES = [
  'refunded',
  'replaced',
  'contacted buyer',
  'claim appealed',
  'feedback removal requested',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Each status's name in the catalog: the drop-down shows it in the seller's language. */
export const ORDER_STATUS_KEYS: Readonly<Record<OrderStatus, MessageKey>> = {
  refunded: 'plan.status.refunded',
  replaced: 'plan.status.replaced',
  'contacted buyer': 'plan.status.contactedBuyer',
  'claim appealed': 'plan.status.claimAppealed',
  'feedback removal requested': 'plan.status.feedbackRemovalRequested',
};

/** One of the five appeal steps (odr-rules §5), with the sidebar checklist's state. */
export interface AppealStep {
  step: number;
  id: ChecklistStepId;
  /** The checklist's own title for the step (`checklist.<id>.title`). */
  title: Message;
  /** Every sub-item of the step ticked in the sidebar. */
  done: boolean;
  note: string;
}

export interface PlanSummary {
  windowStart: IsoDate;
  windowEnd: IsoDate;
  target: number;
  channels: ChannelSummary[];
  /** Defective orders having each defect type, over all channels (one order may have several). */
  defectCounts: Record<DefectType, number>;
  defectiveOrders: number;
  /** One sentence per channel not under target. */
  missedTargets: Message[];
}

export interface ThemeCount {
  theme: ThemeId;
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
  orderDate: IsoDate;
  channel: string;
  defectTypes: DefectType[];
  category: CategoryId;
  categoryBasis: CategoryBasis;
  comment: string;
  reason: string;
  /** One of ORDER_STATUSES once the seller filled it (carried over from their last plan). */
  status: OrderStatus | '';
}

export interface PreventiveMeasure {
  text: Message;
  /** Why this measure is listed: the themes in the data it answers, or the standard table. */
  basis: Message;
  fromData: boolean;
}

export interface CategorySection {
  category: CategoryId;
  orders: number;
  /** Share of the window's defective orders (0–1). */
  share: number;
  firstOrderDate: IsoDate;
  lastOrderDate: IsoDate;
  orderIds: string[];
  defectCounts: Record<DefectType, number>;
  themes: ThemeCount[];
  reasons: ReasonCount[];
  overrides: number;
  rootCause: {
    facts: Message[];
    /** What to think about when writing the finding (from odr-rules §5's root-cause column). */
    prompt: Message;
    sellerFinding: string;
  };
  corrective: {
    /** Typical actions for this category, past tense, for the seller to keep or delete. */
    suggestions: Message[];
    rows: OrderRow[];
  };
  preventive: PreventiveMeasure[];
  evidence: Message[];
}

export interface PlanOfAction {
  summary: PlanSummary;
  sections: CategorySection[];
  steps: AppealStep[];
  letter: AppealLetter;
  /** Things the seller should look at: unreadable overrides, data findings. */
  warnings: Message[];
}

export interface PlanOptions {
  /** The sidebar's appeal checklist, for the steps' done marks and notes. */
  checklist?: ChecklistData;
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
  /** Why plans with it get rejected, for the seller (in their language). */
  reason: Message;
  /** Where the phrase starts in the checked text. */
  index: number;
}

export interface AppealLetter {
  /** English: Seller Performance reads English. */
  text: string;
  characters: number;
  flags: LetterFlag[];
}

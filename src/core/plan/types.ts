/**
 * The plan of action as data: what build.ts produces, sheet.ts lays out and letter.ts turns into
 * the English draft. Texts are Message values (rendered in the user's locale by the sheet);
 * the seller's and buyers' own words are strings.
 */
import type { Channel, ChannelScope, Day, DefectType, Table } from '../engine/types';
import type { CategoryBasis, CategoryId, ThemeId } from '../categorise';
import type { Message, MessageKey } from '../i18n';
import type { RemovalReason } from '../removal/candidates';
import type { ChannelSummary, IsoDate } from '../wire/types';
import type { ChecklistData, ChecklistStepId } from './checklist';
import type { Responsibility } from './guidance';

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

/** One of the five appeal steps (docs/rules.md §5), with the sidebar checklist's state. */
export interface AppealStep {
  step: number;
  id: ChecklistStepId;
  /** The checklist's own title for the step (`checklist.<id>.title`). */
  title: Message;
  /** Every sub-item of the step ticked in the sidebar. */
  done: boolean;
  /** The sidebar's note and what the seller typed in the last plan's note cell, both kept. */
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

/** A negative feedback Amazon would likely remove (docs/rules.md §3): a candidate, never certain. */
export interface RemovalNote {
  reason: RemovalReason;
  /** Last day to ask (90 days after the feedback); null when the feedback date is unknown. */
  requestBy: IsoDate | null;
  /** The 90 days are over. */
  passed: boolean;
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
  /** The products (SKUs) of the order, when the orders carry a SKU or ASIN column. */
  products: string[];
  /** One of ORDER_STATUSES once the seller picked it (carried over from their last plan). */
  status: OrderStatus | '';
  /** What the seller typed instead of a listed action ("Refunded and re-shipped…"), kept as is. */
  actionText: string;
  /** Set when the order's negative feedback is a removal candidate. */
  removal: RemovalNote | null;
}

/** Where an item of a corrective, preventive or evidence list comes from. */
export type ItemSource = 'guide' | 'seller';

/**
 * An item of a section's corrective, preventive or evidence list: a suggestion from the guide
 * (kept by the seller, or new) or the seller's own words (a suggestion they rewrote or a line
 * they added), which is kept as they typed it.
 */
export interface PlanItem {
  source: ItemSource;
  /** The guide's catalog key; null for the seller's own text. */
  key: MessageKey | null;
  text: Message | string;
}

export interface PreventiveMeasure extends PlanItem {
  /** Why this measure is listed: the themes in the data it answers, the standard table, or the seller. */
  basis: Message;
  fromData: boolean;
}

/** A product behind a section's orders, with its rate against the channel's. */
export interface ProductShare {
  sku: string;
  asin: string;
  name: string;
  /** The section's orders that carry it. */
  orders: number;
  /** The product's defect rate in the channel (all categories) and the channel's own rate. */
  rate: number;
  channelRate: number | null;
}

export interface CategorySection {
  /** The channel the section's orders belong to (ALL without a channel column). */
  scope: ChannelScope;
  category: CategoryId;
  orders: number;
  /** Share of the channel's defective orders (0–1). */
  share: number;
  firstOrderDate: IsoDate;
  lastOrderDate: IsoDate;
  orderIds: string[];
  defectCounts: Record<DefectType, number>;
  themes: ThemeCount[];
  reasons: ReasonCount[];
  overrides: number;
  /**
   * The products carrying the section's orders (behind two or more of them, or the one order of
   * a one-order section; up to three), when the orders carry a SKU or ASIN column.
   */
  products: ProductShare[];
  /** When no product stands out in a section of three or more orders: how many products. */
  productsSpread: number;
  rootCause: {
    facts: Message[];
    /** What to think about when writing the finding (from docs/rules.md §5's root-cause column). */
    prompt: Message;
    sellerFinding: string;
  };
  corrective: {
    /** Typical actions for this category, past tense, kept, rewritten or deleted by the seller. */
    suggestions: PlanItem[];
    rows: OrderRow[];
  };
  preventive: PreventiveMeasure[];
  evidence: PlanItem[];
}

/**
 * One channel the plan argues: it missed the target — or, when no channel misses, the worse
 * channel, as preparation.
 */
export interface ChannelPart {
  scope: ChannelScope;
  role: 'missed' | 'preparation';
  summary: ChannelSummary;
  sections: CategorySection[];
  /** The channel's rate if Amazon removed every open removal candidate (never certain). */
  ifRemoved: { candidates: number; rate: number | null } | null;
}

/** The defects of a channel the plan does not argue (under target while the other misses). */
export interface OtherChannelGroup {
  category: CategoryId;
  /** For FBA orders: whose the complaint is (docs/rules.md §5); null for MFN orders. */
  responsibility: Responsibility | null;
  /** What to do about them (FBA guidance), or null for MFN orders. */
  guidance: Message | null;
  rows: OrderRow[];
}

export interface OtherChannelPart {
  scope: Channel;
  summary: ChannelSummary;
  groups: OtherChannelGroup[];
}

/** Something to fill in before the letter can be sent (issue 13), said in the seller's language. */
export interface PlanGap {
  kind:
    | 'finding'
    | 'actions'
    | 'placeholder'
    | 'noMeasure'
    | 'uncategorised'
    | 'notEnglish'
    | 'noPlanSheet';
  text: Message;
}

export interface PlanOfAction {
  summary: PlanSummary;
  /** The channels argued: those that missed, or the worse one as preparation. */
  parts: ChannelPart[];
  /** Why these channels (missed target, or preparation with none missing). */
  focus: Message;
  /** The other channel's defects, apart, with guidance that fits it. */
  other: OtherChannelPart | null;
  steps: AppealStep[];
  letter: AppealLetter;
  /** What to fill in before sending; the letter is ready when there is nothing. */
  gaps: PlanGap[];
  /** Things the seller should look at: unreadable overrides, data findings. */
  warnings: Message[];
  /**
   * Per list (`MFN:damaged:preventive`), every guide suggestion the seller has been shown in it,
   * in this plan or an earlier one: one missing from the list is one they deleted. The sheet
   * keeps it as the plan's record (the title cell's note).
   */
  seen: Record<string, MessageKey[]>;
}

/**
 * No channel misses the target: the plan argues the worse channel, prepared in advance
 * (buildPlan gives every part of a plan the same role).
 */
export function preparedInAdvance(plan: Pick<PlanOfAction, 'parts'>): boolean {
  return plan.parts.some((p) => p.role === 'preparation');
}

/** An item read back from a list of the seller's last plan: a guide key, or their own text. */
export type FilledItem = { key: MessageKey } | { text: string };

export type ListBlock = 'corrective' | 'preventive' | 'evidence';

/** What the seller filled in a plan sheet, to carry into the next plan (issue 13). */
export interface FilledPlan {
  /**
   * Findings per section: `MFN:damaged` (channel and category), or just `damaged` for a plan
   * written before the plan argued channels apart.
   */
  findings: Record<string, string>;
  /** Per order id: a listed action, or the text the seller typed, kept whatever it says. */
  actions: Record<string, string>;
  /** The lists as the seller left them, per `MFN:damaged:preventive`. */
  lists: Record<string, FilledItem[]>;
  /**
   * The guide keys each list has shown the seller (the last plan's record), to tell a deletion
   * from a new suggestion.
   */
  shown: Record<string, MessageKey[]>;
  /** The appeal steps' note cells, by step number (1–5). */
  notes: Record<number, string>;
}

export interface PlanOptions {
  /** The sidebar's appeal checklist, for the steps' done marks and notes. */
  checklist?: ChecklistData;
  target?: number;
  /** What the seller filled in their last plan. */
  filled?: Partial<FilledPlan>;
  /**
   * The orders range the dataset was read from: with a SKU or ASIN column, the root causes name
   * the products behind each category.
   */
  orders?: Table;
  /** Today, for the feedback-removal deadlines. Default: the window's last day. */
  today?: Day;
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

/** One line of the letter: catalog texts and the seller's own words, rendered per locale. */
export type LetterLine = Message | string;

export interface AppealLetter {
  /** The letter as parts: the English text and the Chinese rendering are made from them. */
  lines: LetterLine[];
  /** English: Seller Performance reads English. */
  text: string;
  characters: number;
  flags: LetterFlag[];
  /** No gap left: nothing to fill in before sending. */
  ready: boolean;
}

/**
 * The data that crosses google.script.run between the sidebar/dialogs and the server. Plain JSON
 * only: google.script.run cannot carry Date objects, so dates cross as ISO `YYYY-MM-DD` strings.
 */
import type { ChannelScope, DefectType } from '../engine/types';
import type { Locale } from '../i18n';
import type { ReportType } from '../import';

export type IsoDate = string;

/**
 * One channel's standing, as the sidebar and the plan of action show it; filled by
 * channelSummary in src/core/engine/outlook.ts.
 */
export interface ChannelSummary {
  scope: ChannelScope;
  orders: number;
  defective: number;
  /** defective / orders as a fraction; null with no orders. */
  rate: number | null;
  negativeFeedback: number;
  atoz: number;
  chargeback: number;
  /** OK when strictly under target (docs/rules.md §1). */
  status: 'OK' | 'AT RISK';
  /** How many percentage points one defect is worth here (100 / orders). */
  pointsPerDefect: number | null;
  ordersNeeded: number;
  nextDropOff: IsoDate | null;
  /**
   * First day the rate is under target if defect-free orders keep coming at the current volume;
   * null when already under or not within 60 days.
   */
  backUnderTargetOn: IsoDate | null;
}

export type DeadlineKind = 'atozResponse' | 'atozAppeal' | 'chargebackResponse' | 'feedbackRemoval';

/** A deadline from docs/rules.md §3, where the defect's date allows computing it. */
export interface Deadline {
  kind: DeadlineKind;
  by: IsoDate;
  passed: boolean;
}

export interface DefectItem {
  orderId: string;
  orderDate: IsoDate;
  channel: 'MFN' | 'AFN' | null;
  types: DefectType[];
  /** The buyer's words, shortened, e-mail addresses removed. Untrusted: render as text only. */
  comment: string;
  reason: string;
  leavesWindowOn: IsoDate;
  deadline: Deadline | null;
  /** Where the order's first row is, to select it. */
  sheet: string;
  row: number;
  /** Every item row of the order (1-based, ascending): clicking it selects them all. */
  rows: number[];
}

export type SheetKind = 'orders' | 'defects' | 'other';

export interface DataSources {
  ordersSheet: string | null;
  defectsSheet: string | null;
  /** Whether the seller picked the sheets (true) or the add-on found them (false). */
  chosen: boolean;
  sheets: { name: string; kind: SheetKind }[];
}

/** One of the five appeal steps of docs/rules.md §5: a tick per sub-item and a note. */
export interface ChecklistStep {
  done: boolean[];
  note: string;
}

export interface ChecklistState {
  steps: ChecklistStep[];
  updated: string | null;
}

/**
 * Amazon's own figures from an imported Account Health report, one per marketplace and channel,
 * to compare with ours for the same marketplace only (issue 12). A rates-only report has no
 * counts; a report without dates has no window.
 */
export interface AmazonFigures {
  scope: 'MFN' | 'AFN';
  from: IsoDate | null;
  to: IsoDate | null;
  orders: number | null;
  defective: number | null;
  rate: number | null;
  /** The report's marketplace id (ATVPDKIKX0DER) and its sales channel (Amazon.com). */
  marketplaceId?: string | null;
  marketplace?: string | null;
}

/**
 * Our own counts over the window of an Amazon figure, for the same marketplace's orders, so a
 * difference can be pointed at. `matchedBy` says how the marketplace was matched to our orders:
 * by their sales channel, or — without a sales-channel column — because the report holds only
 * this marketplace. Figures that match none of our orders come with `ours: null` and
 * `notComparedBecause` set, and must not be shown beside our numbers.
 */
export interface AmazonComparison extends AmazonFigures {
  ours: { orders: number; defective: number; rate: number | null } | null;
  matchedBy?: 'salesChannel' | 'onlyMarketplace' | null;
  notComparedBecause?:
    'noOrdersInMarketplace' | 'noSalesChannel' | 'unknownMarketplace' | 'noWindow' | null;
}

export interface Dashboard {
  locale: Locale;
  /** The window's last day in use, and the seller's saved choice (null: latest order date). */
  asOf: IsoDate | null;
  asOfSetting: IsoDate | null;
  window: { start: IsoDate; end: IsoDate } | null;
  channels: ChannelSummary[];
  defects: DefectItem[];
  /** Today in the spreadsheet's time zone: dates after the window's end are said relative to it. */
  today: IsoDate;
  /** Negative feedback Amazon may remove, and the rates if it did (docs/rules.md §3). */
  removal: RemovalSummary;
  /** The products behind the defects, per channel that misses the target (else the worse one). */
  topProducts: TopProducts[];
  /**
   * What is left to fill in before the appeal letter can be sent (checklist steps 3 and 4); null
   * while the plan's gap list is not available to the dashboard.
   */
  readiness: PlanReadiness | null;
  /**
   * The data version the dashboard was read at (a stamp the writers bump): the open sidebar
   * polls getDataVersion and reloads when it moves.
   */
  dataVersion: string;
  sources: DataSources;
  checklist: ChecklistState;
  /** Metrics that miss target, as lines for checklist step 2. */
  missedTargets: string[];
  highlightActive: boolean;
  /** ODR_CHECK's findings, for a "data notes" line. */
  findings: string[];
  /** Amazon's figures, each with ours computed for the same window (null without our data). */
  amazonFigures: AmazonComparison[];
  /** Set when there is nothing to compute on yet (no orders sheet, empty window…). */
  problem: string | null;
  /**
   * The appeal (issue 13): the letter's readiness for checklist steps 3 and 4, the products
   * behind the defects, the feedback Amazon may remove. Filled by appealStatus
   * (src/addon/action-plan.ts) when the dashboard asks for it.
   */
  appeal?: AppealStatus | null;
}

/**
 * Whether the draft appeal letter can be sent (issue 13; the sidebar's checklist steps 3 and 4),
 * from the plan as the seller last filled it: filled by planReadiness (src/core/plan/readiness.ts).
 */
export interface PlanReadiness {
  /** The plan sheet whose filled cells were read; null when no plan is written yet. */
  planSheet: string | null;
  /** Nothing left to fill in (never true without a plan sheet). */
  ready: boolean;
  /** The channels the plan argues: those that missed the target, else the worse one. */
  argued: ChannelScope[];
  /** No channel misses the target: the plan is prepared in advance. */
  preparation: boolean;
  /** What is left to fill in before sending, in the user's language. */
  gaps: string[];
  /** The English letter's length in characters. */
  characters: number;
  /** How many phrases in the letter get plans rejected (apology, blame, promise, emotive). */
  flags: number;
}

/** A product behind the defects (ODR_BY_PRODUCT's row), for the sidebar's top products. */
export interface ProductItem {
  sku: string;
  asin: string;
  name: string;
  /** The window's orders in the scope with at least one item of it. */
  orders: number;
  /** Those of them that are defective. */
  defective: number;
  /** defective / orders. */
  rate: number;
  /** Its share of the scope's defective orders (an order with several SKUs counts for each). */
  share: number;
  /** The category most of its defective orders fall in, in the user's language ('' without). */
  mainComplaint: string;
}

/** The products behind the defects of one scope: filled by topProducts (src/core/plan/top-products.ts). */
export interface TopProducts {
  scope: ChannelScope;
  /** false when the orders have no SKU or ASIN column; `products` is then empty. */
  available: boolean;
  /** The scope's own rate, to compare each product's with. */
  averageRate: number | null;
  /** Most defective orders first, then the higher rate; only products with a defect. */
  products: ProductItem[];
}

export type RemovalReasonId = 'personalInfo' | 'obscene' | 'fbaDelivery' | 'productReview';

/** A negative feedback Amazon would likely remove (docs/rules.md §3) — a candidate, never certain. */
export interface RemovalItem {
  orderId: string;
  channel: 'MFN' | 'AFN' | null;
  reason: RemovalReasonId;
  /** Why, in the user's language. */
  reasonText: string;
  /** The feedback, shortened, personal data removed. Untrusted: render as text only. */
  comment: string;
  feedbackDate: IsoDate | null;
  /** Last day to ask (90 days after the feedback); null when its date is unknown. */
  requestBy: IsoDate | null;
  /** The 90 days are over. */
  passed: boolean;
  /** 1-based row of the feedback in the defects sheet (or the orders sheet for inline flags). */
  row: number;
  source: 'orders' | 'defects';
}

/** The removal candidates and what removing them would do: filled by removalSummary (src/core/removal/summary.ts). */
export interface RemovalSummary {
  candidates: RemovalItem[];
  /** Per channel with open candidates: the rate now and if every open one were removed. */
  ifRemoved: {
    scope: ChannelScope;
    candidates: number;
    rate: number | null;
    rateIfRemoved: number | null;
    /** "If Amazon removed all 2, MFN Order Defect Rate would be 1.04 % (now 1.46 %)…" */
    sentence: string;
  }[];
}

/** What the sidebar shows for the appeal: readiness, products, removal candidates (issue 13). */
export interface AppealStatus {
  readiness: PlanReadiness;
  topProducts: TopProducts;
  removal: RemovalSummary;
}

export interface HighlightResult {
  /** Rows coloured (highlight) or whose colours came back (clear). */
  rows: number;
  message: string;
  /** Whether rows are still highlighted afterwards (on any sheet). */
  active: boolean;
  /**
   * Clear only: rows edited since they were highlighted, left highlighted. When non-empty the
   * sidebar offers "Clear edited rows too" — clearHighlights({ includeEdited: true }).
   */
  edited: EditedRow[];
}

/** A highlighted row whose values changed since (by the seller or an import). */
export interface EditedRow {
  sheet: string;
  /** 1-based row, where it is now. */
  row: number;
  /** The order id in that row now (e-mail addresses redacted, cut to 60 characters). */
  orderId: string;
}

export interface ClearOptions {
  /** Also restore the colours of rows edited since highlighting (after the seller was told). */
  includeEdited?: boolean;
}

/** One file as the dialog sends it: decoded text, or the raw bytes as base64 (UTF-16 files). */
export interface ImportFileInput {
  name: string;
  text?: string;
  base64?: string;
}

export interface ImportFileReport {
  file: string;
  ok: boolean;
  type: ReportType | null;
  /** The recognised type in the user's language; empty when not recognised. */
  typeLabel: string;
  /** The sheet the rows went to; null for Account Health and failed files. */
  sheet: string | null;
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows the file had older news for (an earlier date, an undecided status): kept as they were. */
  older?: number;
  /** Values the seller typed that the file says otherwise: kept, listed for the seller to decide. */
  conflicts?: ImportConflict[];
  /** All skipped rows are counted here; `skipped` lists at most MAX_SKIPPED_LISTED of them. */
  skippedCount: number;
  skipped: { line: number; reason: string }[];
  ignored: { reason: string; count: number }[];
  notes: string[];
  error: string | null;
  /** The summary as lines of text in the user's language (the dialog shows these). */
  lines: string[];
}

/** A ledger cell the seller typed that a file disagrees with. */
export interface ImportConflict {
  orderId: string;
  column: string;
  /** What the sheet holds (kept). */
  yours: string;
  /** What the file says. */
  file: string;
}

export interface ImportResult {
  locale: Locale;
  files: ImportFileReport[];
  /** Sheets that were written (created or updated). */
  sheetsWritten: string[];
  /** Whether any file imported (even if it changed nothing). */
  anyImported: boolean;
  /**
   * `written`: the plan was written (or nothing needed writing); `stopped`: a blocked cell or a
   * limit stopped it before the first write; `rolledBack`: a write failed and was undone;
   * `partly`: a write failed and could not all be undone (the message says what was written).
   */
  outcome?: 'written' | 'stopped' | 'rolledBack' | 'partly';
  message: string;
}

export interface ImportDialogInfo {
  locale: Locale;
  /** The report types the import recognises, in the user's language. */
  reportTypes: string[];
}

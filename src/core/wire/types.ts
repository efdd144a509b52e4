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
  /** OK when strictly under target (odr-rules §1). */
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

/** A deadline from odr-rules §3, where the defect's date allows computing it. */
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
  /** Where the order's row is, to select it. */
  sheet: string;
  row: number;
}

export type SheetKind = 'orders' | 'defects' | 'other';

export interface DataSources {
  ordersSheet: string | null;
  defectsSheet: string | null;
  /** Whether the seller picked the sheets (true) or the add-on found them (false). */
  chosen: boolean;
  sheets: { name: string; kind: SheetKind }[];
}

/** One of the five appeal steps of odr-rules §5: a tick per sub-item and a note. */
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
}

export interface HighlightResult {
  rows: number;
  message: string;
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
  /** All skipped rows are counted here; `skipped` lists at most MAX_SKIPPED_LISTED of them. */
  skippedCount: number;
  skipped: { line: number; reason: string }[];
  ignored: { reason: string; count: number }[];
  notes: string[];
  error: string | null;
  /** The summary as lines of text in the user's language (the dialog shows these). */
  lines: string[];
}

export interface ImportResult {
  locale: Locale;
  files: ImportFileReport[];
  /** Sheets that were written (created or updated). */
  sheetsWritten: string[];
  /** Whether any file imported (even if it changed nothing). */
  anyImported: boolean;
  message: string;
}

export interface ImportDialogInfo {
  locale: Locale;
  /** The report types the import recognises, in the user's language. */
  reportTypes: string[];
}

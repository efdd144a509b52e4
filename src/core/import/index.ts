/** Importing Amazon reports into the Orders and Defects ledgers (issues 5, 10, 11). Pure: runs in Apps Script and the browser. */
export { base64ToBytes, unsignedBytes } from './base64';
export { decodeReport, decodeReportDetailed, type Encoding, type ReportBytes } from './decode';
export { ImportError } from './errors';
export { FINGERPRINT_HEADER } from './fingerprint';
export { statusFinality, type Finality } from './finality';
export {
  parseAccountHealth,
  type AmazonOdrFigures,
  type ChannelOdrFigures,
  type MarketplaceOdrFigures,
} from './health';
export { planImport, type ImportPlan, type PlanInput } from './import-plan';
export {
  importFile,
  importFiles,
  readReport,
  type FileSummary,
  type ImportDraft,
  type ImportOptions,
  type LedgerInput,
  type ReadReport,
  type ReportFile,
  type SheetDraft,
  type SheetRead,
} from './importer';
export { sameValue, type LedgerCell, type LedgerDate } from './ledger-cell';
export { cellsProblem, propertiesProblem, type PropertyWrite } from './limits';
export { LedgerWork, type Conflict, type MergeResult } from './merge';
export {
  normaliseReport,
  type IgnoredRows,
  type IncomingLedger,
  type LedgerKey,
  type LedgerRow,
  type NormalisedReport,
  type SkippedRow,
} from './normalise';
export type { Area, ProtectedArea } from './obstacles';
export { ORDER_COLUMNS, orderColumnId } from './order-columns';
export { parseDelimited, type Delimiter, type ParsedRow, type ParsedTable } from './parse';
export {
  recogniseHeader,
  recogniseReport,
  REPORT_TYPE_LABELS,
  type DelimitedReportType,
  type Recognition,
  type ReportType,
  type UnknownReport,
} from './recognise';
export {
  fileLines,
  REPORT_TYPE_KEYS,
  summaryMessage,
  type FileContext,
  type WriteOutcome,
} from './summary';
export {
  DEFECT_COL,
  DEFECT_STATUS_VALUES,
  DEFECT_TYPE_VALUES,
  DEFECTS_DATE_COLUMNS,
  DEFECTS_LEDGER_HEADER,
  FULFILLMENT_CHANNEL_VALUES,
  NEUTRAL_FEEDBACK_TYPE,
  ORDERS_DATE_COLUMNS,
  ORDERS_TEMPLATE_HEADER,
  STATUS_DATE_HEADER,
} from './templates';
export { EMAIL_REPLACEMENT } from './text';
export {
  a1Of,
  PLAIN_TEXT,
  type PaintGroup,
  type PaintOps,
  type PaintRect,
  type SheetPaintPlan,
  type WriteValue,
} from './write-plan';
export { newSheetsProblem, newTablePlan, type TableSpec } from './new-sheet';

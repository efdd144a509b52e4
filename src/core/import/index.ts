/** Importing Amazon reports into the Orders and Defects ledgers (issue 5). Pure: runs in Apps Script and the browser. */
export { decodeReport, decodeReportDetailed, type Encoding, type ReportBytes } from './decode';
export { ImportError } from './errors';
export {
  parseAccountHealth,
  type AmazonOdrFigures,
  type ChannelOdrFigures,
  type MarketplaceOdrFigures,
} from './health';
export {
  describeSummary,
  importFile,
  importFiles,
  readReport,
  type FileImportResult,
  type FileSummary,
  type ImportFilesResult,
  type ImportOptions,
  type LedgerValues,
  type ReadReport,
  type ReportFile,
} from './importer';
export { mergeIntoSheet, sameValue, type MergeOptions, type MergeResult } from './merge';
export {
  normaliseReport,
  type IgnoredRows,
  type IncomingLedger,
  type LedgerCell,
  type LedgerKey,
  type LedgerRow,
  type NormalisedReport,
  type SkippedRow,
} from './normalise';
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
  DEFECT_COL,
  DEFECT_STATUS_VALUES,
  DEFECT_TYPE_VALUES,
  DEFECTS_DATE_COLUMNS,
  DEFECTS_LEDGER_HEADER,
  FULFILLMENT_CHANNEL_VALUES,
  NEUTRAL_FEEDBACK_TYPE,
  ORDERS_DATE_COLUMNS,
  ORDERS_TEMPLATE_HEADER,
} from './templates';
export { EMAIL_REPLACEMENT } from './text';

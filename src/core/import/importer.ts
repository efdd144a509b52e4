import { dayFromParts } from '../engine/dates';
import type { Day, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import {
  assertLooksLikeText,
  decodeReportDetailed,
  type Encoding,
  type ReportBytes,
} from './decode';
import { ImportError } from './errors';
import { looksLikeJson, parseAccountHealth, type AmazonOdrFigures } from './health';
import { mergeIntoSheet, type MergeResult } from './merge';
import {
  normaliseReport,
  type IgnoredRows,
  type NormalisedReport,
  type SkippedRow,
} from './normalise';
import { parseDelimited } from './parse';
import { recogniseHeader, REPORT_TYPE_LABELS, unknownReport, type ReportType } from './recognise';

/**
 * One import, end to end: decode → JSON or delimited → recognise → normalise → merge. Each file
 * is all-or-nothing (issue 5): it yields a complete result or an error, never part of one; an
 * unreadable row is skipped with its line and why, and does not fail the file.
 */
export interface ReportFile {
  /** The file name as the seller picked it, or e.g. "Pasted text". */
  name: string;
  content: ReportBytes | string;
}

export interface ImportOptions {
  zone?: ZoneOffset;
  /** Today as YYYY-MM-DD, to tell ambiguous date formats apart (see date-order.ts). */
  today?: string;
}

/** The workbook's two ledgers as `getValues()` returns them (empty arrays for missing sheets). */
export interface LedgerValues {
  orders: readonly (readonly unknown[])[];
  defects: readonly (readonly unknown[])[];
}

export interface FileSummary {
  file: string;
  ok: boolean;
  type: ReportType | null;
  /** e.g. "Feedback report"; empty when the file failed before it was recognised. */
  typeLabel: string;
  /** Which sheet it went to; null for the Account Health report and failures. */
  ledger: 'orders' | 'defects' | null;
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: SkippedRow[];
  ignored: IgnoredRows[];
  notes: string[];
  /** Why the whole file was not imported. */
  error: string | null;
  encoding: Encoding | null;
}

export type FileImportResult =
  | { ok: true; summary: FileSummary; ledger: 'orders' | 'defects'; merge: MergeResult }
  | { ok: true; summary: FileSummary; ledger: null; figures: AmazonOdrFigures }
  | { ok: false; summary: FileSummary; error: string };

export type ReadReport =
  | { kind: 'ledger'; report: NormalisedReport; encoding: Encoding }
  | { kind: 'accountHealth'; figures: AmazonOdrFigures; encoding: Encoding };

function todayDay(options: ImportOptions): Day | null {
  const m = options.today ? /^(\d{4})-(\d{2})-(\d{2})/.exec(options.today) : null;
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Reads and recognises one file without touching any sheet; throws ImportError. */
export function readReport(file: ReportFile, options: ImportOptions = {}): ReadReport {
  const { text, encoding } = decodeReportDetailed(file.content);
  assertLooksLikeText(text);
  if (text.trim() === '') throw new ImportError('The file is empty.');
  if (looksLikeJson(text)) {
    return { kind: 'accountHealth', figures: parseAccountHealth(text), encoding };
  }
  const table = parseDelimited(text, {
    isHeader: (cells) => recogniseHeader(cells, file.name) !== null,
  });
  const recognition = table.headerRecognised ? recogniseHeader(table.header, file.name) : null;
  if (!recognition) throw new ImportError(unknownReport(table.header, file.name).message);
  const report = normaliseReport(table, recognition, {
    fileName: file.name,
    today: todayDay(options),
  });
  if (table.preamble.some((l) => l.trim() !== '')) {
    report.notes.push(`Header found on line ${table.headerLine}; the lines above it were skipped.`);
  }
  return { kind: 'ledger', report, encoding };
}

function emptySummary(file: string): FileSummary {
  return {
    file,
    ok: false,
    type: null,
    typeLabel: '',
    ledger: null,
    rowsRead: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    ignored: [],
    notes: [],
    error: null,
    encoding: null,
  };
}

/** Imports one file into the current ledgers; the result carries the new values to write. */
export function importFile(
  file: ReportFile,
  ledgers: LedgerValues,
  options: ImportOptions = {},
): FileImportResult {
  const summary = emptySummary(file.name);
  try {
    const read = readReport(file, options);
    summary.encoding = read.encoding;
    if (read.kind === 'accountHealth') {
      summary.ok = true;
      summary.type = 'accountHealth';
      summary.typeLabel = REPORT_TYPE_LABELS.accountHealth;
      summary.rowsRead = read.figures.marketplaces.length;
      return { ok: true, summary, ledger: null, figures: read.figures };
    }
    const { report } = read;
    summary.type = report.type;
    summary.typeLabel = report.typeLabel;
    summary.rowsRead = report.rowsRead;
    summary.ignored = report.ignored;
    summary.notes = report.notes;
    const ledger = report.incoming.ledger;
    const merge = mergeIntoSheet(ledgers[ledger], report.incoming, { zone: options.zone ?? UTC });
    summary.ok = true;
    summary.ledger = ledger;
    summary.added = merge.added;
    summary.updated = merge.updated;
    summary.unchanged = merge.unchanged;
    summary.skipped = [...report.skipped, ...merge.skipped].sort((a, b) => a.line - b.line);
    return { ok: true, summary, ledger, merge };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    const error = `${file.name}: ${e.message}`;
    // A failed file reports nothing as read or written.
    const failed = {
      ...emptySummary(file.name),
      error,
      type: summary.type,
      typeLabel: summary.typeLabel,
    };
    return { ok: false, summary: failed, error };
  }
}

export interface ImportFilesResult {
  /** The ledgers after every file that imported; write those whose `changed` flag is set. */
  orders: unknown[][];
  defects: unknown[][];
  ordersChanged: boolean;
  defectsChanged: boolean;
  summaries: FileSummary[];
  /** From the last Account Health report among the files, if any. */
  amazonFigures: AmazonOdrFigures | null;
}

/** Imports several files in order, each all-or-nothing; a failed file leaves the ledgers as they were. */
export function importFiles(
  files: readonly ReportFile[],
  ledgers: LedgerValues,
  options: ImportOptions = {},
): ImportFilesResult {
  let orders: readonly (readonly unknown[])[] = ledgers.orders;
  let defects: readonly (readonly unknown[])[] = ledgers.defects;
  let ordersChanged = false;
  let defectsChanged = false;
  let amazonFigures: AmazonOdrFigures | null = null;
  const summaries: FileSummary[] = [];
  for (const file of files) {
    const result = importFile(file, { orders, defects }, options);
    summaries.push(result.summary);
    if (!result.ok) continue;
    if (result.ledger === null) {
      amazonFigures = result.figures;
    } else if (result.ledger === 'orders') {
      orders = result.merge.values;
      ordersChanged ||= result.merge.changed;
    } else {
      defects = result.merge.values;
      defectsChanged ||= result.merge.changed;
    }
  }
  return {
    orders: orders.map((row) => row.slice()),
    defects: defects.map((row) => row.slice()),
    ordersChanged,
    defectsChanged,
    summaries,
    amazonFigures,
  };
}

/** One line per file for the dialog's closing summary. */
export function describeSummary(summary: FileSummary): string {
  if (!summary.ok) return summary.error ?? `${summary.file}: not imported.`;
  if (summary.type === 'accountHealth') {
    return `${summary.file}: ${summary.typeLabel}, Amazon's ODR figures for ${summary.rowsRead} marketplace(s) read.`;
  }
  const parts = [
    `${summary.rowsRead} row(s) read`,
    `${summary.added} added`,
    `${summary.updated} updated`,
    `${summary.unchanged} unchanged`,
  ];
  for (const i of summary.ignored) parts.push(`${i.count} not imported: ${i.reason}`);
  let text = `${summary.file}: ${summary.typeLabel} → ${summary.ledger === 'orders' ? 'Orders' : 'Defects'}; ${parts.join(', ')}`;
  if (summary.skipped.length > 0) {
    const shown = summary.skipped
      .slice(0, 10)
      .map((s) => `line ${s.line}: ${s.reason}`)
      .join('; ');
    text += `; ${summary.skipped.length} skipped (${shown}${summary.skipped.length > 10 ? '; …' : ''})`;
  }
  return `${text}.`;
}

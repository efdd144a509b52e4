/**
 * The import summary as catalog messages (issue 10): the add-on renders them in the seller's
 * language, so a Chinese seller reads no English in it. File names, sheet names, cell values
 * and order ids are data and shown as they are.
 */
import { msg, type Message, type MessageKey } from '../i18n';
import type { FileSummary } from './importer';
import type { ReportType } from './recognise';
import { a1Of } from './write-plan';

export const REPORT_TYPE_KEYS: Readonly<Record<ReportType, MessageKey>> = {
  allOrders: 'import.type.allOrders',
  feedback: 'import.type.feedback',
  odrDownload: 'import.type.odrDownload',
  claimsList: 'import.type.claimsList',
  chargebacksList: 'import.type.chargebacksList',
  defectList: 'import.type.defectList',
  accountHealth: 'import.type.accountHealth',
};

/** Shown per file; the rest are counted. */
export const MAX_SKIPPED_LINES = 10;
export const MAX_CONFLICT_LINES = 10;

export interface FileContext {
  /** The sheet the file's rows went to (by ledger). */
  sheetOf: (ledger: 'orders' | 'defects') => string;
  /**
   * What was saved of an Account Health file, already in the seller's language (its owner,
   * src/addon/shared/amazon-figures.ts, names each marketplace and rate); null: nothing saved.
   */
  figuresSaved: string | null;
}

/** The summary lines of one file: catalog messages, and lines already rendered. */
export function fileLines(summary: FileSummary, context: FileContext): (Message | string)[] {
  const lines: (Message | string)[] = [];
  const type = summary.type ? msg(REPORT_TYPE_KEYS[summary.type]) : null;
  if (!summary.ok) {
    if (type) lines.push(msg('import.file.type', { type }));
    lines.push(msg('import.file.failed', { error: summary.error ?? msg('import.error.unknown') }));
    return lines;
  }
  if (type) lines.push(msg('import.file.type', { type }));
  if (summary.type === 'accountHealth') {
    lines.push(context.figuresSaved ?? msg('import.file.healthNone', { count: summary.rowsRead }));
  } else if (summary.ledger) {
    const sheet = context.sheetOf(summary.ledger);
    lines.push(msg('import.file.sheet', { sheet }));
    lines.push(
      msg('import.file.counts', {
        read: summary.rowsRead,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        skipped: summary.skipped.length,
      }),
    );
    if (summary.older > 0) lines.push(msg('import.file.older', { count: summary.older }));
    if (summary.conflicts.length > 0) {
      lines.push(msg('import.file.conflicts', { count: summary.conflicts.length }));
      for (const c of summary.conflicts.slice(0, MAX_CONFLICT_LINES)) {
        lines.push(
          msg('import.file.conflict', {
            cell: `${sheet}!${a1Of(c.row, c.col)}`,
            order: c.orderId,
            column: c.header,
            yours: c.sheetValue,
            file: c.fileValue,
          }),
        );
      }
      if (summary.conflicts.length > MAX_CONFLICT_LINES) {
        lines.push(
          msg('import.file.conflictsMore', {
            count: summary.conflicts.length - MAX_CONFLICT_LINES,
          }),
        );
      }
    }
    for (const i of summary.ignored) {
      lines.push(msg('import.file.ignored', { count: i.count, reason: i.reason }));
    }
    for (const s of summary.skipped.slice(0, MAX_SKIPPED_LINES)) {
      lines.push(msg('import.file.skippedLine', { line: s.line, reason: s.reason }));
    }
    if (summary.skipped.length > MAX_SKIPPED_LINES) {
      lines.push(
        msg('import.file.skippedMore', { count: summary.skipped.length - MAX_SKIPPED_LINES }),
      );
    }
  }
  lines.push(...summary.notes);
  return lines;
}

/** What happened to the writes, for the closing sentence. */
export type WriteOutcome =
  | { kind: 'stopped'; why: Message }
  | { kind: 'written'; sheets: string[]; switched: string[] }
  | { kind: 'rolledBack'; error: string }
  | { kind: 'partly'; error: string; written: string[]; notWritten: string[] };

/** The closing sentence of the summary. */
export function summaryMessage(summaries: readonly FileSummary[], outcome: WriteOutcome): Message {
  const conflicts = summaries.reduce((n, s) => n + s.conflicts.length, 0);
  const withConflicts = (m: Message): Message =>
    conflicts > 0 ? msg('import.summary.withConflicts', { summary: m, count: conflicts }) : m;
  switch (outcome.kind) {
    case 'stopped':
      return msg('import.summary.stopped', { why: outcome.why });
    case 'rolledBack':
      return msg('import.summary.rolledBack', { error: outcome.error });
    case 'partly':
      return msg('import.summary.partly', {
        error: outcome.error,
        written: outcome.written.join(', '),
        notWritten: outcome.notWritten.join(', '),
      });
    case 'written':
      if (!summaries.some((s) => s.ok)) return msg('import.summary.noneImported');
      if (outcome.sheets.length === 0) return withConflicts(msg('import.summary.nothingChanged'));
      return withConflicts(
        outcome.switched.length > 0
          ? msg('import.summary.doneSwitched', {
              sheets: outcome.sheets.join(', '),
              switched: outcome.switched.join(', '),
            })
          : msg('import.summary.done', { sheets: outcome.sheets.join(', ') }),
      );
    default:
      return msg('import.summary.noneImported');
  }
}

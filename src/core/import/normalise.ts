import { fieldsOfHeader, normalizeHeader } from '../engine/columns';
import { dayToIso, parseDateString, type PartOrder } from '../engine/dates';
import { DEFECT_LABELS, readDefectType, readFlag, readRating } from '../engine/rules';
import type { Day, DefectType } from '../engine/types';
import { UTC } from '../engine/types';
import type { ParsedRow, ParsedTable } from './parse';
import { REPORT_TYPE_LABELS, type DelimitedReportType, type HeaderRecognition } from './recognise';
import { DEFECTS_LEDGER_HEADER, NEUTRAL_FEEDBACK_TYPE } from './templates';
import { ledgerText, scrubEmails } from './text';
import { decideFileDateOrder } from './date-order';

/** A value written to a ledger: text, or a number (ratings). */
export type LedgerCell = string | number;

export interface LedgerRow {
  /** 1-based source line, for messages. */
  line: number;
  cells: LedgerCell[];
}

/**
 * How rows of a ledger are matched on re-import (see merge.ts):
 * - orders: order id plus the first item column both sides have (order-item-id, sku, asin),
 *   else the content of the shared columns; the n-th duplicate matches the n-th duplicate.
 * - defects: (Order ID, type family), plus the defect date for feedback.
 */
export type LedgerKey =
  | { kind: 'orders'; orderId: string; purchaseDate: string; item: readonly string[] }
  | { kind: 'defects' };

export interface IncomingLedger {
  ledger: 'orders' | 'defects';
  header: readonly string[];
  rows: readonly LedgerRow[];
  key: LedgerKey;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

/** Rows read correctly but not written because they are not defects (e.g. 4–5 star feedback). */
export interface IgnoredRows {
  reason: string;
  count: number;
}

export interface NormalisedReport {
  type: DelimitedReportType;
  typeLabel: string;
  incoming: IncomingLedger;
  rowsRead: number;
  skipped: SkippedRow[];
  ignored: IgnoredRows[];
  /** Decisions the seller may want to check (date format assumed, columns dropped). */
  notes: string[];
}

export interface NormaliseOptions {
  /** The file name, written into the Source column. */
  fileName?: string;
  /** Today, to break ties between date formats that read every value (see date-order.ts). */
  today?: Day | null;
}

class Collector {
  readonly skipped: SkippedRow[] = [];
  private readonly ignoredBy = new Map<string, number>();
  readonly notes: string[] = [];
  skip(row: ParsedRow, reason: string): void {
    this.skipped.push({ line: row.line, reason });
  }
  ignore(reason: string): void {
    this.ignoredBy.set(reason, (this.ignoredBy.get(reason) ?? 0) + 1);
  }
  ignored(): IgnoredRows[] {
    return [...this.ignoredBy].map(([reason, count]) => ({ reason, count }));
  }
}

function cellAt(row: ParsedRow, col: number | undefined): string {
  return col === undefined ? '' : (row.cells[col] ?? '').trim();
}

/** Turns a parsed, recognised report into rows for its ledger. */
export function normaliseReport(
  table: ParsedTable,
  recognition: HeaderRecognition,
  options: NormaliseOptions = {},
): NormalisedReport {
  const out = new Collector();
  const incoming =
    recognition.type === 'allOrders'
      ? normaliseOrders(table, recognition, options, out)
      : normaliseDefects(table, recognition, options, out);
  return {
    type: recognition.type,
    typeLabel: REPORT_TYPE_LABELS[recognition.type],
    incoming,
    rowsRead: table.rows.length,
    skipped: out.skipped,
    ignored: out.ignored(),
    notes: out.notes,
  };
}

/** Older files and some marketplaces use these names (odr-rules §6); one name per column. */
const ORDER_HEADER_RENAMES: ReadonlyMap<string, string> = new Map([
  ['merchantorderid', 'merchant-order-id'],
  ['quantitypurchased', 'quantity'],
]);

/** Personal-data columns of older order reports: not needed for the ODR, never copied. */
const PERSONAL_HEADER_RE = /e?mail|phone|buyername|recipientname|shipaddress|billaddress|billname/;

function normaliseOrders(
  table: ParsedTable,
  recognition: HeaderRecognition,
  options: NormaliseOptions,
  out: Collector,
): IncomingLedger {
  const keep: number[] = [];
  const header: string[] = [];
  const seen = new Set<string>();
  const dropped: string[] = [];
  table.header.forEach((raw, c) => {
    const key = normalizeHeader(raw);
    if (key === '') return;
    if (PERSONAL_HEADER_RE.test(key) || fieldsOfHeader(raw).includes('email')) {
      dropped.push(raw);
      return;
    }
    const name = ORDER_HEADER_RENAMES.get(key) ?? raw;
    const nameKey = normalizeHeader(name);
    if (seen.has(nameKey)) {
      dropped.push(`${raw} (repeated)`);
      return;
    }
    seen.add(nameKey);
    keep.push(c);
    header.push(name);
  });
  if (dropped.length > 0) out.notes.push(`Columns not copied: ${dropped.join(', ')}.`);

  const idCol = recognition.match.columns.orderId as number;
  const dateCol = recognition.match.columns.purchaseDate as number;
  const dateOrder = decideFileDateOrder(
    table.rows.map((r) => cellAt(r, dateCol)),
    options.today ?? null,
    out.notes,
    table.header[dateCol],
  );
  const rows: LedgerRow[] = [];
  for (const row of table.rows) {
    if (cellAt(row, idCol) === '') {
      out.skip(row, 'no order id');
      continue;
    }
    const date = cellAt(row, dateCol);
    if (parseDateString(date, dateOrder, UTC) === null) {
      out.skip(
        row,
        date === ''
          ? 'no purchase date'
          : `purchase date "${scrubEmails(date)}" could not be read as a date`,
      );
      continue;
    }
    rows.push({ line: row.line, cells: keep.map((c) => ledgerText(row.cells[c] ?? '')) });
  }
  const item = ['order-item-id', 'sku', 'asin'].filter((h) =>
    header.some((x) => normalizeHeader(x) === normalizeHeader(h)),
  );
  return {
    ledger: 'orders',
    header,
    rows,
    key: {
      kind: 'orders',
      orderId: table.header[idCol],
      purchaseDate: table.header[dateCol],
      item,
    },
  };
}

function sourceText(type: DelimitedReportType, fileName: string | undefined): string {
  const label = REPORT_TYPE_LABELS[type];
  return ledgerText(fileName ? `${label} (${fileName})` : label);
}

function typeOfListCell(text: string): { type: DefectType; neutral: boolean } | null {
  if (normalizeHeader(text) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) {
    return { type: 'negativeFeedback', neutral: true };
  }
  const type = readDefectType(text);
  return type === null ? null : { type, neutral: false };
}

function normaliseDefects(
  table: ParsedTable,
  recognition: HeaderRecognition,
  options: NormaliseOptions,
  out: Collector,
): IncomingLedger {
  const type = recognition.type;
  const c = recognition.match.columns;
  const source = sourceText(type, options.fileName);
  // The ODR download's date is the order date, not the defect's (odr-rules §6).
  const dateCol = type === 'odrDownload' ? undefined : c.defectDate;
  const dateOrder: PartOrder =
    dateCol === undefined
      ? 'MDY'
      : decideFileDateOrder(
          table.rows.map((r) => cellAt(r, dateCol)),
          options.today ?? null,
          out.notes,
          table.header[dateCol],
        );
  const rows: LedgerRow[] = [];
  const push = (
    row: ParsedRow,
    label: string,
    status: string,
    date: string,
    rating: number | '',
  ): void => {
    const amount = cellAt(row, c.amount);
    let reason = cellAt(row, c.reason);
    if (amount !== '') reason = reason === '' ? `Amount ${amount}` : `${reason} (amount ${amount})`;
    rows.push({
      line: row.line,
      cells: [
        ledgerText(cellAt(row, c.orderId)),
        label,
        ledgerText(status),
        date,
        rating,
        ledgerText(cellAt(row, c.comment)),
        ledgerText(reason),
        source,
        type === 'defectList' ? ledgerText(cellAt(row, c.category)) : '',
      ],
    });
  };

  for (const row of table.rows) {
    if (cellAt(row, c.orderId) === '') {
      out.skip(row, 'no order id');
      continue;
    }
    let date = '';
    if (dateCol !== undefined) {
      const raw = cellAt(row, dateCol);
      if (raw !== '') {
        const day = parseDateString(raw, dateOrder, UTC);
        if (day === null) {
          out.skip(row, `date "${scrubEmails(raw)}" could not be read as a date`);
          continue;
        }
        date = dayToIso(day);
      }
    }
    const status = cellAt(row, c.status);

    if (type === 'odrDownload') {
      let any = false;
      for (const [kind, col] of [
        ['negativeFeedback', c.negativeFeedback],
        ['atoz', c.atoz],
        ['chargeback', c.chargeback],
      ] as const) {
        if (col === undefined) continue;
        const flag = readFlag(cellAt(row, col));
        if (flag.kind === 'no') continue;
        any = true;
        push(row, DEFECT_LABELS[kind], flag.kind === 'status' ? flag.status : status, '', '');
      }
      if (!any) out.ignore('no defect marked in the row');
      continue;
    }
    if (type === 'claimsList' || type === 'chargebacksList') {
      push(row, DEFECT_LABELS[type === 'claimsList' ? 'atoz' : 'chargeback'], status, date, '');
      continue;
    }

    let kind: DefectType = 'negativeFeedback';
    let neutral = false;
    if (type === 'defectList') {
      const typeText = cellAt(row, c.type);
      const read = typeOfListCell(typeText);
      if (read === null) {
        out.skip(
          row,
          `type "${scrubEmails(typeText)}" not recognised (use negative feedback, A-to-z claim or chargeback)`,
        );
        continue;
      }
      kind = read.type;
      neutral = read.neutral;
    }
    let rating: number | '' = '';
    if (kind === 'negativeFeedback' && c.rating !== undefined) {
      const ratingText = cellAt(row, c.rating);
      const stars = readRating(ratingText);
      if (stars === null && (type === 'feedback' || ratingText !== '')) {
        out.skip(row, `rating "${scrubEmails(ratingText)}" is not 1–5 stars`);
        continue;
      }
      if (stars !== null) {
        // 1–2 stars is a defect, 3 neutral (kept for context), 4–5 positive (odr-rules §1).
        if (stars >= 4) {
          out.ignore('positive feedback (4–5 stars), not a defect');
          continue;
        }
        rating = stars;
        neutral = stars === 3;
      }
    }
    push(
      row,
      neutral ? NEUTRAL_FEEDBACK_TYPE : DEFECT_LABELS[kind],
      type === 'feedback' ? '' : status,
      date,
      rating,
    );
  }
  if (c.email !== undefined) out.notes.push('Buyer e-mail addresses were not copied.');
  return { ledger: 'defects', header: [...DEFECTS_LEDGER_HEADER], rows, key: { kind: 'defects' } };
}

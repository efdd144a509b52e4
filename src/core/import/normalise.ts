import { cleanOrderId, isExcelMangledId, normalizeHeader } from '../engine/columns';
import { parseDateString, type PartOrder } from '../engine/dates';
import { UTC } from '../engine/types';
import { DEFECT_LABELS, readDefectType, readFlag, readRating } from '../engine/rules';
import type { Day, DefectType } from '../engine/types';
import { msg, type Message } from '../i18n';
import type { ParsedRow, ParsedTable } from './parse';
import { REPORT_TYPE_LABELS, type DelimitedReportType, type HeaderRecognition } from './recognise';
import { DEFECTS_LEDGER_HEADER, NEUTRAL_FEEDBACK_TYPE, STATUS_DATE_HEADER } from './templates';
import { reasonWithCode, redactPersonal } from '../engine/text';
import { scrubEmails } from './text';
import { decideFileDateOrder, decideFileDateOrderDetailed } from './date-order';
import { ledgerDateOf, isNumericText, type LedgerCell } from './ledger-cell';
import { fitCellText } from '../engine/platform-limits';
import { ORDER_COLUMNS, orderColumnId, type OrderColumnKind } from './order-columns';
import { lazy } from '../engine/lazy';

export type { LedgerCell } from './ledger-cell';

export interface LedgerRow {
  /** 1-based source line, for messages. */
  line: number;
  cells: LedgerCell[];
}

/**
 * How rows of a ledger are matched on re-import (see merge.ts):
 * - orders: order id plus the first item column both sides have (order-item-id, sku, asin);
 *   without one, by order id alone, the n-th row of an order matching the n-th;
 * - defects: (Order ID, type family), plus the defect date for feedback.
 */
export type LedgerKey =
  | { kind: 'orders'; orderId: string; purchaseDate: string; item: readonly string[] }
  | { kind: 'defects' };

export interface IncomingLedger {
  ledger: 'orders' | 'defects';
  header: readonly string[];
  /** Per header column: its id among the ledger's known columns (fingerprints), or -1. */
  columnIds: readonly number[];
  rows: readonly LedgerRow[];
  key: LedgerKey;
}

export interface SkippedRow {
  line: number;
  reason: Message;
}

/** Rows read correctly but not written because they are not defects (e.g. 4–5 star feedback). */
export interface IgnoredRows {
  reason: Message;
  count: number;
}

export interface NormalisedReport {
  type: DelimitedReportType;
  typeLabel: string;
  incoming: IncomingLedger;
  rowsRead: number;
  skipped: SkippedRow[];
  ignored: IgnoredRows[];
  /** Decisions the seller may want to check (date format assumed, columns left out). */
  notes: Message[];
}

export interface NormaliseOptions {
  /** The file name, written into the Source column. */
  fileName?: string;
  /** Today, to break ties between date formats that read every value (see date-order.ts). */
  today?: Day | null;
  /** Renders the "…(n more)" marker of a text cut to fit a cell, in the user's language. */
  cutMarker?: (more: number) => string;
}

class Collector {
  readonly skipped: SkippedRow[] = [];
  private readonly ignoredBy = new Map<string, { reason: Message; count: number }>();
  readonly notes: Message[] = [];
  cut = 0;
  skip(row: ParsedRow, reason: Message): void {
    this.skipped.push({ line: row.line, reason });
  }
  ignore(reason: Message): void {
    const entry = this.ignoredBy.get(reason.key);
    if (entry) entry.count++;
    else this.ignoredBy.set(reason.key, { reason, count: 1 });
  }
  ignored(): IgnoredRows[] {
    return [...this.ignoredBy.values()];
  }
}

/** The cut-off marker when none is given (tests of the core alone). */
const DEFAULT_MARKER = (more: number): string => `…(${more} more)`;

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
  const marker = options.cutMarker ?? DEFAULT_MARKER;
  // Text for a ledger cell: trimmed, e-mail addresses removed, cut to fit one cell.
  const text = (value: string): string => {
    const clean = scrubEmails(value.trim());
    const fitted = fitCellText(clean, marker);
    if (fitted !== clean) out.cut++;
    return fitted;
  };
  // Rows the parser would not take (a cut-off last line, more fields than the header) are
  // reported by line; they are not in `rows`, so nothing of them is imported.
  for (const r of table.rejected) out.skipped.push({ line: r.line, reason: r.message });
  out.notes.push(...table.notes);
  const rows = table.rows;
  const read =
    recognition.type === 'allOrders'
      ? normaliseOrders(table, rows, recognition, options, out, text)
      : normaliseDefects(table, rows, recognition, options, out, text);
  const incoming = dropOverlap(read, table.partStarts, out);
  if (out.cut > 0) out.notes.push(msg('import.note.cut', { count: out.cut }));
  return {
    type: recognition.type,
    typeLabel: REPORT_TYPE_LABELS[recognition.type],
    incoming,
    rowsRead: table.rows.length + table.rejected.length,
    skipped: out.skipped,
    ignored: out.ignored(),
    notes: out.notes,
  };
}

type TextFn = (value: string) => string;

/**
 * Downloads that overlap (two date ranges sharing days) and were joined into one file repeat
 * rows: a row exactly like one of an earlier part is the same order item or defect, imported
 * once and counted in the summary. Rows within one download are never merged (an order may
 * hold two identical item rows).
 */
function dropOverlap(
  incoming: IncomingLedger,
  partStarts: readonly number[],
  out: Collector,
): IncomingLedger {
  if (partStarts.length === 0) return incoming;
  const partOf = (line: number): number => {
    let n = 0;
    while (n < partStarts.length && partStarts[n] < line) n++;
    return n;
  };
  const firstPart = new Map<string, number>();
  const kept: LedgerRow[] = [];
  for (const row of incoming.rows) {
    const key = JSON.stringify(row.cells);
    const part = partOf(row.line);
    const seen = firstPart.get(key);
    if (seen !== undefined && seen < part) {
      out.ignore(msg('import.ignore.overlap'));
      continue;
    }
    if (seen === undefined) firstPart.set(key, part);
    kept.push(row);
  }
  return kept.length === incoming.rows.length ? incoming : { ...incoming, rows: kept };
}

/** A report cell as its column's type: a number or date where the column holds those. */
function typedCell(raw: string, kind: OrderColumnKind, order: PartOrder, text: TextFn): LedgerCell {
  const value = raw.trim();
  if (value === '') return '';
  if (kind === 'dateTime') return ledgerDateOf(value, order) ?? text(value);
  if ((kind === 'integer' || kind === 'money') && isNumericText(value)) return Number(value);
  return text(value);
}

function normaliseOrders(
  table: ParsedTable,
  rows: readonly ParsedRow[],
  recognition: HeaderRecognition,
  options: NormaliseOptions,
  out: Collector,
  text: TextFn,
): IncomingLedger {
  const keep: number[] = [];
  const header: string[] = [];
  const ids: number[] = [];
  const dropped: string[] = [];
  table.header.forEach((raw, c) => {
    if (normalizeHeader(raw) === '') return;
    const id = orderColumnId(raw);
    if (id < 0) {
      dropped.push(raw);
      return;
    }
    if (ids.includes(id)) {
      dropped.push(raw);
      return;
    }
    keep.push(c);
    ids.push(id);
    // A new ledger gets the report's column names; renamed older columns get today's name.
    header.push(
      normalizeHeader(raw) === normalizeHeader(ORDER_COLUMNS[id].name)
        ? raw
        : ORDER_COLUMNS[id].name,
    );
  });
  if (dropped.length > 0) {
    out.notes.push(msg('import.note.columnsLeftOut', { columns: dropped.join(', ') }));
  }

  const idCol = recognition.match.columns.orderId as number;
  const dateCol = recognition.match.columns.purchaseDate as number;
  const dateOrder = decideFileDateOrder(
    rows.map((r) => cellAt(r, dateCol)),
    options.today ?? null,
    out.notes,
    table.header[dateCol],
  );
  const kinds = keep.map((_, i) => ORDER_COLUMNS[ids[i]].kind);
  const purchaseAt = keep.indexOf(dateCol);
  const idAt = keep.indexOf(idCol);
  // Other id columns (order-item-id, merchant-order-id) Excel rewrote: left empty, said once.
  const idColumns = keep
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c !== idCol && /(^|-)id$/.test(normalizeIdHeader(table.header[c])));
  const mangled = new Map<number, { count: number; value: string }>();
  const ledgerRows: LedgerRow[] = [];
  for (const row of rows) {
    const orderId = cleanOrderId(cellAt(row, idCol));
    if (orderId === '') {
      out.skip(row, msg('import.skip.noOrderId'));
      continue;
    }
    if (isExcelMangledId(orderId)) {
      out.skip(row, msg('import.skip.excelOrderId', { value: orderId }));
      continue;
    }
    const date = cellAt(row, dateCol);
    const read = date === '' ? null : ledgerDateOf(date, dateOrder);
    if (read === null) {
      out.skip(
        row,
        date === ''
          ? msg('import.skip.noPurchaseDate')
          : msg('import.skip.badPurchaseDate', { value: redactPersonal(date).slice(0, 80) }),
      );
      continue;
    }
    const cells = keep.map((c, i) => typedCell(row.cells[c] ?? '', kinds[i], dateOrder, text));
    if (purchaseAt >= 0) cells[purchaseAt] = read;
    if (idAt >= 0) cells[idAt] = text(orderId);
    for (const { c, i } of idColumns) {
      const value = cellAt(row, c);
      if (!isExcelMangledId(value)) continue;
      cells[i] = '';
      const seen = mangled.get(c);
      if (seen) seen.count++;
      else mangled.set(c, { count: 1, value });
    }
    ledgerRows.push({ line: row.line, cells });
  }
  for (const [c, { count, value }] of mangled) {
    out.notes.push(msg('import.note.excelIds', { column: table.header[c], count, value }));
  }
  const item = ['order-item-id', 'sku', 'asin'].filter((h) =>
    header.some((x) => orderColumnId(x) === orderColumnId(h)),
  );
  return {
    ledger: 'orders',
    header,
    columnIds: ids,
    rows: ledgerRows,
    key: {
      kind: 'orders',
      orderId: header[keep.indexOf(idCol)] ?? table.header[idCol],
      purchaseDate: header[purchaseAt] ?? table.header[dateCol],
      item,
    },
  };
}

/** A header in the All Orders report's spelling (order-item-id), to tell its id columns. */
function normalizeIdHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function sourceText(type: DelimitedReportType, fileName: string | undefined, text: TextFn): string {
  const label = REPORT_TYPE_LABELS[type];
  return text(fileName ? `${label} (${fileName})` : label);
}

function typeOfListCell(value: string): { type: DefectType; neutral: boolean } | null {
  if (normalizeHeader(value) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) {
    return { type: 'negativeFeedback', neutral: true };
  }
  const type = readDefectType(value);
  return type === null ? null : { type, neutral: false };
}

/**
 * Report columns that date the status itself (when the claim was last updated or decided), so
 * a later status wins over an earlier one. Not the defect date.
 */
const STATUS_DATE_HEADER_NAMES = [
  'status date',
  'status-date',
  'last updated',
  'last-updated',
  'last-updated-date',
  'updated',
  'updated on',
  'date updated',
  'decision date',
  'resolution date',
  'resolved on',
  'date closed',
  'closed on',
  '状态日期',
  '更新日期',
  '处理日期',
  '最后更新日期',
];
/** Normalised on first use (a fresh context per call; only imports read them). */
const statusDateHeaders = lazy(() => new Set(STATUS_DATE_HEADER_NAMES.map(normalizeHeader)));

/** A numeric date whose day and month could be either way round (1/2/2024). */
function readsBothWays(text: string): boolean {
  const mdy = parseDateString(text, 'MDY', UTC);
  const dmy = parseDateString(text, 'DMY', UTC);
  return mdy !== null && dmy !== null && mdy !== dmy;
}

function normaliseDefects(
  table: ParsedTable,
  rows: readonly ParsedRow[],
  recognition: HeaderRecognition,
  options: NormaliseOptions,
  out: Collector,
  text: TextFn,
): IncomingLedger {
  const type = recognition.type;
  const c = recognition.match.columns;
  const source = sourceText(type, options.fileName, text);
  // The ODR download's date is the order date, not the defect's (docs/rules.md §6).
  const dateCol = type === 'odrDownload' ? undefined : c.defectDate;
  const dateOrder: PartOrder =
    dateCol === undefined
      ? 'MDY'
      : decideFileDateOrder(
          rows.map((r) => cellAt(r, dateCol)),
          options.today ?? null,
          out.notes,
          table.header[dateCol],
        );
  const statusDateAt = table.header.findIndex((h) => statusDateHeaders().has(normalizeHeader(h)));
  const statusDateCol = statusDateAt >= 0 && statusDateAt !== dateCol ? statusDateAt : undefined;
  const statusDates =
    statusDateCol === undefined
      ? { order: 'MDY' as PartOrder, assumed: false }
      : decideFileDateOrderDetailed(
          rows.map((r) => cellAt(r, statusDateCol)),
          options.today ?? null,
          out.notes,
          table.header[statusDateCol],
        );
  const header: string[] = [...DEFECTS_LEDGER_HEADER];
  if (statusDateCol !== undefined) header.push(STATUS_DATE_HEADER);

  const ledgerRows: LedgerRow[] = [];
  const push = (
    row: ParsedRow,
    label: string,
    status: string,
    date: LedgerCell,
    rating: number | '',
  ): void => {
    const amount = cellAt(row, c.amount);
    // A separate reason-code column is carried into the ledger's one Reason column.
    const code = c.reasonCode === c.reason ? '' : cellAt(row, c.reasonCode);
    let reason = reasonWithCode(cellAt(row, c.reason), code);
    if (amount !== '') reason = reason === '' ? `Amount ${amount}` : `${reason} (amount ${amount})`;
    const cells: LedgerCell[] = [
      text(cleanOrderId(cellAt(row, c.orderId))),
      label,
      text(status),
      date,
      rating,
      text(redactPersonal(cellAt(row, c.comment))),
      text(redactPersonal(reason)),
      source,
      type === 'defectList' ? text(cellAt(row, c.category)) : '',
    ];
    if (statusDateCol !== undefined) {
      const raw = cellAt(row, statusDateCol);
      const read = raw === '' ? null : ledgerDateOf(raw, statusDates.order);
      const ambiguous = statusDates.assumed && readsBothWays(raw);
      cells.push(read === null ? '' : { ...read, ambiguous });
    }
    ledgerRows.push({ line: row.line, cells });
  };

  for (const row of rows) {
    const orderId = cleanOrderId(cellAt(row, c.orderId));
    if (orderId === '') {
      out.skip(row, msg('import.skip.noOrderId'));
      continue;
    }
    if (isExcelMangledId(orderId)) {
      out.skip(row, msg('import.skip.excelOrderId', { value: orderId }));
      continue;
    }
    let date: LedgerCell = '';
    if (dateCol !== undefined) {
      const raw = cellAt(row, dateCol);
      if (raw !== '') {
        const read = ledgerDateOf(raw, dateOrder);
        if (read === null) {
          out.skip(row, msg('import.skip.badDate', { value: redactPersonal(raw).slice(0, 80) }));
          continue;
        }
        // A defect is placed by its calendar day (docs/rules.md §1): the time of day is dropped.
        date = { kind: 'date', day: read.day, instant: null, wallMs: 0, withTime: false };
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
      if (!any) out.ignore(msg('import.ignore.noDefect'));
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
        out.skip(row, msg('import.skip.badType', { value: redactPersonal(typeText).slice(0, 80) }));
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
        out.skip(
          row,
          msg('import.skip.badRating', { value: scrubEmails(ratingText).slice(0, 80) }),
        );
        continue;
      }
      if (stars !== null) {
        // 1–2 stars is a defect, 3 neutral (kept for context), 4–5 positive (docs/rules.md §1).
        if (stars >= 4) {
          out.ignore(msg('import.ignore.positive'));
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
  if (c.email !== undefined) out.notes.push(msg('import.note.emails'));
  return {
    ledger: 'defects',
    header,
    columnIds: header.map((_, i) => i),
    rows: ledgerRows,
    key: { kind: 'defects' },
  };
}

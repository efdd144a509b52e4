import type { Cell, Channel, Day, DefectType, Table, ZoneOffset } from './types';
import { t, type Locale, type MessageKey } from '../i18n';
import { UTC } from './types';
import { InputError } from './errors';
import {
  acceptedHeaders,
  describeHeadersSeen,
  matchHeader,
  requireHeader,
  type HeaderMatch,
} from './columns';
import {
  dayOfInstant,
  decidePartOrderOf,
  isDate,
  readDay,
  type PartOrder,
  type PartOrderDecision,
} from './dates';
import { OrderIdIndex, OrderIds } from './order-index';
import {
  classifyStatus,
  exclusionReason,
  isStruckThroughComment,
  readChannel,
  readDefectType,
  readFlag,
  readRating,
} from './rules';

/** Channel codes in `OrderIndex.channel`: 0 when the data has no channel column. */
export const CHANNEL_NONE = 0;
export const CHANNEL_MFN = 1;
export const CHANNEL_AFN = 2;

export function channelCode(channel: Channel): number {
  return channel === 'MFN' ? CHANNEL_MFN : CHANNEL_AFN;
}

export function channelOfCode(code: number): Channel | null {
  return code === CHANNEL_MFN ? 'MFN' : code === CHANNEL_AFN ? 'AFN' : null;
}

/** Distinct orders: several item rows with one order id are one order (odr-rules §6). */
export interface OrderIndex {
  ids: OrderIds;
  day: Int32Array;
  channel: Uint8Array;
  /** 1-based row in the orders range of the order's first row, to jump to it. */
  row: Int32Array;
  byId: OrderIdIndex;
  hasChannelColumn: boolean;
  maxDay: Day | null;
}

export type DefectSource = 'orders' | 'defects';

export interface DefectRecord {
  orderId: string;
  /** Index into `OrderIndex`, or -1 when the order is not among the orders. */
  order: number;
  type: DefectType;
  status: string;
  counts: boolean;
  /** Why it does not count (a status from odr-rules §2), when it does not. */
  excludedBy: string | null;
  statusRecognised: boolean;
  /** When the feedback, claim or chargeback arrived, where the data says. */
  date: Day | null;
  rating: number | null;
  comment: string;
  reason: string;
  /** The seller's own category for this defect, overriding the categoriser. */
  category: string;
  source: DefectSource;
  /** 1-based row in its range. */
  row: number;
}

export type FindingKind =
  | 'skippedRow'
  | 'unrecognisedStatus'
  | 'unknownOrder'
  | 'duplicateRows'
  | 'dateFormat'
  | 'conflictingOrderRows'
  | 'excludedDefects'
  | 'notDefects';

export interface Finding {
  kind: FindingKind;
  table: 'orders' | 'defects';
  /** The English text (ODR_CHECK's), and what it was made from, to say it in another language. */
  message: string;
  key: MessageKey;
  params: Record<string, string | number>;
  /** 1-based rows in the range the finding is about (capped for display). */
  rows: number[];
  count: number;
}

export type DefectTableKind = 'defectList' | 'feedbackReport' | 'odrDownload';

export interface Dataset {
  orders: OrderIndex;
  defects: DefectRecord[];
  findings: Finding[];
  /** The part order decided for the purchase-date column, so `as_of` is read the same way. */
  dateOrder: PartOrder;
  defectTableKind: DefectTableKind | null;
  orderRows: number;
  /** Where the orders' header is (0-based row) and which column holds the order id. */
  ordersHeaderRow: number;
  orderIdColumn: number;
  zone: ZoneOffset;
}

export interface ReadOptions {
  zone?: ZoneOffset;
}

const MAX_ROWS_LISTED = 20;

// Built-ins bound once: global name lookups cost on the per-row path (in node:vm markedly).
const DateClass = Date;
const isNaNNumber = Number.isNaN;

const PART_ORDER_KEYS: Record<string, MessageKey> = {
  MDY: 'finding.orderMDY',
  DMY: 'finding.orderDMY',
  YMD: 'finding.orderYMD',
};

/** A finding's text in a language; a date-order code in its params is said in words. */
export function findingText(
  key: MessageKey,
  params: Record<string, string | number>,
  locale: Locale,
): string {
  const order = PART_ORDER_KEYS[String(params.order)];
  const said = { ...params };
  if (order) said.order = t(locale, order);
  if (typeof params.why === 'string') said.why = exclusionReason(params.why, locale);
  return t(locale, key, said);
}

class FindingCollector {
  private readonly byKey = new Map<string, Finding>();
  add(
    kind: FindingKind,
    table: Finding['table'],
    key: MessageKey,
    params: Record<string, string | number> = {},
    row?: number,
  ): void {
    const message = findingText(key, params, 'en');
    const id = `${kind}\u0000${table}\u0000${message}`;
    let finding = this.byKey.get(id);
    if (!finding) {
      finding = { kind, table, message, key, params, rows: [], count: 0 };
      this.byKey.set(id, finding);
    }
    finding.count++;
    if (row !== undefined && finding.rows.length < MAX_ROWS_LISTED) finding.rows.push(row);
  }
  list(): Finding[] {
    return [...this.byKey.values()];
  }
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function isBlankRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c !== '' && c !== null && c !== undefined) return false;
  }
  return true;
}

const NO_NUMERIC_DATES: PartOrderDecision = {
  order: 'MDY',
  assumed: false,
  ambiguousValues: 0,
  numeric: false,
};

/** Decides a date column's part order without copying the column. */
function decideColumn(table: Table, col: number, headerRow: number): PartOrderDecision {
  const from = headerRow + 1;
  // Only text cells take part; a column of Dates (what Sheets passes) needs no closure per cell.
  let text = false;
  for (let r = from; r < table.length && !text; r++) text = typeof table[r]?.[col] === 'string';
  if (!text) return { ...NO_NUMERIC_DATES };
  return decidePartOrderOf(table.length - from, (i) => table[from + i]?.[col]);
}

function noteDateDecision(
  findings: FindingCollector,
  table: Finding['table'],
  header: string,
  decision: PartOrderDecision,
): void {
  if (!decision.numeric) return;
  const params = { header, order: decision.order, count: decision.ambiguousValues };
  findings.add(
    'dateFormat',
    table,
    decision.assumed ? 'finding.dateAssumed' : 'finding.dateRead',
    params,
  );
}

/** Reads the orders range: order id and purchase date required, channel and defect flags optional. */
function readOrders(
  table: Table,
  zone: ZoneOffset,
  findings: FindingCollector,
  inlineDefects: DefectRecord[],
): { index: OrderIndex; dateOrder: PartOrder; headerRow: number; idCol: number } {
  const match = requireHeader(table, 'orders');
  const { columns, headerRow, headers } = match;
  const idCol = columns.orderId as number;
  const dateCol = columns.purchaseDate;
  if (dateCol === undefined) {
    throw new InputError(
      `orders: no purchase-date column (headers seen: ${headers.filter(Boolean).join(', ')}). ` +
        `Add the order date column, named one of ${acceptedHeaders('purchaseDate')}.`,
    );
  }
  const channelCol = columns.channel;
  const nfCol = columns.negativeFeedback;
  const ratingCol = columns.rating;
  const atozCol = columns.atoz;
  const cbCol = columns.chargeback;
  const hasInline =
    nfCol !== undefined || ratingCol !== undefined || atozCol !== undefined || cbCol !== undefined;

  const decision = decideColumn(table, dateCol, headerRow);
  noteDateDecision(findings, 'orders', headers[dateCol], decision);
  const order = decision.order;

  const capacity = Math.max(0, table.length - headerRow - 1);
  let count = 0;
  const day = new Int32Array(capacity);
  const channel = new Uint8Array(capacity);
  const rowOf = new Int32Array(capacity);
  const byId = new OrderIdIndex(table, headerRow + 1, idCol, cellText);
  let maxDay = -Infinity;
  const inlineSeen = hasInline ? new Set<string>() : null;
  let lastClass = -1;
  let lastIndex = -1;
  let lastDateCell: Cell = undefined;
  let lastDay: number | null = null;
  const channelCache = new Map<Cell, Channel | null>();
  let lastChannelCell: Cell = undefined;
  let lastChannel: Channel | null | undefined = undefined;

  for (let r = headerRow + 1; r < table.length; r++) {
    const row = table[r];
    if (!row) continue;
    const idClass = byId.classOf(r);
    if (idClass < 0) {
      if (!isBlankRow(row)) findings.add('skippedRow', 'orders', 'finding.noOrderId', {}, r + 1);
      continue;
    }
    // Item rows of one order share its Date object; Dates are what Sheets passes.
    const dateCell = row[dateCol];
    let d: number | null;
    if (dateCell === lastDateCell) d = lastDay;
    else {
      d =
        dateCell instanceof DateClass
          ? isNaNNumber(dateCell.getTime())
            ? null
            : dayOfInstant(dateCell.getTime(), zone)
          : readDay(dateCell, order, zone);
      lastDateCell = dateCell;
      lastDay = d;
    }
    if (d === null) {
      findings.add(
        'skippedRow',
        'orders',
        'finding.badPurchaseDate',
        { header: headers[dateCol] },
        r + 1,
      );
      continue;
    }
    let ch = CHANNEL_NONE;
    if (channelCol !== undefined) {
      const cell = row[channelCol];
      // Consecutive rows mostly share a channel: compare with the last cell before hashing.
      let c: Channel | null | undefined =
        cell === lastChannelCell ? lastChannel : channelCache.get(cell);
      if (c === undefined) {
        c = readChannel(cell);
        if (channelCache.size < 1000) channelCache.set(cell, c);
      }
      lastChannelCell = cell;
      lastChannel = c;
      if (c === null) {
        findings.add(
          'skippedRow',
          'orders',
          'finding.badChannel',
          { value: cellText(row[channelCol]) },
          r + 1,
        );
        continue;
      }
      ch = c === 'MFN' ? CHANNEL_MFN : CHANNEL_AFN;
    }
    // An order's item rows are consecutive in Amazon's reports: skip the lookup for them.
    let index = lastIndex;
    let added = false;
    if (idClass !== lastClass) {
      index = byId.orderOf(idClass, count);
      added = index === count;
    }
    if (added) {
      count++;
      day[index] = d;
      channel[index] = ch;
      rowOf[index] = r + 1;
      if (d > maxDay) maxDay = d;
    } else if (day[index] !== d || channel[index] !== ch) {
      findings.add('conflictingOrderRows', 'orders', 'finding.conflictingRows', {}, r + 1);
    }
    lastClass = idClass;
    lastIndex = index;
    if (inlineSeen) {
      readInlineDefects(
        row,
        r + 1,
        cellText(row[idCol]),
        index,
        { nfCol, ratingCol, atozCol, cbCol },
        inlineSeen,
        inlineDefects,
      );
    }
  }
  const n = count;
  return {
    index: {
      ids: new OrderIds(table, idCol, rowOf.subarray(0, n), cellText),
      day: day.subarray(0, n),
      channel: channel.subarray(0, n),
      row: rowOf.subarray(0, n),
      byId,
      hasChannelColumn: channelCol !== undefined,
      maxDay: n === 0 ? null : maxDay,
    },
    dateOrder: order,
    headerRow,
    idCol,
  };
}

interface InlineColumns {
  nfCol?: number;
  ratingCol?: number;
  atozCol?: number;
  cbCol?: number;
}

function blankDefect(
  orderId: string,
  order: number,
  type: DefectType,
  source: DefectSource,
  row: number,
): DefectRecord {
  return {
    orderId,
    order,
    type,
    status: '',
    counts: true,
    excludedBy: null,
    statusRecognised: true,
    date: null,
    rating: null,
    comment: '',
    reason: '',
    category: '',
    source,
    row,
  };
}

/** Applies a flag-or-status cell to a defect; returns null when the cell says "no defect". */
function defectFromFlag(
  cell: Cell,
  orderId: string,
  order: number,
  type: DefectType,
  source: DefectSource,
  row: number,
): DefectRecord | null {
  const flag = readFlag(cell);
  if (flag.kind === 'no') return null;
  const record = blankDefect(orderId, order, type, source, row);
  if (flag.kind === 'status') applyStatus(record, flag.status);
  return record;
}

function applyStatus(record: DefectRecord, status: string): void {
  record.status = status;
  const verdict = classifyStatus(status);
  if (verdict.counts) {
    record.counts = true;
    record.statusRecognised = verdict.recognised;
  } else {
    record.counts = false;
    record.excludedBy = verdict.excludedBy;
  }
}

function readInlineDefects(
  row: readonly Cell[],
  rowNumber: number,
  id: string,
  index: number,
  cols: InlineColumns,
  seen: Set<string>,
  out: DefectRecord[],
): void {
  const push = (record: DefectRecord | null): void => {
    if (!record) return;
    const key = `${record.type}\u0000${id}`;
    if (seen.has(key)) return; // item rows of one order repeat the order's flags
    seen.add(key);
    out.push(record);
  };
  if (cols.ratingCol !== undefined) {
    const rating = readRating(row[cols.ratingCol]);
    if (rating !== null && rating <= 2) {
      const record = blankDefect(id, index, 'negativeFeedback', 'orders', rowNumber);
      record.rating = rating;
      push(record);
    }
  }
  if (cols.nfCol !== undefined) {
    const cell = row[cols.nfCol];
    const rating = readRating(cell);
    if (rating !== null && rating !== 1) {
      // 2–5 is a star rating; 1 reads as a yes-flag or as one star, a defect either way.
      if (rating <= 2)
        push({ ...blankDefect(id, index, 'negativeFeedback', 'orders', rowNumber), rating });
    } else {
      push(defectFromFlag(cell, id, index, 'negativeFeedback', 'orders', rowNumber));
    }
  }
  if (cols.atozCol !== undefined)
    push(defectFromFlag(row[cols.atozCol], id, index, 'atoz', 'orders', rowNumber));
  if (cols.cbCol !== undefined)
    push(defectFromFlag(row[cols.cbCol], id, index, 'chargeback', 'orders', rowNumber));
}

/** Tells which kind of defects table a header describes (odr-rules §6). */
export function defectTableKind(match: HeaderMatch): DefectTableKind | null {
  const c = match.columns;
  if (c.type !== undefined) return 'defectList';
  if (c.rating !== undefined) return 'feedbackReport';
  if (c.negativeFeedback !== undefined || c.atoz !== undefined || c.chargeback !== undefined)
    return 'odrDownload';
  return null;
}

function readDefects(
  table: Table,
  orders: OrderIndex,
  zone: ZoneOffset,
  findings: FindingCollector,
  out: DefectRecord[],
): DefectTableKind {
  if (!Array.isArray(table) || table.length === 0) {
    throw new InputError(
      'defects: the range is empty. Select the defects table including its header row, or leave the argument out.',
    );
  }
  const match = matchHeader(table);
  const kind = match ? defectTableKind(match) : null;
  if (!match || !kind) {
    throw new InputError(
      `defects: not recognised as a Feedback report, a defect list or the ODR download (${describeHeadersSeen(table)}). ` +
        `It needs an order-id column (${acceptedHeaders('orderId', 3)}) and one of: a "Type" column ` +
        `(negative feedback / A-to-z / chargeback), a "Rating" column, or columns named ` +
        `"Negative feedback", "A-to-z claim", "Chargeback".`,
    );
  }
  const { columns, headerRow, headers } = match;
  const idCol = columns.orderId as number;
  const dateCol = columns.defectDate;
  const decision = dateCol === undefined ? null : decideColumn(table, dateCol, headerRow);
  if (decision && dateCol !== undefined)
    noteDateDecision(findings, 'defects', headers[dateCol], decision);
  const text = (row: readonly Cell[], col: number | undefined): string =>
    col === undefined ? '' : cellText(row[col]);

  for (let r = headerRow + 1; r < table.length; r++) {
    const row = table[r];
    if (!row || isBlankRow(row)) continue;
    const id = cellText(row[idCol]);
    if (id === '') {
      findings.add('skippedRow', 'defects', 'finding.noOrderId', {}, r + 1);
      continue;
    }
    const order = orders.byId.get(id) ?? -1;
    const base = {
      date: decision && dateCol !== undefined ? readDay(row[dateCol], decision.order, zone) : null,
      comment: text(row, columns.comment),
      reason: text(row, columns.reason),
      category: text(row, columns.category),
    };
    const records: DefectRecord[] = [];
    if (kind === 'odrDownload') {
      for (const [type, col] of [
        ['negativeFeedback', columns.negativeFeedback],
        ['atoz', columns.atoz],
        ['chargeback', columns.chargeback],
      ] as const) {
        if (col === undefined) continue;
        const record = defectFromFlag(row[col], id, order, type, 'defects', r + 1);
        if (record) records.push(record);
      }
    } else {
      let type: DefectType | null = 'negativeFeedback';
      if (kind === 'defectList') {
        type = readDefectType(row[columns.type as number]);
        if (type === null) {
          findings.add(
            'skippedRow',
            'defects',
            'finding.badType',
            { value: cellText(row[columns.type as number]) },
            r + 1,
          );
          continue;
        }
      }
      const record = blankDefect(id, order, type, 'defects', r + 1);
      if (columns.rating !== undefined && type === 'negativeFeedback') {
        const rating = readRating(row[columns.rating]);
        if (rating === null && kind === 'feedbackReport') {
          findings.add(
            'skippedRow',
            'defects',
            'finding.badRating',
            { value: cellText(row[columns.rating]) },
            r + 1,
          );
          continue;
        }
        record.rating = rating;
        if (rating !== null && rating > 2) {
          // 3 stars is neutral, 4–5 positive: feedback, but not a defect (odr-rules §1).
          findings.add('notDefects', 'defects', 'finding.notDefect', {}, r + 1);
          continue;
        }
      }
      if (columns.status !== undefined) applyStatus(record, cellText(row[columns.status]));
      if (record.counts && type === 'negativeFeedback' && isStruckThroughComment(base.comment)) {
        record.counts = false;
        record.excludedBy = 'feedback struck through';
      }
      records.push(record);
    }
    for (const record of records) {
      record.date = base.date;
      record.comment = base.comment;
      record.reason = base.reason;
      record.category = base.category;
      out.push(record);
    }
  }
  return kind;
}

function noteDefectFindings(defects: DefectRecord[], findings: FindingCollector): void {
  for (const d of defects) {
    const table = d.source;
    if (!d.counts) {
      findings.add(
        'excludedDefects',
        table,
        'finding.excluded',
        { why: d.excludedBy ?? '' },
        d.row,
      );
    } else if (!d.statusRecognised) {
      findings.add(
        'unrecognisedStatus',
        table,
        'finding.unknownStatus',
        { status: d.status },
        d.row,
      );
    }
    if (d.order < 0) {
      findings.add('unknownOrder', table, 'finding.unknownOrder', { orderId: d.orderId }, d.row);
    }
  }
}

/** Reads the seller's orders and (optional) defects into the form the ODR maths works on. */
export function readDataset(
  orders: Table,
  defects: Table | null,
  options: ReadOptions = {},
): Dataset {
  const zone = options.zone ?? UTC;
  const findings = new FindingCollector();
  const records: DefectRecord[] = [];
  const { index, dateOrder, headerRow, idCol } = readOrders(orders, zone, findings, records);
  const kind = defects ? readDefects(defects, index, zone, findings, records) : null;
  noteDefectFindings(records, findings);
  return {
    orders: index,
    defects: records,
    findings: findings.list(),
    dateOrder,
    defectTableKind: kind,
    orderRows: Math.max(0, orders.length - headerRow - 1),
    ordersHeaderRow: headerRow,
    orderIdColumn: idCol,
    zone,
  };
}

import type { Cell, Channel, Day, DefectType, Table, ZoneOffset } from './types';
import { t, type Locale, type MessageKey } from '../i18n';
import type { RuleReasonKey } from '../i18n/rules';
import { reasonWithCode, redactPersonal } from './text';
import { UTC } from './types';
import { InputError } from './errors';
import {
  acceptedHeaders,
  describeHeadersSeen,
  isExcelMangledId,
  matchHeader,
  orderIdKey,
  requireHeader,
  type HeaderMatch,
} from './columns';
import {
  dayOfInstant,
  dayToIso,
  decidePartOrderOf,
  isDate,
  readDay,
  type PartOrder,
  type PartOrderDecision,
} from './dates';
import { OrderIdIndex, OrderIds, OrderSubset, type OrderLookup } from './order-index';
import {
  classifyDefect,
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

/** Distinct orders: several item rows with one order id are one order (docs/rules.md §6). */
export interface OrderIndex {
  ids: OrderIds;
  day: Int32Array;
  channel: Uint8Array;
  /** 1-based row in the orders range of the order's first row, to jump to it. */
  row: Int32Array;
  byId: OrderLookup;
  hasChannelColumn: boolean;
  /** The latest purchase date, leaving out dates after today (typos such as 2204-01-10). */
  maxDay: Day | null;
  /** Per order: index into `salesChannels`, or -1 without a sales-channel column or value. */
  salesChannel: Int16Array;
  /** The sales channels seen (Amazon.com, Amazon.ca …), as first written. */
  salesChannels: string[];
  /** Per order: 1 when its order status says cancelled (Amazon still counts it, docs/rules.md §1). */
  cancelled: Uint8Array;
  hasOrderStatusColumn: boolean;
}

export type DefectSource = 'orders' | 'defects';

export interface DefectRecord {
  orderId: string;
  /** Index into `OrderIndex`, or -1 when the order is not among the orders. */
  order: number;
  type: DefectType;
  status: string;
  counts: boolean;
  /** Why it does not count (a rule of docs/rules.md §2), in English, when it does not. */
  excludedBy: string | null;
  /** The same as a catalog key, to say it in the reader's language. */
  exclusion: RuleReasonKey | null;
  statusRecognised: boolean;
  /** What in the reason decided a fraud chargeback (a card network's code, or words). */
  evidence: string;
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
  | 'notDefects'
  | 'futureDate'
  | 'unplacedOrder'
  | 'cancelledOrders';

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
  /** Today in the spreadsheet's zone, as the data was read (null: not checked). */
  today: Day | null;
}

export interface ReadOptions {
  zone?: ZoneOffset;
  /**
   * Today in the spreadsheet's zone: purchase dates after it are typos, named by the data check
   * and left out of the default window end. Omitted: read from the clock; null: no check.
   */
  today?: Day | null;
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

/** Params that hold catalog data rather than cell text, so are not redacted. */
const NOT_CELL_TEXT = new Set(['order', 'why', 'date', 'today', 'from', 'to']);

/**
 * A finding's text in a language: a date-order code is said in words, an exclusion rule in the
 * reader's language, and cell text it quotes (a status, a channel, an order id …) without
 * e-mail addresses or phone numbers (issue 11).
 */
export function findingText(
  key: MessageKey,
  params: Record<string, string | number>,
  locale: Locale,
): string {
  const said: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    said[name] =
      typeof value === 'string' && !NOT_CELL_TEXT.has(name) ? redactPersonal(value) : value;
  }
  const order = PART_ORDER_KEYS[String(params.order)];
  if (order) said.order = t(locale, order);
  if (typeof params.why === 'string' && params.why.startsWith('rules.why.')) {
    said.why = t(locale, params.why as RuleReasonKey, {
      reason: redactPersonal(String(params.evidence ?? '')),
    });
  }
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

/** Why a row's id cell was read as no id: blank, or a number Excel rewrote. */
function addNoIdFinding(
  findings: FindingCollector,
  table: Finding['table'],
  cell: Cell,
  row: number,
): void {
  if (isExcelMangledId(cell)) {
    findings.add('skippedRow', table, 'finding.excelOrderId', { value: cellText(cell) }, row);
  } else findings.add('skippedRow', table, 'finding.noOrderId', {}, row);
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
/** Why an order id's rows were all skipped: its defects exist but cannot be placed. */
type Unplaced = Map<string, { row: number; why: 'date' | 'channel' }>;

const CANCELLED_RE = /^(?:cancel|已取消|取消|キャンセル|annul|storn|cancelad)/i;

function readOrders(
  table: Table,
  zone: ZoneOffset,
  today: Day | null,
  findings: FindingCollector,
  inlineDefects: DefectRecord[],
  unplaced: Unplaced,
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
  const salesCol = columns.salesChannel;
  const statusCol = columns.orderStatus;
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
  const salesOf = new Int16Array(salesCol === undefined ? 0 : capacity).fill(-1);
  const cancelled = new Uint8Array(statusCol === undefined ? 0 : capacity);
  const salesChannels: string[] = [];
  const salesIndex = new Map<string, number>();
  const byId = new OrderIdIndex(table, headerRow + 1, idCol, orderIdKey);
  let maxDay = -Infinity;
  const future = today === null ? Infinity : today;
  const salesChannelIndex = (cell: Cell): number => {
    const name = cellText(cell);
    if (name === '') return -1;
    const key = name.toLowerCase();
    let k = salesIndex.get(key);
    if (k === undefined) {
      if (salesChannels.length >= 32_000) return -1;
      k = salesChannels.length;
      salesChannels.push(name);
      salesIndex.set(key, k);
    }
    return k;
  };
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
      if (!isBlankRow(row)) addNoIdFinding(findings, 'orders', row[idCol], r + 1);
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
      const id = orderIdKey(row[idCol]);
      if (!unplaced.has(id)) unplaced.set(id, { row: r + 1, why: 'date' });
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
        const id = orderIdKey(row[idCol]);
        if (!unplaced.has(id)) unplaced.set(id, { row: r + 1, why: 'channel' });
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
      if (d > future) {
        // A typo'd year (2204-01-10) must not move the window's default end (docs/rules.md §2).
        findings.add(
          'futureDate',
          'orders',
          'finding.futureDate',
          { date: dayToIso(d), today: dayToIso(future) },
          r + 1,
        );
      } else if (d > maxDay) maxDay = d;
      if (salesCol !== undefined) salesOf[index] = salesChannelIndex(row[salesCol]);
      if (statusCol !== undefined) {
        const status = row[statusCol];
        if (typeof status === 'string' && CANCELLED_RE.test(status.trim())) cancelled[index] = 1;
      }
    } else if (day[index] !== d || channel[index] !== ch) {
      findings.add('conflictingOrderRows', 'orders', 'finding.conflictingRows', {}, r + 1);
    }
    lastClass = idClass;
    lastIndex = index;
    if (inlineSeen) {
      readInlineDefects(
        row,
        r + 1,
        orderIdKey(row[idCol]),
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
      maxDay: n === 0 || maxDay === -Infinity ? null : maxDay,
      salesChannel: salesOf.subarray(0, salesCol === undefined ? 0 : n),
      salesChannels,
      cancelled: cancelled.subarray(0, statusCol === undefined ? 0 : n),
      hasOrderStatusColumn: statusCol !== undefined,
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
    exclusion: null,
    statusRecognised: true,
    evidence: '',
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
  if (flag.kind === 'status') {
    record.status = flag.status;
    applyVerdict(record, '');
  }
  return record;
}

/**
 * Decides whether a defect counts from its status and, for a chargeback, its reason or reason
 * code (docs/rules.md §2: fraud chargebacks are Amazon's liability, and often show only in the card
 * network's reason code).
 */
function applyVerdict(record: DefectRecord, reason: string): void {
  const verdict = classifyDefect(record.type, record.status, reason);
  if (verdict.counts) {
    record.counts = true;
    record.statusRecognised = verdict.recognised;
  } else {
    record.counts = false;
    record.exclusion = verdict.excludedBy;
    record.evidence = verdict.evidence ?? '';
    record.excludedBy = t('en', verdict.excludedBy, { reason: record.evidence });
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

/** Tells which kind of defects table a header describes (docs/rules.md §6). */
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
    const id = orderIdKey(row[idCol]);
    if (id === '') {
      addNoIdFinding(findings, 'defects', row[idCol], r + 1);
      continue;
    }
    const order = orders.byId.get(id) ?? -1;
    const reason = text(row, columns.reason);
    const code = columns.reasonCode === columns.reason ? '' : text(row, columns.reasonCode);
    const base = {
      date: decision && dateCol !== undefined ? readDay(row[dateCol], decision.order, zone) : null,
      comment: text(row, columns.comment),
      reason: reasonWithCode(reason, code),
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
          // 3 stars is neutral, 4–5 positive: feedback, but not a defect (docs/rules.md §1).
          findings.add('notDefects', 'defects', 'finding.notDefect', {}, r + 1);
          continue;
        }
      }
      if (columns.status !== undefined) record.status = cellText(row[columns.status]);
      applyVerdict(record, base.reason);
      if (record.counts && type === 'negativeFeedback' && isStruckThroughComment(base.comment)) {
        record.counts = false;
        record.exclusion = 'rules.why.struck';
        record.excludedBy = t('en', 'rules.why.struck');
      }
      records.push(record);
    }
    for (const record of records) {
      // A chargeback marked in the ODR download may carry its reason code in the row.
      if (kind === 'odrDownload' && record.counts && record.type === 'chargeback' && base.reason) {
        applyVerdict(record, base.reason);
      }
      record.date = base.date;
      record.comment = base.comment;
      record.reason = base.reason;
      record.category = base.category;
      out.push(record);
    }
  }
  return kind;
}

function noteDefectFindings(
  defects: DefectRecord[],
  findings: FindingCollector,
  unplaced: Unplaced,
): void {
  for (const d of defects) {
    const table = d.source;
    if (!d.counts) {
      findings.add(
        'excludedDefects',
        table,
        'finding.excluded',
        d.evidence ? { why: d.exclusion ?? '', evidence: d.evidence } : { why: d.exclusion ?? '' },
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
      // The order is there, but none of its rows could be read: say which, not "not in range".
      const skipped = unplaced.get(d.orderId);
      if (skipped) {
        findings.add(
          'unplacedOrder',
          table,
          skipped.why === 'date' ? 'finding.orderDateUnreadable' : 'finding.orderChannelUnreadable',
          { orderId: d.orderId, row: skipped.row },
          d.row,
        );
      } else {
        findings.add('unknownOrder', table, 'finding.unknownOrder', { orderId: d.orderId }, d.row);
      }
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
  const today = options.today === undefined ? dayOfInstant(Date.now(), zone) : options.today;
  const findings = new FindingCollector();
  const records: DefectRecord[] = [];
  const unplaced: Unplaced = new Map();
  const { index, dateOrder, headerRow, idCol } = readOrders(
    orders,
    zone,
    today,
    findings,
    records,
    unplaced,
  );
  const kind = defects ? readDefects(defects, index, zone, findings, records) : null;
  noteDefectFindings(records, findings, unplaced);
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
    today,
  };
}

/**
 * The same data restricted to the orders of some sales channels (Amazon.com, Amazon.ca …), to
 * compare with Amazon's figures for one marketplace only (docs/rules.md §6). Defects of other
 * orders are left out; findings are those of the whole data.
 */
export function restrictToSalesChannels(data: Dataset, channels: readonly number[]): Dataset {
  const src = data.orders;
  const keep = new Set(channels);
  const newIndex = new Int32Array(src.ids.length).fill(-1);
  let n = 0;
  for (let i = 0; i < src.ids.length; i++) {
    if (keep.has(src.salesChannel[i] ?? -1)) newIndex[i] = n++;
  }
  const day = new Int32Array(n);
  const channel = new Uint8Array(n);
  const row = new Int32Array(n);
  const salesChannel = new Int16Array(n);
  const cancelled = new Uint8Array(src.cancelled.length > 0 ? n : 0);
  const byId = new OrderSubset(src.byId, newIndex);
  let maxDay: Day | null = null;
  for (let i = 0; i < src.ids.length; i++) {
    const k = newIndex[i];
    if (k < 0) continue;
    day[k] = src.day[i];
    channel[k] = src.channel[i];
    row[k] = src.row[i];
    salesChannel[k] = src.salesChannel[i];
    if (cancelled.length > 0) cancelled[k] = src.cancelled[i];
    if (data.orders.maxDay !== null && day[k] <= data.orders.maxDay) {
      if (maxDay === null || day[k] > maxDay) maxDay = day[k];
    }
  }
  const defects: DefectRecord[] = [];
  for (const d of data.defects) {
    const k = d.order < 0 ? -1 : newIndex[d.order];
    if (k >= 0) defects.push({ ...d, order: k });
  }
  return {
    ...data,
    orders: {
      ...src,
      ids: src.ids.subset(row),
      day,
      channel,
      row,
      byId,
      maxDay,
      salesChannel,
      cancelled,
    },
    defects,
  };
}

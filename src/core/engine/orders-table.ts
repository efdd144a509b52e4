/**
 * Reads the orders range into the order index: one entry per distinct order id, with its
 * purchase day, fulfilment channel, sales channel and cancelled flag, and the defects flagged
 * on its rows. The per-row loop is the hot path of every function (BENCHMARKS.md).
 */
import type { Cell, Channel, Day, Table, ZoneOffset } from './types';
import { InputError } from './errors';
import { acceptedHeaders, orderIdKey, requireHeader } from './columns';
import { dayOfInstant, dayToIso, readDay, type PartOrder } from './dates';
import { OrderIdIndex, OrderIds } from './order-index';
import { readChannel } from './rules';
import {
  CHANNEL_AFN,
  CHANNEL_MFN,
  CHANNEL_NONE,
  type DefectRecord,
  type OrderIndex,
} from './dataset-types';
import type { FindingCollector } from './findings';
import {
  addNoIdFinding,
  cellText,
  decideColumn,
  isBlankRow,
  noteDateDecision,
  type Unplaced,
} from './table-cells';
import { readInlineDefects } from './defects-table';

// Built-ins bound once: global name lookups cost on the per-row path (in node:vm markedly).
const DateClass = Date;
const isNaNNumber = Number.isNaN;

const CANCELLED_RE = /^(?:cancel|已取消|取消|キャンセル|annul|storn|cancelad)/i;

/** Reads the orders range: order id and purchase date required, channel and defect flags optional. */
export function readOrders(
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

/**
 * The entry points to the seller's data: read the orders and defects tables into a `Dataset`,
 * and narrow a dataset to some sales channels.
 */
import type { Day, Table } from './types';
import { UTC } from './types';
import { dayOfInstant } from './dates';
import { OrderSubset } from './order-index';
import type { Dataset, DefectRecord, ReadOptions } from './dataset-types';
import { FindingCollector } from './findings';
import type { Unplaced } from './table-cells';
import { readOrders } from './orders-table';
import { noteDefectFindings, readDefects } from './defects-table';

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

/**
 * Which sheet row and column an incoming report row and column go to (issue 5): rows by key
 * (see `LedgerKey` in normalise.ts), columns by name, known column or meaning.
 */
import { fieldsOfHeader, normalizeHeader, type Field } from '../engine/columns';
import { dayToIso, decidePartOrder, isDate, readDay, type PartOrder } from '../engine/dates';
import { readDefectType } from '../engine/rules';
import type { Cell, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import { isBlankCell, isLedgerDate, isNumericText, type LedgerCell } from './ledger-cell';
import type { IncomingLedger } from './normalise';
import { orderColumnId } from './order-columns';
import {
  DEFECT_COL,
  DEFECTS_LEDGER_HEADER,
  NEUTRAL_FEEDBACK_TYPE,
  STATUS_DATE_HEADER,
} from './templates';

/** The fields a Defects-ledger column stands for, to find it under a seller's own header. */
export const DEFECT_FIELDS: readonly (Field | null)[] = [
  'orderId',
  'type',
  'status',
  'defectDate',
  'rating',
  'comment',
  'reason',
  'source',
  'category',
  null,
];

export const ORDER_KEY_FIELDS: readonly Field[] = ['orderId', 'purchaseDate', 'channel'];

export function asCell(value: unknown): Cell {
  if (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    isDate(value)
  ) {
    return value as Cell;
  }
  return String(value);
}

export function isBlankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** A value as a key part: dates by calendar day, numbers and numeric text by value. */
export function keyText(value: unknown, zone: ZoneOffset): string {
  if (value === null || value === undefined) return '';
  if (isLedgerDate(value)) return `${dayToIso(value.day)}`;
  if (isDate(value)) {
    const day = readDay(value, 'YMD', zone);
    return day === null ? '' : dayToIso(day);
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return String(value);
  const text = value.trim();
  if (isNumericText(text)) return String(Number(text));
  return text;
}

/** Type text → the family a defect is keyed by: feedback (negative or neutral), atoz, chargeback. */
export function typeFamily(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : keyText(value, UTC);
  if (normalizeHeader(text) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) return 'feedback';
  const type = readDefectType(text);
  if (type === 'negativeFeedback') return 'feedback';
  return type ?? `other:${normalizeHeader(text)}`;
}

/** Like typeFamily, but neutral and negative feedback differ (a revised rating changes Type). */
export function typeVariant(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : keyText(value, UTC);
  if (normalizeHeader(text) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) return 'neutral';
  return typeFamily(value);
}

/** The id of a ledger column under its header (fingerprints), or -1 for the seller's own. */
export function columnIdOf(header: unknown, ledger: 'orders' | 'defects'): number {
  if (ledger === 'orders') return orderColumnId(header);
  const key = normalizeHeader(asCell(header));
  if (key === '') return -1;
  const all = [...DEFECTS_LEDGER_HEADER, STATUS_DATE_HEADER];
  const at = all.findIndex((h) => normalizeHeader(h) === key);
  if (at >= 0) return at;
  const fields = fieldsOfHeader(asCell(header));
  return DEFECT_FIELDS.findIndex((f) => f !== null && fields.includes(f));
}

export interface RowKey {
  key: string;
  /** Feedback: the key without the date, to match a dated row with an undated one. */
  loose: string | null;
  dateBlank: boolean;
}

export interface Keyer {
  existing(row: readonly unknown[]): RowKey | null;
  incoming(cells: readonly LedgerCell[]): RowKey | null;
  dateBlank(row: readonly unknown[]): boolean;
  /** How the sheet's own text dates read (month-first unless its values say otherwise). */
  dateOrder: PartOrder;
}

/**
 * Incoming column → sheet column: by header name (case, spaces, punctuation ignored), then the
 * same known column under another name, then by meaning for key columns; -1 where none.
 */
export function mapColumns(
  header: readonly unknown[],
  incoming: IncomingLedger,
  columnIds: readonly number[],
  fpCol: number,
): number[] {
  const names = header.map((c) => normalizeHeader(asCell(c)));
  const taken = new Set<number>();
  if (fpCol >= 0) taken.add(fpCol);
  const map = incoming.header.map((h, i) => {
    let at = names.findIndex((n, j) => n !== '' && n === normalizeHeader(h) && !taken.has(j));
    // The same known column under another name (an older or translated report).
    if (at < 0 && incoming.columnIds[i] >= 0) {
      at = columnIds.findIndex((id, j) => id === incoming.columnIds[i] && !taken.has(j));
    }
    if (at >= 0) taken.add(at);
    return at;
  });
  const fieldsByColumn: readonly (Field | null)[] =
    incoming.key.kind === 'defects'
      ? DEFECT_FIELDS
      : incoming.header.map(
          (h) => ORDER_KEY_FIELDS.find((f) => fieldsOfHeader(h).includes(f)) ?? null,
        );
  map.forEach((col, h) => {
    const field = fieldsByColumn[h];
    if (col >= 0 || !field) return;
    const at = header.findIndex(
      (c, i) => !taken.has(i) && fieldsOfHeader(asCell(c)).includes(field),
    );
    if (at >= 0) {
      taken.add(at);
      map[h] = at;
    }
  });
  return map;
}

/** Keys of the Orders ledger: order id plus an item column both sides have. */
export function ordersKeyer(
  incoming: IncomingLedger,
  map: readonly number[],
  originalWidth: number,
  hasDataRows: boolean,
  zone: ZoneOffset,
): Keyer {
  const key = incoming.key.kind === 'orders' ? incoming.key : null;
  const indexOf = (name: string): number =>
    incoming.header.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
  const idIn = indexOf(key?.orderId ?? 'amazon-order-id');
  // Only columns the sheet already had can tell its rows apart.
  const shared = (h: number): boolean => h >= 0 && (!hasDataRows || map[h] < originalWidth);
  const itemIn = (key?.item ?? []).map(indexOf).find(shared) ?? -1;
  // Without an item column an order's rows match in order: the n-th row of an order in the
  // report is its n-th row in the sheet, whatever changed in it (a status, a price).
  const build = (id: string, item: string): RowKey | null =>
    id === '' ? null : { key: `${id}\u0001${item}`, loose: null, dateBlank: false };
  return {
    existing: (row) =>
      build(keyText(row[map[idIn]], zone), itemIn >= 0 ? keyText(row[map[itemIn]], zone) : ''),
    incoming: (cells) =>
      build(keyText(cells[idIn], zone), itemIn >= 0 ? keyText(cells[itemIn], zone) : ''),
    dateBlank: () => false,
    dateOrder: 'MDY',
  };
}

/** Keys of the Defects ledger: (Order ID, type family), plus the defect date for feedback. */
export function defectsKeyer(
  map: readonly number[],
  values: readonly (readonly unknown[])[],
  headerRow: number,
  zone: ZoneOffset,
): Keyer {
  const idCol = map[DEFECT_COL.orderId];
  const typeCol = map[DEFECT_COL.type];
  const dateCol = map[DEFECT_COL.date];
  // Dates a seller typed into the sheet (1/15/24) are read in the order their column suggests.
  const existingOrder: PartOrder = decidePartOrder(
    values.slice(headerRow + 1).map((row) => asCell(row[dateCol])),
  ).order;
  const dayText = (value: unknown, order: PartOrder): string => {
    if (isBlankCell(value)) return '';
    if (isLedgerDate(value)) return dayToIso(value.day);
    const day = readDay(asCell(value), order, zone);
    return day === null ? keyText(value, zone) : dayToIso(day);
  };
  const build = (id: string, family: string, date: string): RowKey | null => {
    if (id === '') return null;
    const loose = `${id}\u0001${family}`;
    return family === 'feedback'
      ? { key: `${loose}\u0001${date}`, loose, dateBlank: date === '' }
      : { key: loose, loose: null, dateBlank: date === '' };
  };
  return {
    existing: (row) =>
      build(
        keyText(row[idCol], zone),
        typeFamily(row[typeCol]),
        dayText(row[dateCol], existingOrder),
      ),
    incoming: (cells) =>
      build(
        keyText(cells[DEFECT_COL.orderId], zone),
        typeFamily(cells[DEFECT_COL.type]),
        dayText(cells[DEFECT_COL.date], 'YMD'),
      ),
    dateBlank: (row) => isBlankCell(row[dateCol]),
    dateOrder: existingOrder,
  };
}

export function push(map: Map<string, number[]>, key: string, r: number): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

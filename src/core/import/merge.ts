import { fieldsOfHeader, normalizeHeader, type Field } from '../engine/columns';
import {
  dayOfInstant,
  dayToIso,
  decidePartOrder,
  isDate,
  parseDateString,
  readDay,
  type PartOrder,
} from '../engine/dates';
import { readDefectType } from '../engine/rules';
import type { Cell, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import { ImportError } from './errors';
import type { IncomingLedger, LedgerCell, SkippedRow } from './normalise';
import { DEFECT_COL, NEUTRAL_FEEDBACK_TYPE } from './templates';
import { isNumericText, unguardFormula } from './text';

/**
 * Merging an import into a sheet without loss (issue 5):
 * - rows are matched by key (see `LedgerKey` in normalise.ts); a matched row is updated cell by
 *   cell where the import says something different, a new one is appended;
 * - an empty incoming cell never blanks a filled one (a report that does not know a value is
 *   not saying it is gone), so re-importing any file changes nothing;
 * - sheet columns the import does not have (the seller's own) are never touched, nor are rows
 *   the import does not mention, nor rows above the header;
 * - Defects: `Category override` is never written on an existing row (the seller's edit), and
 *   `Source` changes only together with a real change, so alternating sources do not flip it;
 * - dates are compared by calendar day (getValues gives Date objects), numbers by value.
 */
export interface MergeOptions {
  /** The spreadsheet's zone, to read Date cells as calendar days. */
  zone?: ZoneOffset;
  /** For messages: the sheet's name. */
  sheetName?: string;
}

export interface MergeResult {
  /** The whole sheet to write back (rectangular), header included. */
  values: unknown[][];
  added: number;
  updated: number;
  unchanged: number;
  skipped: SkippedRow[];
  /** False when `values` equals the sheet as given, so nothing needs writing. */
  changed: boolean;
  /** 0-based row of the header in `values`. */
  headerRow: number;
}

const HEADER_SEARCH_ROWS = 10;

function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

function asCell(value: unknown): Cell {
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

/** A value as a key part: dates by calendar day, numbers and numeric text by value. */
function keyText(value: unknown, zone: ZoneOffset): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? '' : dayToIso(dayOfInstant(ms, zone));
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return String(value);
  const text = unguardFormula(value.trim());
  if (isNumericText(text)) return String(Number(text));
  if (/^\d{4}-\d{1,2}-\d{1,2}/.test(text)) {
    const day = parseDateString(text, 'YMD', zone);
    if (day !== null) return dayToIso(day);
  }
  return text;
}

const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a sheet cell already says what the import says. */
export function sameValue(
  existing: unknown,
  incoming: LedgerCell,
  zone: ZoneOffset = UTC,
  order: PartOrder = 'MDY',
): boolean {
  const inc = typeof incoming === 'number' ? incoming : unguardFormula(incoming.trim());
  if (isBlank(existing)) return inc === '';
  if (isDate(existing)) {
    if (typeof inc !== 'string') return false;
    const ms = existing.getTime();
    const day = parseDateString(inc, 'YMD', zone);
    return day !== null && !Number.isNaN(ms) && day === dayOfInstant(ms, zone);
  }
  if (typeof existing === 'number') {
    const n = typeof inc === 'number' ? inc : isNumericText(inc) ? Number(inc) : NaN;
    return n === existing || Math.abs(n - existing) <= 1e-9 * Math.max(1, Math.abs(existing));
  }
  if (typeof existing === 'boolean') return String(existing) === String(inc).toLowerCase();
  const text = typeof existing === 'string' ? existing.trim() : String(existing);
  const inText = String(inc);
  if (text === inText) return true;
  // A date the seller typed as text (2/2/2024) is the same day as the import's 2024-02-02.
  if (ISO_DAY_RE.test(inText)) {
    const day = parseDateString(text, order, zone);
    if (day !== null && day === parseDateString(inText, 'YMD', zone)) return true;
  }
  return isNumericText(text) && isNumericText(inText) && Number(text) === Number(inText);
}

/** The fields a Defects-ledger column stands for, to find it under a seller's own header. */
const DEFECT_FIELDS: readonly Field[] = [
  'orderId',
  'type',
  'status',
  'defectDate',
  'rating',
  'comment',
  'reason',
  'source',
  'category',
];

const ORDER_KEY_FIELDS: readonly Field[] = ['orderId', 'purchaseDate', 'channel'];

/** Type text → the family a defect is keyed by: feedback (negative or neutral), atoz, chargeback. */
function typeFamily(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : keyText(value, UTC);
  if (normalizeHeader(text) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) return 'feedback';
  const type = readDefectType(text);
  if (type === 'negativeFeedback') return 'feedback';
  return type ?? `other:${normalizeHeader(text)}`;
}

/** Like typeFamily, but neutral and negative feedback differ (a revised rating changes Type). */
function typeVariant(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : keyText(value, UTC);
  if (normalizeHeader(text) === normalizeHeader(NEUTRAL_FEEDBACK_TYPE)) return 'neutral';
  return typeFamily(value);
}

/** Merges one import into a sheet's current values (see the rules above). */
export function mergeIntoSheet(
  existing: readonly (readonly unknown[])[],
  incoming: IncomingLedger,
  options: MergeOptions = {},
): MergeResult {
  const zone = options.zone ?? UTC;
  const sheetName = options.sheetName ?? (incoming.ledger === 'orders' ? 'Orders' : 'Defects');
  const empty = existing.every((row) => isBlankRow(row));
  const values: unknown[][] = empty ? [[...incoming.header]] : existing.map((row) => row.slice());
  let width = values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const row of values) while (row.length < width) row.push('');

  const headerRow = findHeaderRow(values);
  if (headerRow < 0) {
    throw new ImportError(
      `The "${sheetName}" sheet has data but no header row with an order-id column in its first ` +
        `${HEADER_SEARCH_ROWS} rows, so the import cannot tell its columns. Add the header ` +
        `(${incoming.header.slice(0, 4).join(', ')}, …) or import into an empty sheet.`,
    );
  }
  const header = values[headerRow];
  const originalWidth = width;

  // Incoming column → sheet column; unmatched incoming columns are appended to the header.
  const map = mapColumns(header, incoming);
  const appended: number[] = [];
  map.forEach((col, h) => {
    if (col >= 0) return;
    map[h] = width++;
    appended.push(h);
  });
  if (appended.length > 0) {
    for (const row of values) while (row.length < width) row.push('');
    for (const h of appended) header[map[h]] = incoming.header[h];
  }

  const hasDataRows = values.some((row, r) => r > headerRow && !isBlankRow(row));
  const keyer =
    incoming.key.kind === 'orders'
      ? ordersKeyer(incoming, map, originalWidth, hasDataRows, zone)
      : defectsKeyer(values, headerRow, map, zone);

  // Index the sheet's rows by key; the n-th duplicate is matched by the n-th incoming duplicate.
  const byKey = new Map<string, number[]>();
  const byLoose = new Map<string, number[]>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const k = keyer.existing(row);
    if (k === null) continue;
    push(byKey, k.key, r);
    if (k.loose !== null) push(byLoose, k.loose, r);
  }
  const used = new Uint8Array(values.length);
  const take = (list: number[] | undefined, ok: (r: number) => boolean): number => {
    if (!list) return -1;
    for (const r of list) if (!used[r] && ok(r)) return r;
    return -1;
  };

  const protectedCol = incoming.key.kind === 'defects' ? map[DEFECT_COL.category] : -1;
  const typeCol = incoming.key.kind === 'defects' ? map[DEFECT_COL.type] : -1;
  const sourceCol = incoming.key.kind === 'defects' ? map[DEFECT_COL.source] : -1;
  let appendAt = values.length;
  while (appendAt > headerRow + 1 && isBlankRow(values[appendAt - 1])) appendAt--;

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const skipped: SkippedRow[] = [];
  for (const row of incoming.rows) {
    const k = keyer.incoming(row.cells);
    if (k === null) {
      skipped.push({ line: row.line, reason: 'no order id' });
      continue;
    }
    let r = take(byKey.get(k.key), () => true);
    if (r < 0 && k.loose !== null) {
      // Feedback without a date (ODR download) matches feedback with one, and the other way round.
      r = take(byLoose.get(k.loose), (e) => k.dateBlank || keyer.dateBlank(values[e]));
    }
    if (r < 0) {
      const fresh: unknown[] = new Array(width).fill('');
      row.cells.forEach((cell, h) => {
        if (h < map.length) fresh[map[h]] = cell;
      });
      if (appendAt < values.length) values[appendAt] = fresh;
      else values.push(fresh);
      used[appendAt] = 1;
      appendAt++;
      added++;
      continue;
    }
    used[r] = 1;
    const target = values[r];
    let changed = false;
    row.cells.forEach((cell, h) => {
      const col = map[h];
      if (col === undefined || col === protectedCol || col === sourceCol) return;
      if (typeof cell === 'string' && cell.trim() === '') return;
      if (sameValue(target[col], cell, zone, keyer.dateOrder)) return;
      // A seller's "A-to-z" is the import's "A-to-z claim": same type, left as typed.
      if (col === typeCol && typeVariant(target[col]) === typeVariant(cell)) return;
      target[col] = cell;
      changed = true;
    });
    if (changed) {
      const source = row.cells[DEFECT_COL.source];
      if (sourceCol >= 0 && typeof source === 'string' && source !== '') target[sourceCol] = source;
      updated++;
    } else {
      unchanged++;
    }
  }
  return {
    values,
    added,
    updated,
    unchanged,
    skipped,
    changed: empty
      ? added > 0
      : added > 0 || updated > 0 || appended.length > 0 || width !== originalWidth,
    headerRow,
  };
}

function push(map: Map<string, number[]>, key: string, r: number): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

function findHeaderRow(values: readonly (readonly unknown[])[]): number {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (values[r].some((c) => fieldsOfHeader(asCell(c)).includes('orderId'))) return r;
  }
  return -1;
}

/** Matches by header name (case, spaces, punctuation ignored), then by meaning for key columns. */
function mapColumns(header: readonly unknown[], incoming: IncomingLedger): number[] {
  const names = header.map((c) => normalizeHeader(asCell(c)));
  const taken = new Set<number>();
  const map = incoming.header.map((h) => {
    const at = names.findIndex((n, i) => n !== '' && n === normalizeHeader(h) && !taken.has(i));
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

interface RowKey {
  key: string;
  /** For feedback: the key without the date, to match a dated row with an undated one. */
  loose: string | null;
  dateBlank: boolean;
}

interface Keyer {
  existing(row: readonly unknown[]): RowKey | null;
  incoming(cells: readonly LedgerCell[]): RowKey | null;
  dateBlank(row: readonly unknown[]): boolean;
  /** How the sheet's own text dates read (month-first unless its values say otherwise). */
  dateOrder: PartOrder;
}

function ordersKeyer(
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
  const contentIn =
    itemIn >= 0 ? [] : incoming.header.map((_, h) => h).filter((h) => h !== idIn && shared(h));
  const build = (id: string, parts: string[]): RowKey | null =>
    id === '' ? null : { key: `${id}\u0001${parts.join('\u0001')}`, loose: null, dateBlank: false };
  return {
    existing: (row) =>
      build(
        keyText(row[map[idIn]], zone),
        itemIn >= 0
          ? [keyText(row[map[itemIn]], zone)]
          : contentIn.map((h) => keyText(row[map[h]], zone)),
      ),
    incoming: (cells) =>
      build(
        keyText(cells[idIn], zone),
        itemIn >= 0
          ? [keyText(cells[itemIn], zone)]
          : contentIn.map((h) => keyText(cells[h], zone)),
      ),
    dateBlank: () => false,
    dateOrder: 'MDY',
  };
}

function defectsKeyer(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  map: readonly number[],
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
    if (isBlank(value)) return '';
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
    dateBlank: (row) => isBlank(row[dateCol]),
    dateOrder: existingOrder,
  };
}

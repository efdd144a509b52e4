import {
  fieldsOfHeader,
  HEADER_SEARCH_ROWS,
  matchHeader,
  normalizeHeader,
  type Field,
} from '../engine/columns';
import { dayToIso, decidePartOrder, isDate, readDay, type PartOrder } from '../engine/dates';
import { readDefectType } from '../engine/rules';
import type { Cell, Table, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import { msg } from '../i18n';
import { ImportError } from './errors';
import { movesBack } from './finality';
import {
  FINGERPRINT_HEADER,
  formatCodes,
  MAX_FINGERPRINT_COLUMNS,
  importWrote,
  parseFingerprint,
  valueCode,
  type Fingerprint,
} from './fingerprint';
import {
  canonicalText,
  dateMs,
  isBlankCell,
  isLedgerDate,
  isNumericText,
  ledgerDateOf,
  sameValue,
  toSheetValue,
  type LedgerCell,
} from './ledger-cell';
import type { IncomingLedger, SkippedRow } from './normalise';
import { orderColumnId, ORDER_COLUMNS } from './order-columns';
import { REPORT_TYPE_LABELS } from './recognise';
import {
  DEFECT_COL,
  DEFECTS_LEDGER_HEADER,
  NEUTRAL_FEEDBACK_TYPE,
  STATUS_DATE_HEADER,
} from './templates';

/**
 * Merging reports into a ledger without loss (issues 5 and 11):
 * - rows are matched by key (see `LedgerKey` in normalise.ts); a matched row is updated cell by
 *   cell where the report says something different, a new one is appended;
 * - an empty report cell never blanks a filled one, so re-importing any file changes nothing;
 * - a value the seller typed is never replaced: the import only changes cells it wrote itself
 *   (fingerprint.ts) or blank ones, and lists the others as conflicts with both values;
 * - old news never overwrites new: a row whose report is older (an earlier last-updated-date or
 *   status date; without dates, an undecided status over a decided one) is kept as it is;
 * - sheet columns the import does not know (the seller's own) are never touched, nor are rows
 *   the report does not mention, nor rows above the header; `Category override` is the seller's;
 * - a cell the import would change that holds a formula, sits in an array formula's spill, a
 *   protected or a merged range is an obstacle: the whole import stops before writing.
 */

/** What a written cell holds, for its number format. */
export type CellKind = 'text' | 'integer' | 'money' | 'number' | 'date' | 'dateTime';

/** Why a cell cannot be written (found by obstacles.ts from the sheet's formulas, merges, protections). */
export interface Obstacle {
  kind: 'formula' | 'spill' | 'protected' | 'merged';
  /** For a spill: the 0-based cell of the formula that fills it. */
  source?: { row: number; col: number };
}

export type ObstacleAt = (row: number, col: number) => Obstacle | null;

export interface Conflict {
  /** 0-based row and column in the sheet. */
  row: number;
  col: number;
  header: string;
  orderId: string;
  sheetValue: string;
  fileValue: string;
}

export interface Blocked {
  row: number;
  col: number;
  obstacle: Obstacle;
}

/** One file's merge, for its summary. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows the report had older news for: kept as the sheet has them. */
  older: number;
  conflicts: Conflict[];
  skipped: SkippedRow[];
  /** Cells this file would change that an obstacle blocks. */
  blocked: Blocked[];
}

/** The fields a Defects-ledger column stands for, to find it under a seller's own header. */
const DEFECT_FIELDS: readonly (Field | null)[] = [
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

const ORDER_KEY_FIELDS: readonly Field[] = ['orderId', 'purchaseDate', 'channel'];

const KIND_CODE: Readonly<Record<CellKind, number>> = {
  text: 1,
  integer: 2,
  money: 3,
  number: 4,
  date: 5,
  dateTime: 6,
};
const CODE_KIND: readonly CellKind[] = [
  'text',
  'text',
  'integer',
  'money',
  'number',
  'date',
  'dateTime',
];
const KIND_MASK = 0x0f;
const CHANGED = 0x10;

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

function isBlankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** A value as a key part: dates by calendar day, numbers and numeric text by value. */
function keyText(value: unknown, zone: ZoneOffset): string {
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

/** A value as the seller reads it in the summary: text as is, dates as ISO days. */
export function displayValue(value: unknown, zone: ZoneOffset): string {
  if (value === null || value === undefined) return '';
  if (isLedgerDate(value)) {
    return value.withTime ? new Date(dateMs(value, zone)).toISOString() : dayToIso(value.day);
  }
  if (isDate(value)) {
    const day = readDay(value, 'YMD', zone);
    return day === null ? '' : dayToIso(day);
  }
  return String(value).slice(0, 200);
}

function kindOf(cell: LedgerCell, ledger: 'orders' | 'defects', id: number): CellKind {
  if (isLedgerDate(cell)) return cell.withTime ? 'dateTime' : 'date';
  if (typeof cell === 'number') {
    if (ledger === 'orders' && id >= 0) {
      const kind = ORDER_COLUMNS[id].kind;
      return kind === 'money' ? 'money' : kind === 'integer' ? 'integer' : 'number';
    }
    return Number.isInteger(cell) ? 'integer' : 'number';
  }
  return 'text';
}

/** The id of a ledger column under its header (fingerprints), or -1 for the seller's own. */
function columnIdOf(header: unknown, ledger: 'orders' | 'defects'): number {
  if (ledger === 'orders') return orderColumnId(header);
  const key = normalizeHeader(asCell(header));
  if (key === '') return -1;
  const all = [...DEFECTS_LEDGER_HEADER, STATUS_DATE_HEADER];
  const at = all.findIndex((h) => normalizeHeader(h) === key);
  if (at >= 0) return at;
  const fields = fieldsOfHeader(asCell(header));
  return DEFECT_FIELDS.findIndex((f) => f !== null && fields.includes(f));
}

interface RowKey {
  key: string;
  /** Feedback: the key without the date, to match a dated row with an undated one. */
  loose: string | null;
  dateBlank: boolean;
}

/**
 * One ledger sheet while files are merged into it, in order: the values as read (with the
 * import's changes applied), which cells changed, and who wrote which cell.
 */
export class LedgerWork {
  readonly values: unknown[][];
  width: number;
  headerRow: number;
  /** 0-based column of the fingerprint column; -1 while the sheet has none. */
  fpCol: number;
  /** Whether the sheet had a fingerprint column before this import (else: see legacyImported). */
  readonly hadFingerprints: boolean;
  readonly readRows: number;
  readonly readWidth: number;
  /**
   * Per row, per column: what the import wrote there (a CellKind code, 0 for untouched; CHANGED
   * added once the value is known to differ). Typed arrays: 100,000 appended rows stay cheap.
   */
  private readonly marks: (Uint8Array | undefined)[] = [];
  /** Per row, per touched column: the value before the import. */
  private readonly beforeRows: (unknown[] | undefined)[] = [];
  /** Rows the import touched, in the order first touched. */
  private readonly touchedRows: number[] = [];
  /** Fingerprints as read, parsed when first needed. */
  private readonly fpText: string[];
  private readonly fpParsed = new Map<number, Fingerprint>();
  /** Without fingerprints (sheets written before them): whether a row counts as imported. */
  private readonly legacyImported: boolean[];
  private columnIds: number[];

  constructor(
    readonly ledger: 'orders' | 'defects',
    readonly sheetName: string,
    sheetValues: readonly (readonly unknown[])[],
    readonly zone: ZoneOffset = UTC,
    readonly obstacleAt: ObstacleAt = () => null,
  ) {
    const empty = sheetValues.every((row) => isBlankRow(row));
    this.readRows = empty ? 0 : sheetValues.length;
    this.values = empty ? [] : sheetValues.map((row) => row.slice());
    this.width = this.values.reduce((w, row) => Math.max(w, row.length), 0);
    this.readWidth = this.width;
    for (const row of this.values) while (row.length < this.width) row.push('');
    const match = empty ? null : matchHeader(this.values as unknown as Table);
    this.headerRow = empty ? -1 : match ? match.headerRow : -2;
    const header = this.headerRow >= 0 ? this.values[this.headerRow] : [];
    this.fpCol = header.findIndex((h) => h === FINGERPRINT_HEADER);
    this.hadFingerprints = this.fpCol >= 0;
    this.columnIds = header.map((h) => columnIdOf(h, ledger));
    this.fpText = this.values.map((row) => (this.fpCol >= 0 ? String(row[this.fpCol] ?? '') : ''));
    const sourceCol = ledger === 'defects' ? this.columnIds.indexOf(DEFECT_COL.source) : -1;
    const labels = Object.values(REPORT_TYPE_LABELS);
    this.legacyImported = this.values.map((row, r) => {
      if (r <= this.headerRow) return false;
      if (ledger === 'orders') return true;
      const source = sourceCol >= 0 ? String(row[sourceCol] ?? '') : '';
      return labels.some((label) => source.startsWith(label));
    });
  }

  private fingerprintOf(r: number): Fingerprint {
    let fp = this.fpParsed.get(r);
    if (!fp) {
      fp = parseFingerprint(this.fpText[r] ?? '');
      this.fpParsed.set(r, fp);
    }
    return fp;
  }

  /** Whether the import wrote the value a sheet cell holds (else the seller typed it). */
  private importWroteCell(r: number, c: number): boolean {
    const value = this.values[r][c];
    if (isBlankCell(value)) return true;
    if (r >= this.readRows) return true;
    if (!this.hadFingerprints) return this.legacyImported[r] === true;
    const id = this.columnIds[c];
    return id >= 0 && importWrote(this.fingerprintOf(r), id, value);
  }

  /** Sets a cell as the import writes it, remembering what it held. */
  private set(r: number, c: number, value: LedgerCell | string, kind: CellKind): void {
    let marks = this.marks[r];
    if (!marks || marks.length <= c) {
      const grown = new Uint8Array(Math.max(this.width, c + 1) + 8);
      if (marks) grown.set(marks);
      else this.touchedRows.push(r);
      this.marks[r] = grown;
      marks = grown;
    }
    if (marks[c] === 0) {
      const before = (this.beforeRows[r] ??= []);
      before[c] = r < this.readRows && c < this.readWidth ? this.values[r][c] : '';
    }
    marks[c] = KIND_CODE[kind];
    this.values[r][c] = typeof value === 'string' ? value : toSheetValue(value, this.zone);
  }

  /** What the import wrote into a cell, or null when it did not touch it. */
  kindAt(r: number, c: number): CellKind | null {
    const code = (this.marks[r]?.[c] ?? 0) & KIND_MASK;
    return code === 0 ? null : CODE_KIND[code];
  }

  /** What a touched cell held before the import. */
  beforeAt(r: number, c: number): unknown {
    return this.beforeRows[r]?.[c] ?? '';
  }

  /** Whether a cell's value changes (known once changedCells has run). */
  isChanged(r: number, c: number): boolean {
    return ((this.marks[r]?.[c] ?? 0) & CHANGED) !== 0;
  }

  private addColumn(header: string, id: number): number {
    const col = this.width++;
    for (const row of this.values) row.push('');
    this.columnIds.push(id);
    this.set(this.headerRow, col, header, 'text');
    return col;
  }

  /** Starts an empty sheet with the report's header and the fingerprint column. */
  private startSheet(incoming: IncomingLedger): void {
    this.values.push([]);
    this.headerRow = 0;
    this.columnIds = [];
    incoming.header.forEach((h, i) => this.addColumn(h, incoming.columnIds[i]));
    this.fpCol = this.addColumn(FINGERPRINT_HEADER, -1);
    this.fpText.push('');
  }

  /** Merges one report (see the rules above); throws ImportError before changing anything. */
  merge(incoming: IncomingLedger): MergeResult {
    if (this.headerRow === -2) {
      throw new ImportError(
        msg('import.error.noHeader', {
          sheet: this.sheetName,
          rows: HEADER_SEARCH_ROWS,
          columns: `${incoming.header.slice(0, 4).join(', ')}, …`,
        }),
      );
    }
    if (this.headerRow === -1) this.startSheet(incoming);
    const header = this.values[this.headerRow];
    const originalWidth = this.width;
    const map = this.mapColumns(header, incoming);
    map.forEach((col, h) => {
      if (col < 0) map[h] = this.addColumn(incoming.header[h], incoming.columnIds[h]);
    });
    for (let h = 0; h < map.length; h++) {
      if (this.columnIds[map[h]] < 0) this.columnIds[map[h]] = incoming.columnIds[h];
    }

    const hasDataRows = this.values.some((row, r) => r > this.headerRow && !isBlankRow(row));
    const keyer =
      incoming.key.kind === 'orders'
        ? this.ordersKeyer(incoming, map, originalWidth, hasDataRows)
        : this.defectsKeyer(map);
    const byKey = new Map<string, number[]>();
    const byLoose = new Map<string, number[]>();
    for (let r = this.headerRow + 1; r < this.values.length; r++) {
      const row = this.values[r];
      if (isBlankRow(row)) continue;
      const k = keyer.existing(row);
      if (k === null) continue;
      push(byKey, k.key, r);
      if (k.loose !== null) push(byLoose, k.loose, r);
    }
    const used = new Set<number>();
    const take = (list: number[] | undefined, ok: (r: number) => boolean): number => {
      if (!list) return -1;
      for (const r of list) if (!used.has(r) && ok(r)) return r;
      return -1;
    };

    const result: MergeResult = {
      added: 0,
      updated: 0,
      unchanged: 0,
      older: 0,
      conflicts: [],
      skipped: [],
      blocked: [],
    };
    const protectedCols = new Set<number>();
    if (incoming.key.kind === 'defects') {
      protectedCols.add(map[DEFECT_COL.category]);
      protectedCols.add(map[DEFECT_COL.source]);
    }
    const typeCol = incoming.key.kind === 'defects' ? map[DEFECT_COL.type] : -1;
    const sourceCol = incoming.key.kind === 'defects' ? map[DEFECT_COL.source] : -1;
    const age = this.ageColumns(incoming, map);
    let appendAt = this.values.length;
    while (appendAt > this.headerRow + 1 && isBlankRow(this.values[appendAt - 1])) appendAt--;

    for (const row of incoming.rows) {
      const k = keyer.incoming(row.cells);
      if (k === null) {
        result.skipped.push({ line: row.line, reason: msg('import.skip.noOrderId') });
        continue;
      }
      let r = take(byKey.get(k.key), () => true);
      if (r < 0 && k.loose !== null) {
        // Feedback without a date (ODR download) matches feedback with one, and the other way round.
        r = take(byLoose.get(k.loose), (e) => k.dateBlank || keyer.dateBlank(this.values[e]));
      }
      if (r < 0) {
        this.append(appendAt, row.cells, map, incoming, result);
        used.add(appendAt);
        appendAt++;
        result.added++;
        continue;
      }
      used.add(r);
      this.update(
        r,
        row.cells,
        map,
        incoming,
        { protectedCols, typeCol, sourceCol, age, order: keyer.dateOrder },
        result,
      );
    }
    return result;
  }

  private append(
    r: number,
    cells: readonly LedgerCell[],
    map: readonly number[],
    incoming: IncomingLedger,
    result: MergeResult,
  ): void {
    if (r >= this.values.length) {
      this.values.push(new Array<unknown>(this.width).fill(''));
      this.fpText.push('');
    }
    cells.forEach((cell, h) => {
      if (h >= map.length || cell === '') return;
      const c = map[h];
      const obstacle = this.obstacleAt(r, c);
      if (obstacle) result.blocked.push({ row: r, col: c, obstacle });
      this.set(r, c, cell, kindOf(cell, incoming.ledger, incoming.columnIds[h]));
    });
  }

  private update(
    r: number,
    cells: readonly LedgerCell[],
    map: readonly number[],
    incoming: IncomingLedger,
    rules: {
      protectedCols: ReadonlySet<number>;
      typeCol: number;
      sourceCol: number;
      age: AgeColumns;
      order: PartOrder;
    },
    result: MergeResult,
  ): void {
    const target = this.values[r];
    const wanted: number[] = [];
    cells.forEach((cell, h) => {
      const c = map[h];
      if (c === undefined || rules.protectedCols.has(c)) return;
      if (typeof cell === 'string' && cell.trim() === '') return;
      if (sameValue(target[c], cell, this.zone, rules.order)) return;
      // A seller's "A-to-z" is the import's "A-to-z claim": same type, left as typed.
      if (c === rules.typeCol && typeVariant(target[c]) === typeVariant(cell)) return;
      wanted.push(h);
    });
    if (wanted.length === 0) {
      result.unchanged++;
      return;
    }
    // A formula, spill, protected or merged cell is never the seller's to keep as a conflict:
    // the import would change it, so it blocks the import (see importer.ts).
    const mine = wanted.filter(
      (h) => this.obstacleAt(r, map[h]) !== null || this.importWroteCell(r, map[h]),
    );
    const orderId = displayValue(target[map[0]], this.zone);
    for (const h of wanted) {
      if (mine.includes(h)) continue;
      result.conflicts.push({
        row: r,
        col: map[h],
        header: String(this.values[this.headerRow][map[h]] ?? ''),
        orderId,
        sheetValue: displayValue(target[map[h]], this.zone),
        fileValue: displayValue(cells[h], this.zone),
      });
    }
    if (mine.length === 0) {
      result.unchanged++;
      return;
    }
    if (this.isOlder(r, cells, rules.age)) {
      result.older++;
      return;
    }
    for (const h of mine) {
      const c = map[h];
      const obstacle = this.obstacleAt(r, c);
      if (obstacle) result.blocked.push({ row: r, col: c, obstacle });
      this.set(r, c, cells[h], kindOf(cells[h], incoming.ledger, incoming.columnIds[h]));
    }
    const source = cells[DEFECT_COL.source];
    if (
      rules.sourceCol >= 0 &&
      typeof source === 'string' &&
      source !== '' &&
      !sameValue(target[rules.sourceCol], source, this.zone)
    ) {
      if (this.importWroteCell(r, rules.sourceCol)) this.set(r, rules.sourceCol, source, 'text');
    }
    result.updated++;
  }

  /** Where a report's row dates its news: the date column, else the status column. */
  private ageColumns(incoming: IncomingLedger, map: readonly number[]): AgeColumns {
    const at = (id: number): number => incoming.columnIds.indexOf(id);
    const dateId = incoming.ledger === 'orders' ? 3 : DEFECTS_LEDGER_HEADER.length;
    const statusId = incoming.ledger === 'orders' ? 4 : DEFECT_COL.status;
    const dateIn = at(dateId);
    const statusIn = at(statusId);
    return {
      dateIn,
      dateCol: dateIn >= 0 ? map[dateIn] : this.columnIds.indexOf(dateId),
      statusIn,
      statusCol: statusIn >= 0 ? map[statusIn] : -1,
    };
  }

  /**
   * Old news (issue 11): a later last-updated-date or status date wins; without dates on both
   * sides, a decided status is not replaced by an undecided one. Only values the import wrote
   * take part: a seller's value is a conflict, never compared.
   */
  private isOlder(r: number, cells: readonly LedgerCell[], age: AgeColumns): boolean {
    const row = this.values[r];
    if (age.dateIn >= 0 && age.dateCol >= 0) {
      const incoming = cells[age.dateIn];
      const existing = row[age.dateCol];
      const inMs = isLedgerDate(incoming) ? dateMs(incoming, this.zone) : null;
      let exMs: number | null = null;
      if (isDate(existing)) exMs = existing.getTime();
      else if (typeof existing === 'string' && existing.trim() !== '') {
        const read = ledgerDateOf(existing, 'MDY');
        exMs = read === null ? null : dateMs(read, this.zone);
      }
      if (inMs !== null && exMs !== null && !Number.isNaN(exMs)) return inMs < exMs - 999;
    }
    if (age.statusIn >= 0 && age.statusCol >= 0) {
      const incoming = cells[age.statusIn];
      const existing = row[age.statusCol];
      if (typeof incoming === 'string' && typeof existing === 'string') {
        return movesBack(existing, incoming);
      }
    }
    return false;
  }

  /** Matches by header name (case, spaces, punctuation ignored), then by meaning for key columns. */
  private mapColumns(header: readonly unknown[], incoming: IncomingLedger): number[] {
    const names = header.map((c) => normalizeHeader(asCell(c)));
    const taken = new Set<number>();
    if (this.fpCol >= 0) taken.add(this.fpCol);
    const map = incoming.header.map((h, i) => {
      let at = names.findIndex((n, j) => n !== '' && n === normalizeHeader(h) && !taken.has(j));
      // The same known column under another name (an older or translated report).
      if (at < 0 && incoming.columnIds[i] >= 0) {
        at = this.columnIds.findIndex((id, j) => id === incoming.columnIds[i] && !taken.has(j));
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

  private ordersKeyer(
    incoming: IncomingLedger,
    map: readonly number[],
    originalWidth: number,
    hasDataRows: boolean,
  ): Keyer {
    const key = incoming.key.kind === 'orders' ? incoming.key : null;
    const indexOf = (name: string): number =>
      incoming.header.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
    const idIn = indexOf(key?.orderId ?? 'amazon-order-id');
    // Only columns the sheet already had can tell its rows apart.
    const shared = (h: number): boolean => h >= 0 && (!hasDataRows || map[h] < originalWidth);
    const itemIn = (key?.item ?? []).map(indexOf).find(shared) ?? -1;
    const zone = this.zone;
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

  private defectsKeyer(map: readonly number[]): Keyer {
    const idCol = map[DEFECT_COL.orderId];
    const typeCol = map[DEFECT_COL.type];
    const dateCol = map[DEFECT_COL.date];
    const zone = this.zone;
    // Dates a seller typed into the sheet (1/15/24) are read in the order their column suggests.
    const existingOrder: PartOrder = decidePartOrder(
      this.values.slice(this.headerRow + 1).map((row) => asCell(row[dateCol])),
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

  /**
   * The fingerprint cells that change: rows the import wrote get codes for the cells it wrote;
   * a sheet written before fingerprints gets its column, with codes for the rows it counts as
   * imported.
   */
  finishFingerprints(): void {
    if (this.touchedRows.length === 0 || this.headerRow < 0) return;
    const legacy = this.fpCol < 0;
    if (legacy) this.fpCol = this.addColumn(FINGERPRINT_HEADER, -1);
    const rows = legacy
      ? this.values.map((_, r) => r).filter((r) => r > this.headerRow)
      : this.touchedRows.filter((r) => r > this.headerRow);
    const codes = new Array<string | undefined>(MAX_FINGERPRINT_COLUMNS);
    for (const r of rows) {
      const touched = this.marks[r];
      if (legacy && !touched && !this.legacyImported[r]) continue;
      codes.fill(undefined);
      if (!legacy && r < this.readRows) {
        for (const [id, code] of this.fingerprintOf(r)) codes[id] = code;
      }
      const row = this.values[r];
      // A row written before fingerprints that counts as imported: all its known cells are.
      const all = legacy && this.legacyImported[r] && r < this.readRows;
      for (let c = 0; c < this.width; c++) {
        const id = this.columnIds[c];
        if (id < 0) continue;
        const mark = touched && c < touched.length ? touched[c] : 0;
        if (mark === 0 && !all) continue;
        codes[id] = isBlankCell(row[c]) ? undefined : valueCode(row[c]);
      }
      const text = formatCodes(codes);
      if (text === (this.fpText[r] ?? '')) continue;
      this.set(r, this.fpCol, text, 'text');
    }
  }

  /**
   * Cells whose value the import changes, by column (0-based rows, ascending), and how many.
   * A touched cell whose value ends up as it was is not changed.
   */
  changedCells(): { byColumn: Map<number, number[]>; count: number } {
    const byColumn = new Map<number, number[]>();
    let count = 0;
    const rows = [...this.touchedRows].sort((a, b) => a - b);
    for (const r of rows) {
      const marks = this.marks[r];
      if (!marks) continue;
      const before = this.beforeRows[r] ?? [];
      const row = this.values[r];
      for (let c = 0; c < marks.length; c++) {
        if (marks[c] === 0) continue;
        const was = before[c];
        const now = row[c];
        const same = isBlankCell(was)
          ? isBlankCell(now)
          : canonicalText(was) === canonicalText(now);
        if (same) {
          marks[c] &= KIND_MASK;
          continue;
        }
        marks[c] |= CHANGED;
        count++;
        const list = byColumn.get(c);
        if (list) list.push(r);
        else byColumn.set(c, [r]);
      }
    }
    return { byColumn, count };
  }
}

interface AgeColumns {
  dateIn: number;
  dateCol: number;
  statusIn: number;
  statusCol: number;
}

interface Keyer {
  existing(row: readonly unknown[]): RowKey | null;
  incoming(cells: readonly LedgerCell[]): RowKey | null;
  dateBlank(row: readonly unknown[]): boolean;
  /** How the sheet's own text dates read (month-first unless its values say otherwise). */
  dateOrder: PartOrder;
}

function push(map: Map<string, number[]>, key: string, r: number): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

import { HEADER_SEARCH_ROWS, matchHeader } from '../engine/columns';
import { dayToIso, isDate, readDay, type PartOrder } from '../engine/dates';
import type { Table, ZoneOffset } from '../engine/types';
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
  ledgerDateOf,
  sameValue,
  toSheetValue,
  type LedgerCell,
} from './ledger-cell';
import { noMerge, type CellKind, type MergeResult, type ObstacleAt } from './merge-types';
import type { IncomingLedger } from './normalise';
import { ORDER_COLUMNS } from './order-columns';
import { REPORT_TYPE_LABELS } from './recognise';
import {
  columnIdOf,
  defectsKeyer,
  isBlankRow,
  mapColumns,
  ordersKeyer,
  push,
  typeVariant,
} from './row-match';
import { DEFECT_COL, DEFECTS_LEDGER_HEADER } from './templates';

export type {
  Blocked,
  CellKind,
  Conflict,
  MergeCounts,
  MergeResult,
  Obstacle,
  ObstacleAt,
} from './merge-types';

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
    const map = mapColumns(header, incoming, this.columnIds, this.fpCol);
    map.forEach((col, h) => {
      if (col < 0) map[h] = this.addColumn(incoming.header[h], incoming.columnIds[h]);
    });
    for (let h = 0; h < map.length; h++) {
      if (this.columnIds[map[h]] < 0) this.columnIds[map[h]] = incoming.columnIds[h];
    }

    const hasDataRows = this.values.some((row, r) => r > this.headerRow && !isBlankRow(row));
    const keyer =
      incoming.key.kind === 'orders'
        ? ordersKeyer(incoming, map, originalWidth, hasDataRows, this.zone)
        : defectsKeyer(map, this.values, this.headerRow, this.zone);
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

    const result: MergeResult = { ...noMerge(), blocked: [] };
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
      // A date that reads both ways round (1/2/2024) cannot tell which news is newer.
      const inMs =
        isLedgerDate(incoming) && incoming.ambiguous !== true ? dateMs(incoming, this.zone) : null;
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

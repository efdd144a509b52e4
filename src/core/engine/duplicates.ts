/**
 * Rows that repeat an earlier row cell for cell (pasted twice, exported twice), found without
 * turning every row into a JSON string: at 1,000,000 rows that cost ~8 s and ~0.5 GB, so
 * ODR_CHECK was the slowest function by far.
 *
 * Two cells are the same when their JSON texts would be (a Date counts as its time value; null,
 * undefined, NaN and ±Infinity alike as null), so the answer is the one `JSON.stringify` gives.
 * With the orders' id index, only rows with the same order id are compared: a duplicate has the
 * same id cell, and an order's item rows are consecutive in Amazon's reports, so most rows are
 * compared with none or one other row.
 */
import type { Cell, Table } from './types';
import { isDate } from './dates';

export interface Duplicates {
  /** 1-based rows that repeat an earlier row, the first `MAX_LISTED`. */
  rows: number[];
  count: number;
}

/** The rows of a table grouped by order id: a class per row from `from` on, -1 for none. */
export interface RowClasses {
  readonly from: number;
  classOf(r: number): number;
  /** The class of any row's id cell (for rows above `from`), or -1. */
  classOfRowId(row: readonly Cell[]): number;
}

const MAX_LISTED = 20;
/** A cell's JSON-equivalent value; NULL stands for everything JSON writes as null. */
const NULL = null;
const isFiniteNumber = Number.isFinite;
const imul = Math.imul;

/** Thrown for a cell JSON would write as an object (never from Sheets): the JSON path decides. */
class UnusualCell extends Error {}

function valueOf(cell: Cell | unknown): string | number | boolean | null {
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return isFiniteNumber(cell) ? cell : NULL;
  if (cell === null || cell === undefined) return NULL;
  if (isDate(cell)) {
    const time = cell.getTime();
    return isFiniteNumber(time) ? time : NULL;
  }
  throw new UnusualCell();
}

function sameRow(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y && typeof x !== 'object') continue;
    if (valueOf(x) !== valueOf(y)) return false;
  }
  return true;
}

function isBlank(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c !== '' && c !== null && c !== undefined) return false;
  }
  return true;
}

/** A hash of a row's JSON-equivalent values (strings: length and up to 32 characters). */
function hashRow(row: readonly Cell[]): number {
  let h = imul(0x811c9dc5 ^ row.length, 16777619);
  for (let i = 0; i < row.length; i++) {
    const v = valueOf(row[i]);
    if (typeof v === 'string') {
      h = imul(h ^ v.length, 16777619);
      const n = v.length < 32 ? v.length : 32;
      for (let k = 0; k < n; k++) h = imul(h ^ v.charCodeAt(k), 16777619);
    } else if (typeof v === 'number') {
      h = imul(h ^ (v | 0), 16777619);
      h = imul(h ^ ((v / 4294967296) | 0), 16777619);
    } else h = imul(h ^ (v === null ? 1 : v ? 2 : 3), 16777619);
  }
  return h;
}

class Found {
  readonly rows: number[] = [];
  count = 0;
  add(r: number): void {
    this.count++;
    if (this.rows.length < MAX_LISTED) this.rows.push(r + 1);
  }
}

/** Rows seen so far by hash: for rows no id groups (the defects, rows above the header). */
class RowSet {
  private readonly byHash = new Map<number, number[]>();
  constructor(private readonly table: Table) {}
  /** True when `r` repeats a row added before; adds it otherwise. */
  check(r: number): boolean {
    const row = this.table[r];
    const h = hashRow(row);
    const list = this.byHash.get(h);
    if (!list) {
      this.byHash.set(h, [r]);
      return false;
    }
    for (const q of list) if (sameRow(this.table[q], row)) return true;
    list.push(r);
    return false;
  }
}

/** The reference: one JSON text per row (used for cells Sheets never passes). */
function byJson(table: Table): Duplicates {
  const seen = new Set<string>();
  const found = new Found();
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (!row || isBlank(row)) continue;
    const key = JSON.stringify(row.map((c) => (isDate(c) ? c.getTime() : c)));
    if (seen.has(key)) found.add(r);
    else seen.add(key);
  }
  return { rows: found.rows, count: found.count };
}

/** Rows that repeat an earlier row; `classes` groups the rows by order id when known. */
export function duplicateRows(table: Table, classes?: RowClasses): Duplicates {
  try {
    return classes ? byClass(table, classes) : byHash(table);
  } catch (error) {
    if (error instanceof UnusualCell) return byJson(table);
    throw error;
  }
}

function byHash(table: Table): Duplicates {
  const found = new Found();
  const set = new RowSet(table);
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (!row || isBlank(row)) continue;
    if (set.check(r)) found.add(r);
  }
  return { rows: found.rows, count: found.count };
}

/**
 * Rows grouped by order id. Class numbers grow with each id's first row, so a class above every
 * one seen is a new id (nothing to compare); a row of the current run is compared with the run's
 * earlier rows; an id seen again after others (rare) links its rows in a chain.
 */
function byClass(table: Table, classes: RowClasses): Duplicates {
  const found = new Found();
  const ungrouped = new RowSet(table);
  const { from } = classes;
  // Rows above the first data row (the header, a title) whose id names an order: earlier rows
  // of that order's class.
  const early = new Map<number, number[]>();
  let maxSeen = -1;
  let lastClass = -1;
  let runStart = -1;
  // Per class, its latest row + 1; per row, the previous row of its class + 1 (0: none).
  // Made only once an id comes back after other ids.
  let lastOfClass: Int32Array | null = null;
  let previousOf: Int32Array | null = null;
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (!row || isBlank(row)) continue;
    if (r < from) {
      if (ungrouped.check(r)) found.add(r);
      const c = classes.classOfRowId(row);
      if (c >= 0) early.set(c, [...(early.get(c) ?? []), r]);
      continue;
    }
    const cls = classes.classOf(r);
    if (cls < 0) {
      if (ungrouped.check(r)) found.add(r);
      continue;
    }
    let duplicate = false;
    const before = early.size > 0 ? early.get(cls) : undefined;
    if (before) {
      for (const q of before) if (sameRow(table[q], row)) duplicate = true;
    }
    if (cls > maxSeen) {
      maxSeen = cls;
      runStart = r;
    } else if (!duplicate && cls === lastClass && lastOfClass === null) {
      for (let q = runStart; q < r && !duplicate; q++) {
        const other = table[q];
        if (other && classes.classOf(q) === cls && sameRow(other, row)) duplicate = true;
      }
    } else if (cls !== lastClass || lastOfClass !== null) {
      if (lastOfClass === null || previousOf === null) {
        // The first id seen again after others: link every earlier row of every class.
        lastOfClass = new Int32Array(maxSeen + 1);
        previousOf = new Int32Array(table.length);
        for (let q = from; q < r; q++) {
          const c = table[q] ? classes.classOf(q) : -1;
          if (c < 0 || !table[q] || isBlank(table[q])) continue;
          previousOf[q] = lastOfClass[c];
          lastOfClass[c] = q + 1;
        }
      }
      for (let q = lastOfClass[cls] - 1; q >= 0 && !duplicate; q = previousOf[q] - 1) {
        if (sameRow(table[q], row)) duplicate = true;
      }
    }
    if (lastOfClass !== null && previousOf !== null) {
      let links: Int32Array = lastOfClass;
      if (cls >= links.length) {
        links = new Int32Array(Math.max(cls + 1, links.length * 2));
        links.set(lastOfClass);
        lastOfClass = links;
      }
      previousOf[r] = links[cls];
      links[cls] = r + 1;
    }
    if (duplicate) found.add(r);
    lastClass = cls;
  }
  return { rows: found.rows, count: found.count };
}

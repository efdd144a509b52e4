/**
 * Which order each row of the orders range belongs to, worked out in one pass over the order-id
 * column before the rows are read, fast enough for a million rows inside a custom function.
 *
 * Why it is shaped like this (a CPU profile of ODR at 1,000,000 rows): hashing every row's id
 * string and probing a table as the rows were read cost ~80 % of the time, and that probe missed
 * the CPU caches on almost every row. So:
 * - an order's item rows are consecutive in Amazon's reports: a row whose id equals the previous
 *   row's joins its run without any lookup;
 * - Amazon order ids (3-7-7 digits, "113-1234567-1234567") are read as two 32-bit integers that
 *   encode the id exactly, so equal keys are equal ids and no string is compared or hashed; any
 *   other id takes a string path (a Map), and the two kinds can never be equal;
 * - the runs' keys are written to flat arrays first and deduplicated afterwards, partitioned so
 *   that the table is filled one cache-sized part at a time (see `dedupe`).
 * The order of first appearance decides which run is an id's first, so results equal those of a
 * Map keyed by the id string.
 */
import type { Cell, Table } from './types';

const imul = Math.imul;
/** Table slots per distinct Amazon id, at least. */
const SLOTS_PER_ID = 2;
const MapClass = Map;

/** Fills `key` with an Amazon id's exact 58-bit encoding; false when `id` is not one. */
function amazonKey(id: string, key: Int32Array): boolean {
  if (id.length !== 19 || id.charCodeAt(3) !== 45 || id.charCodeAt(11) !== 45) return false;
  // `bad` turns negative when any character is not a digit (x < 0 or x > 9).
  let x = id.charCodeAt(0) - 48;
  let bad = x | (9 - x);
  let a = x;
  x = id.charCodeAt(1) - 48;
  bad |= x | (9 - x);
  a = a * 10 + x;
  x = id.charCodeAt(2) - 48;
  bad |= x | (9 - x);
  a = a * 10 + x;
  let b = 0;
  for (let i = 4; i < 11; i++) {
    x = id.charCodeAt(i) - 48;
    bad |= x | (9 - x);
    b = b * 10 + x;
  }
  let c = 0;
  for (let i = 12; i < 19; i++) {
    x = id.charCodeAt(i) - 48;
    bad |= x | (9 - x);
    c = c * 10 + x;
  }
  if (bad < 0) return false;
  // 7 digits < 2^24, so each word holds one 7-digit part and 8 + 2 bits of the 3-digit part.
  key[0] = b | ((a & 255) << 24);
  key[1] = c | ((a >> 8) << 24);
  return true;
}

/** Mixes a key's two words into a well-spread 32-bit hash (murmur3's finaliser). */
function mix(k1: number, k2: number): number {
  let h = imul(k1 ^ imul(k2, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

interface Deduped {
  /** Open addressing; a slot is the hash's top bits, so a key's slot follows its partition. */
  slots: Int32Array;
  shift: number;
  mask: number;
  /** Slots hold the first run + 1 in the low 24 bits and 8 other bits of the hash above them. */
  tagMask: number;
  /** Per run: the first run with the same key + 1 when it repeats one, else 0; null: none do. */
  firstOf: Int32Array | null;
}

/**
 * Puts the Amazon runs' keys into one table and finds the runs that repeat an earlier run's key.
 * A table probe per key in run order missed the CPU caches on almost every key (the table is
 * 8 MB at a million rows), so the keys go in partitioned by the hash's top 8 bits (stably, so
 * an id's first run still goes in first): each partition fills one 1/256th of the table while
 * that part is in the cache. A slot's tag bits let a probe pass other keys without reading them.
 */
function dedupe(
  k1: Int32Array,
  k2: Int32Array,
  other: Uint8Array | null,
  runs: number,
  amazonRuns: number,
): Deduped {
  const tagMask = runs < 0xffffff ? 0xff000000 : 0;
  let bits = 4;
  while (1 << bits < amazonRuns * SLOTS_PER_ID) bits++;
  const slots = new Int32Array(1 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const start = new Int32Array(257);
  for (let t = 0; t < runs; t++) {
    if (other !== null && other[t] === 1) continue;
    start[(mix(k1[t], k2[t]) >>> 24) + 1]++;
  }
  for (let p = 1; p <= 256; p++) start[p] += start[p - 1];
  const byPart = new Int32Array(amazonRuns);
  const part1 = new Int32Array(amazonRuns);
  const part2 = new Int32Array(amazonRuns);
  for (let t = 0; t < runs; t++) {
    if (other !== null && other[t] === 1) continue;
    const a = k1[t];
    const b = k2[t];
    const j = start[mix(a, b) >>> 24]++;
    byPart[j] = t;
    part1[j] = a;
    part2[j] = b;
  }
  let firstOf: Int32Array | null = null;
  for (let j = 0; j < amazonRuns; j++) {
    const t = byPart[j];
    const a = part1[j];
    const b = part2[j];
    const h = mix(a, b);
    const tag = (h << 24) & tagMask;
    let s = h >>> shift;
    for (;;) {
      const v = slots[s];
      if (v === 0) {
        slots[s] = tag | (t + 1);
        break;
      }
      if ((v & tagMask) === tag) {
        const u = (v & ~tagMask) - 1;
        if (k1[u] === a && k2[u] === b) {
          firstOf ??= new Int32Array(runs);
          firstOf[t] = u + 1;
          break;
        }
      }
      s = (s + 1) & mask;
    }
  }
  return { slots, shift, mask, tagMask, firstOf };
}

/**
 * The order-id column classified: every data row gets the number of the id's first run (a
 * "class"), or -1 when its id is blank. `orderOf` then maps classes to order numbers as the rows
 * are read, so rows skipped for other reasons never make an order.
 */
export class OrderIdIndex implements OrderLookup {
  /** Per row of the table from `from` on: the id's class, or -1 for a blank id. */
  private readonly classOfRow: Int32Array;
  /** Per class: the order number + 1 once a readable row of the id made an order, else 0. */
  private readonly orderOfClass: Int32Array;
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  /** Open-addressing table over Amazon keys: first run number + 1, or 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly tagMask: number;
  /** Ids that are not Amazon-shaped: id → first run number. */
  private readonly others = new MapClass<string, number>();
  private readonly key = new Int32Array(2);

  /**
   * Reads the id column of `table` from row `from` on. `text` is how the caller reads an id
   * cell (trimmed; '' when blank), so both agree on what an id is.
   */
  constructor(
    /** The orders range the index was made from. */
    readonly table: Table,
    readonly from: number,
    private readonly idCol: number,
    private readonly text: (cell: Cell) => string,
  ) {
    const rows = Math.max(0, table.length - from);
    const classOfRow = new Int32Array(rows);
    const k1 = new Int32Array(rows);
    const k2 = new Int32Array(rows);
    // 1 for the classes of other ids (made when the first one comes), which need no dedupe.
    let other: Uint8Array | null = null;
    const key = this.key;
    const others = this.others;
    let runs = 0;
    let amazonRuns = 0;
    let lastRaw: Cell = undefined;
    let lastRun = -1;
    for (let r = from; r < table.length; r++) {
      const row = table[r];
      if (!row) {
        classOfRow[r - from] = -1;
        continue;
      }
      const raw = row[idCol];
      // The same cell value as the row before (item rows of one order): the same id.
      if (raw === lastRaw && r > from) {
        classOfRow[r - from] = lastRun;
        continue;
      }
      lastRaw = raw;
      let isAmazon = typeof raw === 'string' && amazonKey(raw, key);
      let id = '';
      if (!isAmazon) {
        id = text(raw);
        if (id === '') {
          classOfRow[r - from] = -1;
          lastRun = -1;
          continue;
        }
        isAmazon = amazonKey(id, key);
      }
      if (isAmazon) {
        // Same key as the run before (equal ids in different cells): the same run.
        if (
          lastRun >= 0 &&
          (other === null || other[lastRun] === 0) &&
          k1[lastRun] === key[0] &&
          k2[lastRun] === key[1]
        ) {
          classOfRow[r - from] = lastRun;
          continue;
        }
        const t = runs++;
        k1[t] = key[0];
        k2[t] = key[1];
        amazonRuns++;
        classOfRow[r - from] = t;
        lastRun = t;
      } else {
        let cls = others.get(id);
        if (cls === undefined) {
          cls = runs++;
          others.set(id, cls);
          other ??= new Uint8Array(rows);
          other[cls] = 1;
        }
        classOfRow[r - from] = cls;
        lastRun = cls;
      }
    }
    const deduped = dedupe(k1, k2, other, runs, amazonRuns);
    const firstOf = deduped.firstOf;
    // An id seen again after other ids (rare in Amazon's reports): point its rows at the first run.
    if (firstOf) {
      for (let i = 0; i < rows; i++) {
        const t = classOfRow[i];
        if (t >= 0 && firstOf[t] > 0) classOfRow[i] = firstOf[t] - 1;
      }
    }
    this.classOfRow = classOfRow;
    this.orderOfClass = new Int32Array(runs);
    this.k1 = k1;
    this.k2 = k2;
    this.slots = deduped.slots;
    this.mask = deduped.mask;
    this.shift = deduped.shift;
    this.tagMask = deduped.tagMask;
  }

  /** The class of table row `r`'s id, or -1 when the id is blank. */
  classOf(r: number): number {
    return this.classOfRow[r - this.from];
  }

  /** The order of class `cls`; when it has none yet, records `next` as its order. */
  orderOf(cls: number, next: number): number {
    const known = this.orderOfClass[cls];
    if (known > 0) return known - 1;
    this.orderOfClass[cls] = next + 1;
    return next;
  }

  /** The order number of an id (trimmed, as the caller's `text` gives it), if it has one. */
  get(id: string): number | undefined {
    const cls = this.classOfId(id);
    if (cls < 0) return undefined;
    const order = this.orderOfClass[cls];
    return order > 0 ? order - 1 : undefined;
  }

  /** The class of any row's id cell (a row above the data, say), or -1 when it has none. */
  classOfRowId(row: readonly Cell[]): number {
    const id = this.text(row[this.idCol]);
    return id === '' ? -1 : this.classOfId(id);
  }

  private classOfId(id: string): number {
    let cls: number | undefined;
    if (amazonKey(id, this.key)) {
      const a = this.key[0];
      const b = this.key[1];
      const { slots, mask, shift, k1, k2, tagMask } = this;
      const h = mix(a, b);
      const tag = (h << 24) & tagMask;
      let s = h >>> shift;
      for (;;) {
        const v = slots[s];
        if (v === 0) break;
        if ((v & tagMask) === tag) {
          const u = (v & ~tagMask) - 1;
          if (k1[u] === a && k2[u] === b) {
            cls = u;
            break;
          }
        }
        s = (s + 1) & mask;
      }
    } else {
      cls = this.others.get(id);
    }
    return cls === undefined ? -1 : cls;
  }
}

/** Order id → order number, for the defects (and for a subset of the orders). */
export interface OrderLookup {
  get(id: string): number | undefined;
}

/** A subset of another index's orders, renumbered by `newIndex` (-1: left out). */
export class OrderSubset implements OrderLookup {
  constructor(
    private readonly all: OrderLookup,
    private readonly newIndex: Int32Array,
  ) {}

  get(id: string): number | undefined {
    const order = this.all.get(id);
    if (order === undefined) return undefined;
    const k = this.newIndex[order];
    return k < 0 ? undefined : k;
  }
}

/** The orders' ids, read from each order's first row when asked (most never are). */
export class OrderIds {
  constructor(
    private readonly table: Table,
    private readonly idCol: number,
    /** Per order: its first row, 1-based. */
    private readonly rowOf: Int32Array,
    private readonly text: (cell: Cell) => string,
  ) {}

  get length(): number {
    return this.rowOf.length;
  }

  get(order: number): string {
    return this.text(this.table[this.rowOf[order] - 1][this.idCol]);
  }

  /** The ids of other orders of the same table, given their first rows. */
  subset(rowOf: Int32Array): OrderIds {
    return new OrderIds(this.table, this.idCol, rowOf, this.text);
  }
}

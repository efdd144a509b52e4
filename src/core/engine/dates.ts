import type { Cell, Day, ZoneOffset } from './types';
import { UTC } from './types';

const MS_PER_DAY = 86_400_000;

// Built-ins bound once: the bundle runs in a global scope where each global name lookup costs
// (in a node:vm context markedly), and these sit on the per-row path.
const floor = Math.floor;
const DateClass = Date;
const objectToString = Object.prototype.toString;
/** Day number of 1899-12-30, the epoch of Sheets serial dates. */
const SHEETS_EPOCH_DAY = -25_569;

/** Which part comes first in a numeric date such as 1/2/24. */
export type PartOrder = 'MDY' | 'DMY' | 'YMD';

export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Rejects 31 April and 29 February of common years.
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

export function dayToIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day an instant falls on in the spreadsheet's zone. */
export function dayOfInstant(epochMs: number, zone: ZoneOffset): Day {
  return floor((zone === UTC ? epochMs : epochMs + zone(epochMs) * 60_000) / MS_PER_DAY);
}

/** Midnight of a calendar day in the spreadsheet's zone, as Sheets expects a returned Date. */
export function dayToDate(day: Day, zone: ZoneOffset): Date {
  const utcMidnight = day * MS_PER_DAY;
  const first = utcMidnight - zone(utcMidnight) * 60_000;
  return new Date(utcMidnight - zone(first) * 60_000);
}

function expandYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/**
 * Month names and their abbreviations as Seller Central writes them in the marketplaces'
 * languages — English, German, French, Spanish, Italian, Dutch, Portuguese — accents dropped
 * (März → marz, févr. → fevr, août → aout). Looked up by the whole word, then its first four
 * letters (French juin/juil), then its first three.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  ene: 1,
  gen: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  mrt: 3,
  maa: 3,
  apr: 4,
  avr: 4,
  abr: 4,
  may: 5,
  mai: 5,
  mag: 5,
  mei: 5,
  jun: 6,
  juin: 6,
  giu: 6,
  jul: 7,
  juil: 7,
  lug: 7,
  aug: 8,
  aou: 8,
  ago: 8,
  sep: 9,
  set: 9,
  oct: 10,
  okt: 10,
  ott: 10,
  out: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  dic: 12,
};

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMERIC_RE =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*\S+)?)?$/i;
const MONTH_FIRST_RE = /^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
/** A weekday before a written-out date: "Sun, Jan 14, 2024", "Sonntag, 14. Januar 2024". */
const WEEKDAY_RE = /^\p{L}{2,12}\.?,\s*(?=\p{L}|\d)/u;
// 14 Jan 2024, 14-Jan-24, 14. März 2024 (German), 14 janv. 2024, 14 de enero de 2024 (Spanish).
const DAY_FIRST_RE =
  /^(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+(?:de\s+)?(\p{L}{3,10})\.?[\s-]+(?:de\s+)?(\d{2,4})/iu;
const CJK_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function monthFromName(name: string): number | null {
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)] ?? null;
}

function offsetMinutes(text: string): number {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** The three numbers of a numeric date (1/2/24), read in a given order. */
export function dayFromNumericParts(a: string, b: string, c: string, order: PartOrder): Day | null {
  const [y, m, d, yDigits] =
    order === 'YMD'
      ? [Number(a), Number(b), Number(c), a.length]
      : order === 'MDY'
        ? [Number(c), Number(a), Number(b), c.length]
        : [Number(c), Number(b), Number(a), c.length];
  if (order !== 'YMD' && a.length > 2) return null;
  if (order === 'YMD' && c.length > 2) return null;
  return dayFromParts(expandYear(y, yDigits), m, d);
}

/**
 * Reads a date-like string. Numeric dates whose part order cannot be told from the text use
 * `order` (decided per column by `decidePartOrder`). Date-times with an offset are placed on the
 * spreadsheet's calendar; date-times without one are taken as written.
 */
export function parseDateString(text: string, order: PartOrder, zone: ZoneOffset): Day | null {
  const s = text.trim();
  if (s === '') return null;
  let m = ISO_RE.exec(s);
  if (m) {
    const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day === null || m[7] === undefined) return day;
    const local =
      day * MS_PER_DAY + (Number(m[4]) * 60 + Number(m[5])) * 60_000 + Number(m[6] ?? 0) * 1000;
    return dayOfInstant(local - offsetMinutes(m[7]) * 60_000, zone);
  }
  m = NUMERIC_RE.exec(s);
  if (m) {
    const [, a, sep, b, c] = m;
    if (a.length === 4 || a.length === 3) return dayFromNumericParts(a, b, c, 'YMD');
    // A dotted date (14.01.2024) is day-first wherever it is written.
    return dayFromNumericParts(a, b, c, sep === '.' && order === 'MDY' ? 'DMY' : order);
  }
  m = CJK_RE.exec(s);
  if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseWrittenDate(s.replace(WEEKDAY_RE, ''));
}

/** A date with its month written out (Jan 14, 2024; 14. März 2024), or a Sheets serial. */
function parseWrittenDate(s: string): Day | null {
  let m = MONTH_FIRST_RE.exec(s);
  if (m) {
    const month = monthFromName(m[1]);
    return month === null ? null : dayFromParts(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_FIRST_RE.exec(s);
  if (m) {
    const month = monthFromName(m[2]);
    return month === null
      ? null
      : dayFromParts(expandYear(Number(m[3]), m[3].length), month, Number(m[1]));
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return serialToDay(Number(s));
  return null;
}

/** Sheets serial day numbers (days since 1899-12-30), for plausible calendar years only. */
export function serialToDay(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  return Math.floor(serial) + SHEETS_EPOCH_DAY;
}

/** True for Date objects, also ones made in another realm (a vm context, an iframe). */
export function isDate(value: unknown): value is Date {
  return (
    value instanceof DateClass ||
    (typeof value === 'object' && value !== null && objectToString.call(value) === '[object Date]')
  );
}

/** Reads any cell as a calendar day, or null when it holds no readable date. */
export function readDay(cell: Cell, order: PartOrder, zone: ZoneOffset): Day | null {
  if (isDate(cell)) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? null : dayOfInstant(ms, zone);
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 29_991_231) {
      return dayFromParts(Math.floor(cell / 10_000), Math.floor(cell / 100) % 100, cell % 100);
    }
    return serialToDay(cell);
  }
  if (typeof cell === 'string') return parseDateString(cell, order, zone);
  return null;
}

/** What was decided about a column's numeric dates, for ODR_CHECK to report. */
export interface PartOrderDecision {
  order: PartOrder;
  /** Set when more than one order fitted every value and one was chosen. */
  assumed: boolean;
  /** How many values were ambiguous (both first parts ≤ 12 and a short year). */
  ambiguousValues: number;
  /** Whether the column held numeric dates at all. */
  numeric: boolean;
}

const PREFERENCE: readonly PartOrder[] = ['MDY', 'DMY', 'YMD'];

/**
 * Decides month-first, day-first or year-first for a column of numeric dates. The order that
 * reads every value wins; where several do, the one that puts the dates closest together (real
 * order data clusters within weeks), then US month-first as Amazon.com writes it.
 */
export function decidePartOrder(cells: readonly Cell[], from = 0): PartOrderDecision {
  return decidePartOrderOf(cells.length - from, (i) => cells[from + i]);
}

/** `decidePartOrder` over `count` cells read through `cellAt`, so a table column needs no copy. */
export function decidePartOrderOf(count: number, cellAt: (i: number) => Cell): PartOrderDecision {
  const stats = PREFERENCE.map((order) => ({ order, valid: 0, min: Infinity, max: -Infinity }));
  let numericValues = 0;
  let dotted = 0;
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const cell = cellAt(i);
    if (typeof cell !== 'string' || cell.length > 40) continue;
    const m = NUMERIC_RE.exec(cell.trim());
    if (!m || m[1].length >= 3) continue;
    const key = `${m[1]}/${m[3]}/${m[4]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    numericValues++;
    if (m[2] === '.') dotted++;
    for (const s of stats) {
      const day = dayFromNumericParts(m[1], m[3], m[4], s.order);
      if (day === null) continue;
      s.valid++;
      if (day < s.min) s.min = day;
      if (day > s.max) s.max = day;
    }
  }
  if (numericValues === 0)
    return { order: 'MDY', assumed: false, ambiguousValues: 0, numeric: false };
  const preference = dotted > numericValues / 2 ? ['DMY', 'MDY', 'YMD'] : PREFERENCE;
  const ranked = [...stats].sort(
    (x, y) =>
      y.valid - x.valid ||
      x.max - x.min - (y.max - y.min) ||
      preference.indexOf(x.order) - preference.indexOf(y.order),
  );
  const best = ranked[0];
  // A rival order is one that reads every value too and keeps the dates nearly as close; one
  // that scatters them over decades (24/1/2 read as 2024 vs 2002) is no real doubt.
  const bestSpan = best.max - best.min;
  const rivals = stats.filter(
    (s) =>
      s !== best &&
      s.valid === best.valid &&
      best.valid > 0 &&
      s.max - s.min <= Math.max(bestSpan * 2, bestSpan + 62),
  );
  return {
    order: best.order,
    assumed: rivals.length > 0,
    ambiguousValues: rivals.length > 0 ? numericValues : 0,
    numeric: true,
  };
}

export function describePartOrder(order: PartOrder): string {
  return order === 'MDY' ? 'month/day/year' : order === 'DMY' ? 'day/month/year' : 'year/month/day';
}

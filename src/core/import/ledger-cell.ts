/**
 * The values the import puts into a ledger, typed once when a report is read: text stays text
 * (whatever it looks like), numbers are numbers, dates are days or instants. Nothing is kept as
 * date text to be parsed again, and no text is escaped to be unescaped again (issue 10).
 */
import { dayFromParts, dayOfInstant, dayToDate, isDate, parseDateString } from '../engine/dates';
import type { Day, ZoneOffset } from '../engine/types';
import type { PartOrder } from '../engine/dates';

/** A date from a report: a calendar day, or an exact instant when the report gave a time. */
export interface LedgerDate {
  readonly kind: 'date';
  readonly day: Day;
  /** Epoch ms when the report gave a time with an offset (All Orders); else null. */
  readonly instant: number | null;
  /** Milliseconds after midnight for a time given without an offset (taken in the sheet's zone). */
  readonly wallMs: number;
  /** Whether the report gave a time at all (decides the cell's date or date-time format). */
  readonly withTime: boolean;
  /**
   * Set when the text reads as another day the other way round (1/2/2024: 2 January or
   * 1 February) and the file's order was assumed: such a date does not decide old news.
   */
  readonly ambiguous?: boolean;
}

/** A value written into a ledger cell. Strings are text, always written as text. */
export type LedgerCell = string | number | LedgerDate;

export function isLedgerDate(value: unknown): value is LedgerDate {
  return typeof value === 'object' && value !== null && (value as LedgerDate).kind === 'date';
}

const ISO_TIME_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A date text from a report as a typed date: ISO with or without a time and offset, or any
 * format the engine reads (numeric in `order`, named months, 年月日). Null when unreadable.
 */
export function ledgerDateOf(text: string, order: PartOrder): LedgerDate | null {
  const s = text.trim();
  const m = ISO_TIME_RE.exec(s);
  if (m) {
    const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day === null) return null;
    if (m[4] === undefined) return { kind: 'date', day, instant: null, wallMs: 0, withTime: false };
    const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (h > 23 || mi > 59 || sec > 59) return null;
    const ms = Number(`0.${m[7] ?? '0'}`) * 1000;
    const wallMs = ((h * 60 + mi) * 60 + sec) * 1000 + Math.round(ms);
    if (m[8] === undefined) return { kind: 'date', day, instant: null, wallMs, withTime: true };
    const offset = m[8].toUpperCase() === 'Z' ? 0 : offsetMinutes(m[8]);
    const instant = day * 86_400_000 + wallMs - offset * 60_000;
    return { kind: 'date', day, instant, wallMs, withTime: true };
  }
  const day = parseDateString(s, order, () => 0);
  return day === null ? null : { kind: 'date', day, instant: null, wallMs: 0, withTime: false };
}

function offsetMinutes(text: string): number {
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** The instant a ledger date is written as: its own instant, or the day (and time) in the zone. */
export function dateMs(date: LedgerDate, zone: ZoneOffset): number {
  if (date.instant !== null) return date.instant;
  return dayToDate(date.day, zone).getTime() + date.wallMs;
}

/** The calendar day of a ledger date on the spreadsheet's calendar. */
export function dateDay(date: LedgerDate, zone: ZoneOffset): Day {
  return date.instant === null ? date.day : dayOfInstant(date.instant, zone);
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function isNumericText(text: string): boolean {
  return NUMBER_RE.test(text.trim());
}

function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

export { isBlank as isBlankCell };

/**
 * The one cell-equality rule of the import: whether a sheet cell (as getValues gives it)
 * already holds what the import would write. Text compares as text (trimmed); a number also
 * equals numeric text of the same value; a date equals a Date on the same instant (a report
 * time) or the same calendar day (a report day), and a seller's date text read in the column's
 * order.
 */
export function sameValue(
  existing: unknown,
  incoming: LedgerCell,
  zone: ZoneOffset,
  order: PartOrder = 'MDY',
): boolean {
  if (isBlank(existing))
    return incoming === '' || (typeof incoming === 'string' && incoming.trim() === '');
  if (isLedgerDate(incoming)) {
    if (isDate(existing)) {
      const ms = existing.getTime();
      if (Number.isNaN(ms)) return false;
      if (incoming.withTime) return Math.abs(ms - dateMs(incoming, zone)) < 1000;
      return dayOfInstant(ms, zone) === dateDay(incoming, zone);
    }
    if (typeof existing === 'string') {
      const day = parseDateString(existing, order, zone);
      if (incoming.withTime) {
        const typed = ledgerDateOf(existing, order);
        return (
          typed !== null &&
          typed.withTime &&
          Math.abs(dateMs(typed, zone) - dateMs(incoming, zone)) < 1000
        );
      }
      return day !== null && day === dateDay(incoming, zone);
    }
    return false;
  }
  if (typeof incoming === 'number') {
    const n =
      typeof existing === 'number'
        ? existing
        : typeof existing === 'string' && isNumericText(existing)
          ? Number(existing)
          : NaN;
    return n === incoming || Math.abs(n - incoming) <= 1e-9 * Math.max(1, Math.abs(incoming));
  }
  const text = incoming.trim();
  if (typeof existing === 'string') return existing.trim() === text;
  if (typeof existing === 'number') return isNumericText(text) && Number(text) === existing;
  if (typeof existing === 'boolean') return String(existing) === text.toLowerCase();
  if (isDate(existing)) {
    const day = parseDateString(text, order, zone);
    const ms = existing.getTime();
    return day !== null && !Number.isNaN(ms) && day === dayOfInstant(ms, zone);
  }
  return false;
}

/** A value as the sheet will hold it once written: for keys, hashes and comparisons. */
export type SheetValue = string | number | boolean | Date | null;

/** The cell value the add-on writes for a ledger value (dates become Dates in the zone). */
export function toSheetValue(value: LedgerCell, zone: ZoneOffset): SheetValue {
  if (isLedgerDate(value)) return new Date(dateMs(value, zone));
  return value;
}

/**
 * Stable text of a sheet value, the same for what the import wrote and what getValues gives
 * back: text as is, numbers in JavaScript's shortest form, Dates by epoch millisecond.
 */
export function canonicalText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return `d${value.getTime()}`;
  if (typeof value === 'number') return `n${String(value)}`;
  if (typeof value === 'boolean') return `b${String(value)}`;
  return `s${String(value)}`;
}

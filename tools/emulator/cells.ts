/**
 * What a cell holds, how a written JavaScript value becomes that (Sheets parses strings as if
 * typed by a user), how it reads back, and A1 notation.
 */
import { formatDatePattern, zonedToEpoch } from './dates';

/** A date/time cell. Stored as an instant so any V8 realm can materialise its own Date. */
export interface DateCell {
  readonly t: 'd';
  readonly ms: number;
}

/** A formula cell. Its value comes from the formula evaluator (see Core.recalculate). */
export interface FormulaCell {
  readonly t: 'f';
  readonly formula: string;
}

/** `undefined` is a blank cell: arrays stay sparse, so 100,000 empty rows cost nothing. */
export type Stored = string | number | boolean | DateCell | FormulaCell | undefined;

/** Sheets' own answer for getNumberFormat() of an untouched ("Automatic") cell. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const PLAIN_TEXT_FORMAT = '@';
/** Formats Sheets applies by itself when it recognises typed text, or a Date is written. */
export const AUTO_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const AUTO_ISO_DATE_FORMAT = 'yyyy-mm-dd';
export const AUTO_SLASH_DATE_FORMAT = 'M/d/yyyy';
export const AUTO_TIME_FORMAT = 'h:mm:ss am/pm';

/** What getValues returns for a formula cell when no evaluator is installed. */
export const FORMULA_PLACEHOLDER = '#FORMULA!';

export function isDateCell(v: unknown): v is DateCell {
  return typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 'd';
}

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 'f';
}

/** True for a Date from any realm (the bundle's vm context has its own Date). */
export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface WriteContext {
  timeZone: string;
  /** Spreadsheet locale, e.g. 'en_US'; decides whether 1/2/2024 is 2 January or 1 February. */
  locale: string;
}

export interface Written {
  value: Stored;
  /** A number format Sheets would set by itself, only applied over the default format. */
  autoFormat?: string;
}

const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD_SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:[ ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function validDate(y: number, m: number, d: number, h: number, mi: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Month-first only where the locale writes dates that way (Sheets follows the locale). */
function monthFirst(locale: string): boolean {
  const l = locale.replace('-', '_');
  return l === 'en' || l === 'en_US' || l.startsWith('en_US') || l === 'en_PH' || l === 'es_US';
}

/** Parses text the way Sheets parses what a user types. Returns undefined when it stays text. */
export function parseTyped(text: string, ctx: WriteContext): Written | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  if (NUMBER_RE.test(s) && /\d/.test(s)) return { value: Number(s.replace(/,/g, '')) };
  const pct = /^([+-]?[\d.,]+)\s*%$/.exec(s);
  if (pct && NUMBER_RE.test(pct[1]) && /\d/.test(pct[1])) {
    return { value: Number(pct[1].replace(/,/g, '')) / 100, autoFormat: '0.00%' };
  }
  const money = /^([+-]?)\$([\d.,]+)$/.exec(s);
  if (money && NUMBER_RE.test(money[2])) {
    const n = Number(money[2].replace(/,/g, ''));
    return { value: money[1] === '-' ? -n : n, autoFormat: '"$"#,##0.00' };
  }
  let y: number, m: number, d: number;
  let fmt: string;
  let match = ISO_DATE_RE.exec(s) ?? YMD_SLASH_RE.exec(s);
  let time: (string | undefined)[] = [];
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    time = [match[4], match[5], match[6]];
    fmt = AUTO_ISO_DATE_FORMAT;
  } else if ((match = SLASH_DATE_RE.exec(s))) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    y = Number(match[3]);
    if (match[3].length === 2) y += y < 30 ? 2000 : 1900;
    [m, d] = monthFirst(ctx.locale) ? [a, b] : [b, a];
    time = [match[4], match[5], match[6]];
    fmt = AUTO_SLASH_DATE_FORMAT;
  } else if ((match = TIME_RE.exec(s))) {
    const [h, mi, sec] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
    if (h > 23 || mi > 59 || sec > 59) return undefined;
    // A bare time is a fraction of a day after Sheets' epoch, 1899-12-30.
    return {
      value: { t: 'd', ms: zonedToEpoch(ctx.timeZone, 1899, 12, 30, h, mi, sec) },
      autoFormat: AUTO_TIME_FORMAT,
    };
  } else {
    return undefined;
  }
  const [h, mi, sec] = [Number(time[0] ?? 0), Number(time[1] ?? 0), Number(time[2] ?? 0)];
  if (!validDate(y, m, d, h, mi, sec)) return undefined;
  if (time[0] !== undefined) fmt = AUTO_DATE_TIME_FORMAT;
  return {
    value: { t: 'd', ms: zonedToEpoch(ctx.timeZone, y, m, d, h, mi, sec) },
    autoFormat: fmt,
  };
}

/**
 * A JavaScript value written with setValue(s), as Sheets stores it: '' and null clear the cell,
 * '=…' is a formula, a leading apostrophe forces literal text (and is not kept), plain-text
 * format ('@') keeps every string literal, other strings are parsed like typed input.
 */
export function toStored(value: unknown, numberFormat: string, ctx: WriteContext): Written {
  if (value === null || value === undefined) return { value: undefined };
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { value } : { value: '#NUM!' };
  }
  if (isDateObject(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { value: String(value) };
    return { value: { t: 'd', ms }, autoFormat: AUTO_DATE_TIME_FORMAT };
  }
  const text = typeof value === 'string' ? value : String(value);
  if (text === '') return { value: undefined };
  if (numberFormat === PLAIN_TEXT_FORMAT) return { value: text };
  if (text.startsWith("'")) return { value: text.length > 1 ? text.slice(1) : undefined };
  if (text.startsWith('=') && text.length > 1) return { value: { t: 'f', formula: text } };
  return parseTyped(text, ctx) ?? { value: text };
}

/** Number formats that mean "show as a date/time". */
function isDateFormat(fmt: string): boolean {
  return /[yd]|h:|H:|m\/|\/m|M\//i.test(fmt.replace(/"[^"]*"/g, '')) && !fmt.includes('#');
}

function toJavaPattern(sheetsFormat: string): string {
  // Sheets' date formats use lower-case m for both month and minute; minute when next to h or s.
  let f = sheetsFormat.replace(/am\/pm/gi, 'a');
  f = f.replace(/(h+)(:)(m+)/gi, (_all, h: string, c: string, m: string) => {
    return `${h}${c}${'n'.repeat(m.length)}`;
  });
  f = f.replace(/(m+)(:)(s+)/gi, (_all, m: string, c: string, s: string) => {
    return `${'n'.repeat(m.length)}${c}${s}`;
  });
  f = f.replace(/m/g, 'M').replace(/n/g, 'm').replace(/D/g, 'd').replace(/Y/g, 'y');
  if (/a/.test(f)) f = f.replace(/H/g, 'h');
  return f;
}

function formatNumber(n: number, fmt: string): string {
  const body = fmt.replace(/"[^"]*"/g, (q) => q); // keep quoted text positions
  const percent = body.includes('%');
  const value = percent ? n * 100 : n;
  const decimalPart = /\.([0#]+)/.exec(body);
  const decimals = decimalPart ? decimalPart[1].replace(/#/g, '').length : 0;
  const maxDecimals = decimalPart ? decimalPart[1].length : 0;
  let text = value.toFixed(maxDecimals);
  if (maxDecimals > decimals) {
    text = text.replace(/0+$/, '');
    const dot = text.indexOf('.');
    if (dot >= 0 && text.length - dot - 1 < decimals) text = value.toFixed(decimals);
    if (text.endsWith('.')) text = text.slice(0, -1);
  }
  if (body.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const prefix = /^"([^"]*)"/.exec(fmt);
  if (prefix && text.startsWith('-')) text = `-${prefix[1]}${text.slice(1)}`;
  else if (prefix) text = `${prefix[1]}${text}`;
  return percent ? `${text}%` : text;
}

/** Automatic format: up to ten significant digits, like the grid shows. */
function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = Number(n.toPrecision(10));
  return String(p);
}

/** getDisplayValues: the text the grid shows for a value under a number format. */
export function displayText(value: unknown, numberFormat: string, timeZone: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const ms = isDateCell(value) ? value.ms : isDateObject(value) ? value.getTime() : undefined;
  if (ms !== undefined) {
    let fmt = numberFormat;
    if (numberFormat === DEFAULT_NUMBER_FORMAT || !isDateFormat(numberFormat)) {
      // A date from a formula keeps the default format; Sheets shows midnight as a plain date.
      const time = formatDatePattern(ms, timeZone, 'HH:mm:ss');
      fmt = time === '00:00:00' ? AUTO_SLASH_DATE_FORMAT : AUTO_DATE_TIME_FORMAT;
    }
    return formatDatePattern(ms, timeZone, toJavaPattern(fmt));
  }
  if (typeof value === 'number') {
    if (numberFormat === DEFAULT_NUMBER_FORMAT || numberFormat === PLAIN_TEXT_FORMAT) {
      return formatGeneral(value);
    }
    if (isDateFormat(numberFormat)) {
      // A number under a date format is a serial day count from 1899-12-30.
      const epoch = Date.UTC(1899, 11, 30) + value * 86_400_000;
      return formatDatePattern(epoch, 'Etc/UTC', toJavaPattern(numberFormat));
    }
    return formatNumber(value, numberFormat);
  }
  return String(value);
}

// ---- A1 notation -------------------------------------------------------------------------

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetter(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}

export interface A1Ref {
  sheet?: string;
  row: number;
  col: number;
  /** undefined: open-ended to the sheet's last row/column (A:A, A2:A, 1:3). */
  endRow?: number;
  endCol?: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses 'A1', 'A1:C3', 'A:C', '2:5', 'A2:A', "'My sheet'!B2:C9". Undefined when malformed. */
export function parseA1(notation: string): A1Ref | undefined {
  let text = notation.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    }
  }
  const [first, second, extra] = text.split(':');
  if (extra !== undefined || !first) return undefined;
  const a = CELL_RE.exec(first);
  const b = second === undefined ? a : CELL_RE.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  if (second === undefined && (!a[1] || !a[2])) return undefined;
  const ref: A1Ref = {
    sheet,
    row: a[2] ? Number(a[2]) : 1,
    col: a[1] ? columnNumber(a[1]) : 1,
    endRow: b[2] ? Number(b[2]) : undefined,
    endCol: b[1] ? columnNumber(b[1]) : undefined,
  };
  if (ref.row < 1) return undefined;
  if (ref.endRow !== undefined && ref.endRow < ref.row)
    [ref.row, ref.endRow] = [ref.endRow, ref.row];
  if (ref.endCol !== undefined && ref.endCol < ref.col)
    [ref.col, ref.endCol] = [ref.endCol, ref.col];
  return ref;
}

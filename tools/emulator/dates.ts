/**
 * Time-zone arithmetic and Java SimpleDateFormat-style formatting, on top of Intl (the only
 * IANA zone database Node ships). Used for Utilities.formatDate and for turning wall-clock text
 * typed into a cell ("2024-01-14") into the instant Sheets stores for the spreadsheet's zone.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone Intl does not know, as Apps Script rejects bad zone ids. */
export function assertTimeZone(timeZone: string): void {
  partsFormatter(timeZone);
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(epochMs: number, timeZone: string): WallClock {
  const out: WallClock = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: ((epochMs % 1000) + 1000) % 1000,
    weekday: 0,
  };
  for (const p of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    switch (p.type) {
      case 'year':
        out.year = Number(p.value);
        break;
      case 'month':
        out.month = Number(p.value);
        break;
      case 'day':
        out.day = Number(p.value);
        break;
      case 'hour':
        out.hour = Number(p.value) % 24;
        break;
      case 'minute':
        out.minute = Number(p.value);
        break;
      case 'second':
        out.second = Number(p.value);
        break;
      case 'weekday':
        out.weekday = WEEKDAYS.indexOf(p.value);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Offset of the zone from UTC at that instant, in minutes (e.g. +480 for Asia/Shanghai). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - epochMs) / 60_000);
}

/** The instant at which the zone's clocks show the given wall-clock time. */
export function zonedToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - offsetMinutes(guess, timeZone) * 60_000;
  // A second pass settles instants near a DST change, where the first offset was the other one.
  const again = guess - offsetMinutes(ms, timeZone) * 60_000;
  if (again !== ms) ms = again;
  return ms;
}

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function formatOffset(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(epochMs: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName');
  return part ? part.value : timeZone;
}

/**
 * Java SimpleDateFormat subset, which is what Utilities.formatDate documents: y M d H h m s S
 * E a Z X z u D, quoted literals ('T', '' for a quote). Other letters are rejected like Java does.
 */
export function formatDatePattern(epochMs: number, timeZone: string, pattern: string): string {
  const w = wallClock(epochMs, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Invalid argument: pattern (unterminated quote): ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        if (n >= 4) out += MONTHS_LONG[w.month - 1];
        else if (n === 3) out += MONTHS_LONG[w.month - 1].slice(0, 3);
        else out += pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'E':
        out += n >= 4 ? DAYS_LONG[w.weekday] : DAYS_LONG[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'D': {
        const dayOfYear =
          (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000 + 1;
        out += pad(dayOfYear, n);
        break;
      }
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += formatOffset(offsetMinutes(epochMs, timeZone), 'Z');
        break;
      case 'X':
        out += formatOffset(
          offsetMinutes(epochMs, timeZone),
          n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX',
        );
        break;
      case 'z':
        out += zoneName(epochMs, timeZone);
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

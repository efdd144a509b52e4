/**
 * "Check this spreadsheet": what the add-on's writers and formulas assume about Sheets, as cases
 * to write and read back, and the verdicts on what came back. Pure: the addon does the writing
 * and reading (src/addon/self-check.ts) and hands the read-back values here.
 */
import { dayFromParts, dayOfInstant, dayToDate, dayToIso, isDate } from '../engine/dates';
import { PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES, utf8Bytes } from '../engine/platform-limits';
import type { Day, ZoneOffset } from '../engine/types';
import { msg, type Message, type MessageKey } from '../i18n';

/**
 * Text the writers put into cells that Sheets would turn into something else if typed: a
 * formula, a number without its leading zeros, dates in two spellings, a boolean, a percentage.
 */
export const TEXT_CASES: readonly string[] = [
  '=1+1',
  '00123',
  '1/2/2024',
  '2024-01-14',
  'TRUE',
  '12%',
];

/**
 * Days for the date round trip: one in January and one in July, so a daylight-saving zone is
 * checked on both sides of its switch.
 */
export const DATE_DAYS: readonly string[] = ['2024-01-14', '2024-07-14'];

/** The number format the written dates get, so that their display is the day alone. */
export const DAY_FORMAT = 'yyyy-mm-dd';

/**
 * From this share of either property limit on, the report warns. The limits are the ones the
 * writers stop at (PROPERTY_STORE_BYTES and PROPERTY_VALUE_BYTES, core/engine/platform-limits.ts),
 * so the report warns before a writer refuses.
 */
export const PROPERTIES_WARNING_SHARE = 0.8;

export type CheckStatus = 'ok' | 'failed' | 'warning';

export interface CheckOutcome {
  id: 'plainText' | 'apostrophe' | 'dates' | 'properties' | 'crashed';
  status: CheckStatus;
  /** The finding; its `{items}` placeholder is filled with `items`, joined as a list. */
  detail: Message;
  items?: readonly (string | Message)[];
  /** What ODR Guard does, or the seller can do, because of a failure or warning. */
  action?: Message;
}

/** One text case as read back: the cell's value (getValues) and formula (getFormulas). */
export interface TextReadBack {
  written: string;
  value: unknown;
  formula: string;
}

/** One day of the round trip: the typed day read back, and the written Date as displayed. */
export interface DateReadBack {
  day: string;
  /** getValues of a cell where the day was typed in (written as text, automatic format). */
  typedValue: unknown;
  /** getDisplayValues of a cell where dateForDay(day) was written under DAY_FORMAT. */
  writtenDisplay: string;
}

const quoted = (text: string): string => `"${text}"`;

function isoDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  const day = dayFromParts(y, m, d);
  if (day === null) throw new Error(`not a day: ${iso}`);
  return day;
}

/** The Date a writer writes for a calendar day: midnight in the spreadsheet's zone. */
export function dateForDay(iso: string, zone: ZoneOffset): Date {
  return dayToDate(isoDay(iso), zone);
}

/** An instant as the spreadsheet's wall-clock time, "2024-01-13 16:00" (data, not prose). */
export function wallClock(epochMs: number, zone: ZoneOffset): string {
  const day = dayOfInstant(epochMs, zone);
  const minutes = Math.round((epochMs + zone(epochMs) * 60_000 - day * 86_400_000) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${dayToIso(day)} ${hh}:${mm}`;
}

/** What a cell read back as, for a failure line: "the number 123", "the formula =1+1". */
export function describeCell(value: unknown, formula: string, zone: ZoneOffset): Message {
  if (formula !== '') return msg('selfCheck.got.formula', { formula });
  if (value === '' || value === null || value === undefined) return msg('selfCheck.got.empty');
  if (typeof value === 'number') return msg('selfCheck.got.number', { value });
  if (typeof value === 'boolean') {
    return msg('selfCheck.got.boolean', { value: value ? 'TRUE' : 'FALSE' });
  }
  if (isDate(value)) return msg('selfCheck.got.date', { value: wallClock(value.getTime(), zone) });
  return msg('selfCheck.got.text', { value: quoted(String(value)) });
}

/**
 * Text written one way (plain-text cells, or an apostrophe prefix) must read back exactly as
 * written, and never as a formula.
 */
export function textOutcome(
  way: 'plainText' | 'apostrophe',
  reads: readonly TextReadBack[],
  zone: ZoneOffset,
): CheckOutcome {
  const changed = reads.filter((r) => r.formula !== '' || r.value !== r.written);
  if (changed.length === 0) {
    return {
      id: way,
      status: 'ok',
      detail: msg(`selfCheck.${way}.ok`),
      items: reads.map((r) => quoted(r.written)),
    };
  }
  return {
    id: way,
    status: 'failed',
    detail: msg(`selfCheck.${way}.failed`),
    items: changed.map((r) =>
      msg('selfCheck.change', {
        written: quoted(r.written),
        got: describeCell(r.value, r.formula, zone),
      }),
    ),
    action: msg(`selfCheck.${way}.action`),
  };
}

/**
 * Dates: a day typed into a cell reads back as midnight of that day in the spreadsheet's zone
 * (what custom functions receive), and the Date a writer writes for a day shows that day.
 */
export function dateOutcome(reads: readonly DateReadBack[], zone: ZoneOffset): CheckOutcome {
  const problems: Message[] = [];
  for (const r of reads) {
    const expected = dateForDay(r.day, zone).getTime();
    if (!isDate(r.typedValue) || r.typedValue.getTime() !== expected) {
      problems.push(
        msg('selfCheck.dates.readProblem', {
          day: r.day,
          got: describeCell(r.typedValue, '', zone),
        }),
      );
    }
    if (r.writtenDisplay !== r.day) {
      problems.push(
        msg('selfCheck.dates.writeProblem', { day: r.day, got: quoted(r.writtenDisplay) }),
      );
    }
  }
  if (problems.length === 0) {
    return {
      id: 'dates',
      status: 'ok',
      detail: msg('selfCheck.dates.ok'),
      items: reads.map((r) => r.day),
    };
  }
  return {
    id: 'dates',
    status: 'failed',
    detail: msg('selfCheck.dates.failed'),
    items: problems,
    action: msg('selfCheck.dates.action'),
  };
}

export interface PropertyUsage {
  /** Keys and values of all document properties, in UTF-8 bytes. */
  totalBytes: number;
  largestKey: string | null;
  largestBytes: number;
}

export function propertyUsage(properties: Readonly<Record<string, string>>): PropertyUsage {
  let totalBytes = 0;
  let largestKey: string | null = null;
  let largestBytes = 0;
  for (const [key, value] of Object.entries(properties)) {
    const size = utf8Bytes(value);
    totalBytes += utf8Bytes(key) + size;
    if (size > largestBytes) {
      largestBytes = size;
      largestKey = key;
    }
  }
  return { totalBytes, largestKey, largestBytes };
}

/** Bytes in KB of 1,000 bytes, as the limits read Google's "500kB" (and the highlight says KB). */
const kilobytes = (bytes: number): Message =>
  msg('selfCheck.kilobytes', { value: (Math.round((bytes / 1000) * 10) / 10).toFixed(1) });

/** How much of the document-property quota ODR Guard (and anything else here) uses. */
export function propertiesOutcome(usage: PropertyUsage): CheckOutcome {
  const near =
    usage.totalBytes >= PROPERTY_STORE_BYTES * PROPERTIES_WARNING_SHARE ||
    usage.largestBytes >= PROPERTY_VALUE_BYTES * PROPERTIES_WARNING_SHARE;
  const params = {
    used: kilobytes(usage.totalBytes),
    limit: kilobytes(PROPERTY_STORE_BYTES),
    largest: kilobytes(usage.largestBytes),
    valueLimit: kilobytes(PROPERTY_VALUE_BYTES),
  };
  return near
    ? {
        id: 'properties',
        status: 'warning',
        detail: msg('selfCheck.properties.warning', params),
        action: msg('selfCheck.properties.action'),
      }
    : { id: 'properties', status: 'ok', detail: msg('selfCheck.properties.ok', params) };
}

/** The apostrophe fallback is only a finding when plain-text cells failed. */
export function apostropheOutcome(
  plainText: CheckOutcome,
  reads: readonly TextReadBack[],
  zone: ZoneOffset,
): CheckOutcome {
  const outcome = textOutcome('apostrophe', reads, zone);
  if (plainText.status === 'ok' && outcome.status === 'failed') {
    // Not needed here: a warning for the developers, nothing for the seller to do.
    return { ...outcome, status: 'warning', action: msg('selfCheck.apostrophe.notNeeded') };
  }
  return outcome;
}

export function crashedOutcome(error: string): CheckOutcome {
  return {
    id: 'crashed',
    status: 'failed',
    detail: msg('selfCheck.crashed', { error }),
    action: msg('selfCheck.crashed.action'),
  };
}

/** How text cells are written in this spreadsheet, from the text checks' verdict. */
export type TextMode = 'plainText' | 'apostrophe';

export function textModeOf(plainText: CheckOutcome, apostrophe: CheckOutcome): TextMode {
  return plainText.status !== 'ok' && apostrophe.status === 'ok' ? 'apostrophe' : 'plainText';
}

export const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  ok: 'selfCheck.status.ok',
  failed: 'selfCheck.status.failed',
  warning: 'selfCheck.status.warning',
};

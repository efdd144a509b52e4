import {
  dayFromParts,
  dayToDate,
  dayToIso,
  decidePartOrder,
  parseDateString,
  readDay,
  serialToDay,
} from '../../src/core/engine/dates';
import { UTC, type ZoneOffset } from '../../src/core/engine/types';
import { readDataset } from '../../src/core/engine/dataset';

const iso = (day: number | null) => (day === null ? null : dayToIso(day));
const shanghai: ZoneOffset = () => 480;
const losAngelesWinter: ZoneOffset = () => -480;

describe('parseDateString', () => {
  it('reads ISO dates and ISO date-times with offsets on the spreadsheet calendar', () => {
    expect(iso(parseDateString('2024-01-14', 'MDY', UTC))).toBe('2024-01-14');
    expect(iso(parseDateString('2024-01-14T23:10:05+00:00', 'MDY', UTC))).toBe('2024-01-14');
    // 23:10 UTC is already the 15th in Shanghai and still the 14th in Los Angeles.
    expect(iso(parseDateString('2024-01-14T23:10:05+00:00', 'MDY', shanghai))).toBe('2024-01-15');
    expect(iso(parseDateString('2024-01-15T03:00:00Z', 'MDY', losAngelesWinter))).toBe(
      '2024-01-14',
    );
    expect(iso(parseDateString('2024-01-14T10:00:00-0800', 'MDY', UTC))).toBe('2024-01-14');
    // Without an offset, the date is taken as written.
    expect(iso(parseDateString('2024-01-14 23:59:59', 'MDY', shanghai))).toBe('2024-01-14');
  });

  it('reads numeric dates in the column order given, and dotted dates day-first', () => {
    expect(iso(parseDateString('1/2/24', 'MDY', UTC))).toBe('2024-01-02');
    expect(iso(parseDateString('1/2/24', 'DMY', UTC))).toBe('2024-02-01');
    expect(iso(parseDateString('24/1/2', 'YMD', UTC))).toBe('2024-01-02');
    expect(iso(parseDateString('2024/1/2', 'MDY', UTC))).toBe('2024-01-02');
    expect(iso(parseDateString('14.01.2024', 'MDY', UTC))).toBe('2024-01-14');
    expect(iso(parseDateString('1/14/2024 10:30:00 PM PST', 'MDY', UTC))).toBe('2024-01-14');
  });

  it('reads month names and Chinese dates', () => {
    expect(iso(parseDateString('Nov 16, 2023', 'MDY', UTC))).toBe('2023-11-16');
    expect(iso(parseDateString('16 November 2023', 'MDY', UTC))).toBe('2023-11-16');
    expect(iso(parseDateString('2024年1月14日', 'MDY', UTC))).toBe('2024-01-14');
  });

  it('rejects impossible dates and non-dates', () => {
    expect(parseDateString('2023-02-29', 'MDY', UTC)).toBeNull();
    expect(parseDateString('13/13/24', 'MDY', UTC)).toBeNull();
    expect(parseDateString('31/4/2024', 'DMY', UTC)).toBeNull();
    expect(parseDateString('soon', 'MDY', UTC)).toBeNull();
    expect(parseDateString('', 'MDY', UTC)).toBeNull();
  });
});

describe('readDay', () => {
  it('reads Date objects on the spreadsheet calendar', () => {
    // Sheets passes a date cell as midnight in the spreadsheet's zone.
    const shanghaiMidnight = new Date('2024-01-13T16:00:00Z');
    expect(iso(readDay(shanghaiMidnight, 'MDY', shanghai))).toBe('2024-01-14');
    expect(iso(readDay(new Date('2024-01-14T00:00:00Z'), 'MDY', UTC))).toBe('2024-01-14');
    expect(readDay(new Date('nope'), 'MDY', UTC)).toBeNull();
  });

  it('reads Sheets serial numbers and yyyymmdd numbers', () => {
    expect(iso(readDay(45305, 'MDY', UTC))).toBe('2024-01-14');
    expect(iso(readDay(45305.75, 'MDY', UTC))).toBe('2024-01-14');
    expect(iso(readDay(20240114, 'MDY', UTC))).toBe('2024-01-14');
    expect(serialToDay(-5)).toBeNull();
    expect(readDay(true, 'MDY', UTC)).toBeNull();
  });

  it('turns days back into the Date Sheets shows as that calendar day', () => {
    const day = dayFromParts(2024, 1, 14) as number;
    expect(dayToDate(day, shanghai).toISOString()).toBe('2024-01-13T16:00:00.000Z');
    expect(dayToDate(day, UTC).toISOString()).toBe('2024-01-14T00:00:00.000Z');
  });
});

describe('decidePartOrder', () => {
  it('chooses day-first when a value only reads that way', () => {
    const d = decidePartOrder(['1/2/24', '25/1/24', '3/2/24']);
    expect(d.order).toBe('DMY');
    expect(d.assumed).toBe(false);
  });

  it('chooses month-first when a value only reads that way', () => {
    expect(decidePartOrder(['1/25/24', '1/2/24']).order).toBe('MDY');
  });

  it('chooses year-first for Japanese dates', () => {
    expect(decidePartOrder(['24/1/25', '24/1/26', '24/2/3']).order).toBe('YMD');
  });

  it('when several orders read every value, prefers the one that keeps dates together', () => {
    // Month-first: Feb 1–3 2024. Day-first: 2 Jan, 2 Feb, 2 Mar.
    const d = decidePartOrder(['2/1/24', '2/2/24', '2/3/24']);
    expect(d.order).toBe('MDY');
    expect(d.assumed).toBe(true);
    expect(decidePartOrder(['1/2/24', '1/3/24', '1/4/24']).order).toBe('MDY');
    expect(decidePartOrder(['1/2/24', '2/2/24', '3/2/24']).order).toBe('DMY');
  });

  it('says when a column holds no numeric dates', () => {
    expect(decidePartOrder(['2024-01-02', new Date(), 45000]).numeric).toBe(false);
  });
});

describe('today is the spreadsheet zone’s calendar day (issue 12: future purchase dates)', () => {
  afterEach(() => jest.useRealTimers());
  const orders = [
    ['order-id', 'purchase-date'],
    ['a', '2024-03-01'],
    ['b', '2024-03-02'],
  ];
  const future = (zone: (ms: number) => number) =>
    readDataset(orders, null, { zone }).findings.filter((f) => f.kind === 'futureDate');

  it('at 12:00 UTC on 1 March, 2 March is the future in London but today in Kiribati (UTC+14)', () => {
    jest.useFakeTimers({ now: Date.UTC(2024, 2, 1, 12, 0) });
    expect(future(() => 0).map((f) => f.params.date)).toEqual(['2024-03-02']);
    expect(future(() => 14 * 60)).toEqual([]);
    expect(readDataset(orders, null, { zone: () => 14 * 60 }).orders.maxDay).toBe(
      dayFromParts(2024, 3, 2),
    );
    expect(readDataset(orders, null, { zone: () => 0 }).orders.maxDay).toBe(
      dayFromParts(2024, 3, 1),
    );
  });

  it('today: null turns the check off', () => {
    jest.useFakeTimers({ now: Date.UTC(2024, 2, 1, 12, 0) });
    expect(readDataset(orders, null, { today: null }).findings).toEqual([]);
  });
});

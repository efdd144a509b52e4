import type { ZoneOffset } from '../../core/engine/types';
import { UTC } from '../../core/engine/types';

const HOUR_MS = 3_600_000;

/**
 * The spreadsheet's time zone as an offset function. Calendar days are those of the
 * spreadsheet's zone (issue #2). Offsets are asked of Utilities once per hour of time touched,
 * so a million dates cost a few hundred calls at most.
 */
export function spreadsheetZone(): ZoneOffset {
  if (typeof SpreadsheetApp === 'undefined' || typeof Utilities === 'undefined') return UTC;
  let tz: string;
  try {
    tz = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  } catch {
    return UTC;
  }
  if (!tz || tz === 'Etc/UTC' || tz === 'UTC' || tz === 'GMT' || tz === 'Etc/GMT') return UTC;
  const byHour = new Map<number, number>();
  return (epochMs: number): number => {
    const hour = Math.floor(epochMs / HOUR_MS);
    let offset = byHour.get(hour);
    if (offset === undefined) {
      const text = Utilities.formatDate(new Date(hour * HOUR_MS), tz, 'Z'); // e.g. +0800
      const sign = text.startsWith('-') ? -1 : 1;
      offset = sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
      if (!Number.isFinite(offset)) offset = 0;
      byHour.set(hour, offset);
    }
    return offset;
  };
}

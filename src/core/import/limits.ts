/**
 * The import's checks before its first write (issue 11, "all or nothing"), so a write never fails
 * half-way because something was too large. The limits themselves are in
 * core/engine/platform-limits.ts.
 */
import {
  exceedsSpreadsheetCells,
  PROPERTY_STORE_BYTES,
  PROPERTY_VALUE_BYTES,
  SPREADSHEET_CELLS,
  utf8Bytes,
} from '../engine/platform-limits';
import { formatCount, msg, type Message } from '../i18n';

/** Properties a writer means to set, checked against the quotas and what the store holds now. */
export interface PropertyWrite {
  key: string;
  value: string;
}

/**
 * Why these property writes would not fit, or null when they do. `current` is what the store
 * holds now (key → value), so replaced values are not counted twice.
 */
export function propertiesProblem(
  writes: readonly PropertyWrite[],
  current: Readonly<Record<string, string>>,
  removals: readonly string[] = [],
  /** Bytes of further keys and values that a writer sizes itself (each within the limit). */
  extraBytes = 0,
): Message | null {
  for (const w of writes) {
    const bytes = utf8Bytes(w.value);
    if (bytes > PROPERTY_VALUE_BYTES) {
      return msg('import.limit.propertyValue', {
        bytes: formatCount(bytes),
        limit: formatCount(PROPERTY_VALUE_BYTES),
      });
    }
  }
  const next = new Map<string, string>(Object.entries(current));
  for (const key of removals) next.delete(key);
  for (const w of writes) next.set(w.key, w.value);
  let total = extraBytes;
  for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
  if (total > PROPERTY_STORE_BYTES) {
    return msg('import.limit.propertyStore', {
      bytes: formatCount(total),
      limit: formatCount(PROPERTY_STORE_BYTES),
    });
  }
  return null;
}

/** Why growing the spreadsheet by `extra` cells would pass Sheets' limit, or null. */
export function cellsProblem(inUse: number, extra: number): Message | null {
  if (extra <= 0 || !exceedsSpreadsheetCells(inUse, extra)) return null;
  return msg('import.limit.cells', {
    needed: formatCount(inUse + extra),
    limit: formatCount(SPREADSHEET_CELLS),
    extra: formatCount(extra),
  });
}

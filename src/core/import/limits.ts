/**
 * Google's limits the writers check before their first write (issue 11, "all or nothing"), so a
 * write never fails half-way because something was too large.
 */
import { formatCount, msg, type Message } from '../i18n';

export const PLATFORM_LIMITS = {
  /** Characters in one cell (Google Sheets help, "Files you can store in Google Drive"). */
  cellCharacters: 50_000,
  /** Cells in all sheets of one spreadsheet (same page; 10 million since 2022). */
  spreadsheetCells: 10_000_000,
  /**
   * Bytes of one property value: Google documents 9 KB, a value over 8,066 bytes is refused in
   * practice (tanaikech's measurement, 2023); 8,000 leaves a margin.
   */
  propertyValueBytes: 8_000,
  /** Keys and values of all properties of one document: 500 KB documented, read as 500,000. */
  propertyStoreBytes: 500_000,
} as const;

/** UTF-8 length of a string, as the property quotas count it (no TextEncoder in Apps Script). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * A text cut to fit one cell, with a visible marker that says how much was left out:
 * "…(1,234 more)". `marker` renders the marker for a count in the user's language.
 */
export function fitCellText(
  text: string,
  marker: (more: number) => string,
  limit: number = PLATFORM_LIMITS.cellCharacters,
): string {
  if (text.length <= limit) return text;
  // The marker's own length depends on the count; two passes settle it.
  let keep = limit - marker(text.length - limit).length;
  keep = limit - marker(text.length - keep).length;
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep -= 1;
  return `${text.slice(0, keep)}${marker(text.length - keep)}`;
}

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
    if (bytes > PLATFORM_LIMITS.propertyValueBytes) {
      return msg('import.limit.propertyValue', {
        bytes: formatCount(bytes),
        limit: formatCount(PLATFORM_LIMITS.propertyValueBytes),
      });
    }
  }
  const next = new Map<string, string>(Object.entries(current));
  for (const key of removals) next.delete(key);
  for (const w of writes) next.set(w.key, w.value);
  let total = extraBytes;
  for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
  if (total > PLATFORM_LIMITS.propertyStoreBytes) {
    return msg('import.limit.propertyStore', {
      bytes: formatCount(total),
      limit: formatCount(PLATFORM_LIMITS.propertyStoreBytes),
    });
  }
  return null;
}

/** Why growing the spreadsheet by `extra` cells would pass Sheets' limit, or null. */
export function cellsProblem(inUse: number, extra: number): Message | null {
  if (extra <= 0 || inUse + extra <= PLATFORM_LIMITS.spreadsheetCells) return null;
  return msg('import.limit.cells', {
    needed: formatCount(inUse + extra),
    limit: formatCount(PLATFORM_LIMITS.spreadsheetCells),
    extra: formatCount(extra),
  });
}

/**
 * Google's platform limits and the helpers that measure against them: the one place the
 * writers (import, plan, highlight, checklist) and "Check this spreadsheet" take them from, so
 * a check never warns against a different figure than a writer stops at. Each writer words its
 * own message; the figures and the arithmetic are here.
 */

/**
 * Characters in one cell: 50,000. Source: Google Sheets help, "Files you can store in Google
 * Drive" (https://support.google.com/drive/answer/37603).
 */
export const CELL_CHARACTERS = 50_000;

/**
 * Cells in all sheets of one spreadsheet: 10 million (raised from 5 million in 2022). Source:
 * the same Google Sheets help page, "Files you can store in Google Drive".
 */
export const SPREADSHEET_CELLS = 10_000_000;

/**
 * Bytes (UTF-8) of one property value the writers allow: 8,000. Google documents 9 KB per value
 * (Apps Script "Quotas for Google Services", https://developers.google.com/apps-script/guides/services/quotas),
 * but a value over 8,066 bytes is refused in practice (tanaikech, "Report: Specification of
 * Properties Service for Google Apps Script", 2023; cited in tools/emulator/README.md, whose
 * emulator refuses the same); 8,000 leaves a margin under that.
 */
export const PROPERTY_VALUE_BYTES = 8_000;

/**
 * Bytes (UTF-8) of the keys and values of all properties of one document: 500,000. Google
 * documents "500kB" per property store (Apps Script "Quotas for Google Services"), read here as
 * 500,000 bytes, the smaller reading.
 */
export const PROPERTY_STORE_BYTES = 500_000;

/**
 * UTF-8 length of a string, as the property quotas count it (Apps Script has no TextEncoder).
 * A surrogate pair is one character of 4 bytes; a lone surrogate is encoded as U+FFFD, 3 bytes,
 * as Java (and so Apps Script) and Node's Buffer encode it.
 */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
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
  limit: number = CELL_CHARACTERS,
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

/** Whether a spreadsheet holding `inUse` cells would pass SPREADSHEET_CELLS with `extra` more. */
export function exceedsSpreadsheetCells(inUse: number, extra: number): boolean {
  return inUse + extra > SPREADSHEET_CELLS;
}

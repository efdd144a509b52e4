/**
 * Where the undo states live in document properties, and whether a new one fits — checked
 * before anything is written. Apps Script keeps at most 500 KB of properties per document and
 * refuses a value over about 8 KB (9 KB documented, ~8,066 bytes measured), counting UTF-8 bytes
 * (the figures: core/engine/platform-limits.ts).
 * Highlight states together may use HIGHLIGHT_BUDGET_BYTES; the rest stays free for the
 * settings, the checklist and whatever else the add-on keeps, so a highlight can never starve
 * them.
 */
import { PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES, utf8Bytes } from '../engine/platform-limits';
import { serializeHighlight, withEntries, type HighlightState } from './state';

/** What all highlight states together may take. */
export const HIGHLIGHT_BUDGET_BYTES = 400_000;
/**
 * Kept free whatever else is stored: a full checklist (≤ PROPERTY_VALUE_BYTES) and the
 * settings can always be saved after a highlight.
 */
export const RESERVED_BYTES = 20_000;

const PREFIX = 'odrguard.hl.';
/** Version 1 kept one state, for one sheet by name, under these keys. */
export const LEGACY_META_KEY = 'odrguard.highlight';
export const LEGACY_CHUNK_PREFIX = 'odrguard.highlight.';

export function metaKey(sheetId: number): string {
  return `${PREFIX}${sheetId}`;
}

export function chunkKey(sheetId: number, index: number): string {
  return `${PREFIX}${sheetId}.${index}`;
}

/** A property key of the highlight states: the sheet id, and the chunk index (or -1 for meta). */
export function parseHighlightKey(key: string): { sheetId: number; chunk: number } | null {
  const m = /^odrguard\.hl\.(\d{1,15})(?:\.(\d{1,6}))?$/.exec(key);
  if (!m) return null;
  return { sheetId: Number(m[1]), chunk: m[2] === undefined ? -1 : Number(m[2]) };
}

export function isHighlightKey(key: string): boolean {
  return key.startsWith(PREFIX) || key === LEGACY_META_KEY || key.startsWith(LEGACY_CHUNK_PREFIX);
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function chunkByBytes(text: string, maxBytes = PROPERTY_VALUE_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const pair =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
        ? text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
        : false;
    const width = pair ? 2 : 1;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}

/** Keys and values, in UTF-8 bytes. */
export function recordBytes(records: Readonly<Record<string, string>>): number {
  let n = 0;
  for (const key of Object.keys(records)) n += utf8Bytes(key) + utf8Bytes(records[key]);
  return n;
}

/** The properties that store `state` (meta and chunks); its sheet id must be known. */
export function highlightRecords(
  state: HighlightState & { sheetId: number },
): Record<string, string> {
  const text = serializeHighlight(state);
  const chunks = chunkByBytes(text);
  const records: Record<string, string> = {};
  chunks.forEach((chunk, i) => {
    records[chunkKey(state.sheetId, i)] = chunk;
  });
  records[metaKey(state.sheetId)] = JSON.stringify({
    v: 2,
    chunks: chunks.length,
    length: text.length,
  });
  return records;
}

/**
 * Bytes a new state for one sheet may take, given everything stored now and the keys the new
 * state replaces (that sheet's current state).
 */
export function roomForHighlight(
  store: Readonly<Record<string, string>>,
  replacing: readonly string[],
): number {
  const replaced = new Set(replacing);
  let otherHighlights = 0;
  let everythingElse = 0;
  for (const key of Object.keys(store)) {
    if (replaced.has(key)) continue;
    const size = utf8Bytes(key) + utf8Bytes(store[key]);
    everythingElse += size;
    if (isHighlightKey(key)) otherHighlights += size;
  }
  return Math.max(
    0,
    Math.min(
      HIGHLIGHT_BUDGET_BYTES - otherHighlights,
      PROPERTY_STORE_BYTES - RESERVED_BYTES - everythingElse,
    ),
  );
}

/** How many of the state's entries (in row order) would fit in `room` bytes. */
export function entriesThatFit(state: HighlightState & { sheetId: number }, room: number): number {
  const fits = (k: number) =>
    recordBytes(
      highlightRecords({
        ...withEntries(state, state.entries.slice(0, k)),
        sheetId: state.sheetId,
      }),
    ) <= room;
  if (!fits(0)) return 0;
  let low = 0;
  let high = state.entries.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

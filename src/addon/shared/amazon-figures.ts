/**
 * Amazon's own ODR figures from an imported Account Health report, kept in document properties so
 * the sidebar can show them beside ours for the same window.
 *
 * One property value holds at most 8,000 bytes (issue 11: Google documents 9 KB, ~8 KB works), so
 * a report with many marketplaces is stored in numbered parts: the main key holds
 * `{"parts":n}` and `KEY.1` … `KEY.n` the JSON in pieces. A single part is stored as before.
 */
import type { AmazonFigures } from '../../core/wire/types';
import { PLATFORM_LIMITS, utf8Bytes, type PropertyWrite } from '../../core/import';
import { readJson } from './properties';

const KEY = 'odrguard.amazonFigures';
const partKey = (i: number): string => `${KEY}.${i}`;

function isFigures(value: unknown): value is AmazonFigures {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.scope === 'MFN' || v.scope === 'AFN') &&
    typeof v.from === 'string' &&
    typeof v.to === 'string' &&
    typeof v.orders === 'number' &&
    typeof v.defective === 'number' &&
    typeof v.rate === 'number'
  );
}

function parts(value: unknown): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
  const n = (value as { parts?: unknown }).parts;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 100 ? n : 0;
}

export function loadAmazonFigures(): AmazonFigures[] {
  const { value } = readJson(KEY);
  let list: unknown = value;
  const n = parts(value);
  if (n > 0) {
    const props = PropertiesService.getDocumentProperties();
    let text = '';
    for (let i = 1; i <= n; i++) text += props.getProperty(partKey(i)) ?? '';
    try {
      list = JSON.parse(text) as unknown;
    } catch {
      list = null;
    }
  }
  return Array.isArray(list) ? list.filter(isFigures) : [];
}

/** Cuts text into pieces of at most `limit` UTF-8 bytes, never inside a character. */
function pieces(text: string, limit: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limit);
    while (end > start + 1 && utf8Bytes(text.slice(start, end)) > limit) {
      end = start + Math.floor((end - start) * 0.9);
    }
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * The properties saveAmazonFigures sets and the stale parts it removes, each value within
 * Google's limit: for the size check a writer makes before its first write.
 */
export function amazonFiguresWrites(
  figures: AmazonFigures[],
  current: Readonly<Record<string, string>> = {},
): { writes: PropertyWrite[]; removals: string[] } {
  const json = JSON.stringify(figures);
  const chunks =
    utf8Bytes(json) <= PLATFORM_LIMITS.propertyValueBytes
      ? []
      : pieces(json, PLATFORM_LIMITS.propertyValueBytes);
  const writes: PropertyWrite[] =
    chunks.length === 0
      ? [{ key: KEY, value: json }]
      : [
          { key: KEY, value: JSON.stringify({ parts: chunks.length }) },
          ...chunks.map((value, i) => ({ key: partKey(i + 1), value })),
        ];
  const removals = Object.keys(current).filter(
    (k) => k.startsWith(`${KEY}.`) && !writes.some((w) => w.key === k),
  );
  return { writes, removals };
}

/** Saves in one setProperties call, so the figures are stored whole or not at all. */
export function saveAmazonFigures(figures: AmazonFigures[]): void {
  const props = PropertiesService.getDocumentProperties();
  const { writes, removals } = amazonFiguresWrites(figures, props.getProperties());
  const entries: Record<string, string> = {};
  for (const w of writes) entries[w.key] = w.value;
  props.setProperties(entries);
  for (const key of removals) props.deleteProperty(key);
}

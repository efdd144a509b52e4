/**
 * Where the highlight's undo states live: document properties, one state per sheet keyed by its
 * sheet id (so a rename changes nothing), each split into chunks of at most 8,000 UTF-8 bytes.
 * Shared by the highlight commands and the dashboard (which shows whether a highlight is active).
 * The size rules are in core (src/core/highlight/storage.ts); this file only reads and writes.
 */
import { parseHighlight, type HighlightState } from '../../core/highlight/state';
import {
  LEGACY_CHUNK_PREFIX,
  LEGACY_META_KEY,
  chunkKey,
  highlightRecords,
  metaKey,
  parseHighlightKey,
} from '../../core/highlight/storage';

/** Chunks a version-1 state could have had (500 KB at 8,000 characters each). */
const MAX_LEGACY_CHUNKS = 64;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export interface StoredHighlight {
  state: HighlightState;
  /** The property keys holding it (meta and chunks). */
  keys: string[];
}

export interface HighlightStore {
  states: StoredHighlight[];
  /** Every document property as read (to size a new state against). */
  all: Record<string, string>;
}

function chunkCount(meta: string | undefined, max: number): number {
  if (!meta) return 0;
  try {
    const parsed: unknown = JSON.parse(meta);
    const n =
      typeof parsed === 'object' && parsed !== null
        ? Number((parsed as { chunks?: unknown }).chunks)
        : NaN;
    return Number.isInteger(n) && n > 0 && n <= max ? n : 0;
  } catch {
    return 0;
  }
}

function expectedLength(meta: string): number | null {
  try {
    const n = Number((JSON.parse(meta) as { length?: unknown }).length);
    return Number.isInteger(n) ? n : null;
  } catch {
    return null;
  }
}

/**
 * Every stored state, in one read. A malformed state, a chunk without its meta and the chunks
 * beyond a meta's count are deleted (they would only eat the budget); clearing them is then a
 * no-op, as for a state that was never saved.
 */
export function loadHighlights(): HighlightStore {
  const all = props().getProperties();
  const bySheet = new Map<number, string[]>();
  for (const key of Object.keys(all)) {
    const parsed = parseHighlightKey(key);
    if (!parsed) continue;
    const keys = bySheet.get(parsed.sheetId);
    if (keys) keys.push(key);
    else bySheet.set(parsed.sheetId, [key]);
  }
  const states: StoredHighlight[] = [];
  const garbage: string[] = [];
  for (const [sheetId, keys] of bySheet) {
    const meta = all[metaKey(sheetId)];
    const chunks = chunkCount(meta, keys.length);
    let text = '';
    for (let i = 0; i < chunks; i++) text += all[chunkKey(sheetId, i)] ?? '';
    const state = chunks > 0 && meta ? parseHighlight(text) : null;
    if (state && state.sheetId === sheetId && expectedLength(meta) === text.length) {
      const own = [metaKey(sheetId)];
      for (let i = 0; i < chunks; i++) own.push(chunkKey(sheetId, i));
      states.push({ state, keys: own });
      for (const key of keys) if (!own.includes(key)) garbage.push(key);
    } else garbage.push(...keys);
  }
  if (all[LEGACY_META_KEY] !== undefined) {
    const chunks = chunkCount(all[LEGACY_META_KEY], MAX_LEGACY_CHUNKS);
    const keys = [LEGACY_META_KEY];
    let text = '';
    for (let i = 0; i < chunks; i++) {
      keys.push(LEGACY_CHUNK_PREFIX + i);
      text += all[LEGACY_CHUNK_PREFIX + i] ?? '';
    }
    const state = parseHighlight(text);
    if (state) states.push({ state, keys });
    else garbage.push(...keys);
  }
  for (const key of Object.keys(all)) {
    if (key.startsWith(LEGACY_CHUNK_PREFIX) && !states.some((s) => s.keys.includes(key)))
      garbage.push(key);
  }
  const p = props();
  const dropped = new Set(garbage);
  for (const key of dropped) p.deleteProperty(key);
  const kept: Record<string, string> = {};
  for (const key of Object.keys(all)) if (!dropped.has(key)) kept[key] = all[key];
  return { states, all: kept };
}

/** Deletes a state's keys. */
export function deleteHighlight(keys: readonly string[]): void {
  const p = props();
  for (const key of keys) p.deleteProperty(key);
}

/**
 * Writes a state in one setProperties call. The keys of the state it replaces that it does not
 * reuse are deleted first, so the store never holds both (a version-1 state being replaced
 * could otherwise push it over the quota). If the write fails they are put back. Returns how
 * to undo the whole save (when painting fails afterwards).
 */
export function saveHighlight(
  state: HighlightState & { sheetId: number },
  replacing: readonly string[],
  before: Readonly<Record<string, string>>,
): () => void {
  const records = highlightRecords(state);
  const p = props();
  const previous: Record<string, string> = {};
  for (const key of replacing) if (before[key] !== undefined) previous[key] = before[key];
  const putBack = () => {
    for (const key of Object.keys(records)) if (!(key in previous)) p.deleteProperty(key);
    if (Object.keys(previous).length > 0) p.setProperties(previous);
  };
  for (const key of replacing) if (!(key in records)) p.deleteProperty(key);
  try {
    p.setProperties(records);
  } catch (err) {
    putBack();
    throw err;
  }
  return putBack;
}

/** Whether a readable highlight state is stored (malformed ones are dropped, not reported). */
export function hasHighlights(): boolean {
  const keys = props().getKeys();
  if (!keys.some((k) => k === LEGACY_META_KEY || parseHighlightKey(k)?.chunk === -1)) return false;
  return loadHighlights().states.length > 0;
}

/**
 * Where the reversible highlight's undo state lives: chunked document properties, so it survives
 * closing the sidebar. Shared by the highlight commands and the dashboard (which shows whether
 * a highlight is active).
 */
import {
  parseHighlight,
  serializeHighlight,
  type HighlightState,
} from '../../core/highlight/state';

const META_KEY = 'odrguard.highlight';
const CHUNK_KEY = 'odrguard.highlight.';
/** Under Apps Script's 9 KB per property value. */
const CHUNK_CHARS = 8000;
/** Keeps the undo state (~14 characters a row) well under a document's 500 KB of properties. */
export const MAX_HIGHLIGHT_ROWS = 20000;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** Chunks a document's 500 KB of properties can hold at CHUNK_CHARS each. */
const MAX_CHUNKS = 64;

/** The chunk count in the stored meta value, 0 when it is malformed (never throws). */
function chunkCount(meta: string | null | undefined): number {
  if (!meta) return 0;
  try {
    const parsed: unknown = JSON.parse(meta);
    const n =
      typeof parsed === 'object' && parsed !== null
        ? Number((parsed as { chunks?: unknown }).chunks)
        : NaN;
    return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_CHUNKS) : 0;
  } catch {
    return 0;
  }
}

export function deleteState(): void {
  const p = props();
  const chunks = chunkCount(p.getProperty(META_KEY));
  for (let i = 0; i < chunks; i++) p.deleteProperty(CHUNK_KEY + i);
  p.deleteProperty(META_KEY);
}

export function saveState(state: HighlightState): void {
  const text = serializeHighlight(state);
  const chunks: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < text.length; i += CHUNK_CHARS)
    chunks[CHUNK_KEY + n++] = text.slice(i, i + CHUNK_CHARS);
  chunks[META_KEY] = JSON.stringify({ chunks: n });
  props().setProperties(chunks);
}

/** The stored state, or null (a malformed one is dropped: clearing is then a no-op). */
export function loadState(): HighlightState | null {
  const all = props().getProperties();
  const meta = all[META_KEY];
  if (!meta) return null;
  const chunks = chunkCount(meta);
  let text = '';
  for (let i = 0; i < chunks; i++) text += all[CHUNK_KEY + i] ?? '';
  const state = parseHighlight(text);
  if (state) return state;
  deleteState();
  return null;
}

/** Whether a readable highlight state is stored (a malformed one is dropped, not reported). */
export function hasHighlights(): boolean {
  return props().getProperty(META_KEY) !== null && loadState() !== null;
}

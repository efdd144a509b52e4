/**
 * Highlight / clear the defect orders' rows in the orders sheet, reversibly. Cost: two reads
 * (values, backgrounds) and one write (backgrounds) per command, whatever the number of rows.
 * The undo state lives in document properties, so it survives closing the sidebar.
 */
import {
  applyHighlight,
  parseHighlight,
  restoreHighlight,
  serializeHighlight,
  type HighlightState,
} from '../core/highlight-state';
import { t } from '../core/messages';
import type { Cell } from '../core/types';
import type { HighlightResult } from './api-types';
import { loadData } from './dashboard';
import { userLocale } from './locale';
import { withDocumentLock } from './lock';
import { toast } from './menu';

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

function deleteState(): void {
  const p = props();
  const chunks = chunkCount(p.getProperty(META_KEY));
  for (let i = 0; i < chunks; i++) p.deleteProperty(CHUNK_KEY + i);
  p.deleteProperty(META_KEY);
}

function saveState(state: HighlightState): void {
  const text = serializeHighlight(state);
  const chunks: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < text.length; i += CHUNK_CHARS)
    chunks[CHUNK_KEY + n++] = text.slice(i, i + CHUNK_CHARS);
  chunks[META_KEY] = JSON.stringify({ chunks: n });
  props().setProperties(chunks);
}

/** The stored state, or null (a malformed one is dropped: clearing is then a no-op). */
function loadState(): HighlightState | null {
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

/** Runs a command under the document lock and shows its message as a toast. */
function reported(work: () => HighlightResult): HighlightResult {
  const result = withDocumentLock(work);
  toast(result.message);
  return result;
}

/** Whether a readable highlight state is stored (a malformed one is dropped, not reported). */
export function hasHighlights(): boolean {
  return props().getProperty(META_KEY) !== null && loadState() !== null;
}

interface SheetBlock {
  range: GoogleAppsScript.Spreadsheet.Range;
  values: Cell[][];
  backgrounds: string[][];
}

/** The sheet's data range with its values (read now, or already read) and backgrounds. */
function readBlock(sheetName: string, values?: Cell[][]): SheetBlock | null {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet || sheet.getLastRow() === 0) return null;
  const range = sheet.getDataRange();
  return {
    range,
    values: values ?? (range.getValues() as Cell[][]),
    backgrounds: range.getBackgrounds(),
  };
}

export function highlightDefects(): HighlightResult {
  const locale = userLocale();
  return reported(() => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    const ids = new Set(loaded.result.defective.map((d) => d.orderId));
    if (ids.size === 0) return { rows: 0, message: t(locale, 'highlight.none') };
    const block = readBlock(loaded.ordersSheet, loaded.orders as Cell[][]);
    if (!block) return { rows: 0, message: t(locale, 'highlight.none') };
    const previous = loadState();
    if (previous && previous.sheet === loaded.ordersSheet)
      restoreHighlight(previous, block.values, block.backgrounds);
    // Every item row of a defective order is coloured.
    const idCol = loaded.data.orderIdColumn;
    const rows: number[] = [];
    for (let r = loaded.data.ordersHeaderRow + 2; r <= block.values.length; r++) {
      const id = block.values[r - 1][idCol];
      if (ids.has(typeof id === 'string' ? id.trim() : String(id))) rows.push(r);
    }
    if (rows.length > MAX_HIGHLIGHT_ROWS) {
      throw new Error(
        t(locale, 'highlight.tooMany', { rows: rows.length, max: MAX_HIGHLIGHT_ROWS }),
      );
    }
    const state = applyHighlight(loaded.ordersSheet, block.values, block.backgrounds, rows);
    block.range.setBackgrounds(block.backgrounds);
    deleteState();
    saveState(state);
    return {
      rows: rows.length,
      message: t(locale, 'highlight.done', {
        rows: rows.length,
        orders: ids.size,
        sheet: loaded.ordersSheet,
      }),
    };
  });
}

export function clearHighlights(): HighlightResult {
  const locale = userLocale();
  return reported(() => {
    const state = loadState();
    if (!state) return { rows: 0, message: t(locale, 'clear.nothing') };
    const block = readBlock(state.sheet);
    if (!block) {
      deleteState();
      return { rows: 0, message: t(locale, 'clear.nothing') };
    }
    const outcome = restoreHighlight(state, block.values, block.backgrounds);
    if (outcome.changed) block.range.setBackgrounds(block.backgrounds);
    deleteState();
    const message = [
      t(locale, 'clear.done', { rows: outcome.restored }),
      outcome.skipped > 0 ? t(locale, 'clear.skipped', { skipped: outcome.skipped }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { rows: outcome.restored, message };
  });
}

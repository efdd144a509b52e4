/**
 * Import Amazon reports (issue 5), the sheet side: the dialog sends the files, the pure core
 * (src/core/import) recognises and merges them, and this module reads the two ledgers once and
 * writes back only what changed, with a constant number of range calls in the row count.
 */
import { fieldsOfHeader, normalizeHeader } from '../core/engine/columns';
import { dayFromParts, dayToDate, isDate } from '../core/engine/dates';
import {
  DEFECTS_DATE_COLUMNS,
  ORDERS_DATE_COLUMNS,
  importFiles,
  type AmazonOdrFigures,
  type ChannelOdrFigures,
  type FileSummary,
  type ReportFile,
  type ReportType,
} from '../core/import';
import { unguardFormula } from '../core/import/text';
import { t, type Locale, type MessageKey } from '../core/i18n';
import { writeCells } from './shared/text-cells';
import type { Cell, ZoneOffset } from '../core/engine/types';
import type {
  AmazonFigures,
  ImportDialogInfo,
  ImportFileInput,
  ImportFileReport,
  ImportResult,
} from '../core/wire/types';
import { saveAmazonFigures } from './shared/amazon-figures';
import { userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { DEFECTS_SHEET, ORDERS_SHEET, ensureSize, readValues } from './shared/data-sheets';
import { spreadsheetZone } from './shared/zone';
import { loadSettings, saveSettings, type Settings } from './shared/properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Enough to show why rows were skipped without sending 100,000 reasons to the browser. */
const MAX_SKIPPED_LISTED = 200;
/** Shown per file in the text summary. */
const MAX_SKIPPED_LINES = 10;

/**
 * One setValues/setNumberFormats covers at most this many cells: 156,250 rows of the 32-column
 * All Orders report, so a 1,000-row and a 100,000-row import cost the same number of calls,
 * while a single write stays well inside what one Sheets request takes (a spreadsheet holds at
 * most 10 million cells in all).
 */
export const MAX_CELLS_PER_WRITE = 5_000_000;

const TYPE_KEYS: Record<ReportType, MessageKey> = {
  allOrders: 'import.type.allOrders',
  feedback: 'import.type.feedback',
  odrDownload: 'import.type.odrDownload',
  claimsList: 'import.type.claimsList',
  chargebacksList: 'import.type.chargebacksList',
  defectList: 'import.type.defectList',
  accountHealth: 'import.type.accountHealth',
};

// ---- base64 --------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  index['-'.charCodeAt(0)] = 62; // base64url, in case a browser sends it
  index['_'.charCodeAt(0)] = 63;
  return index;
})();

/** Base64 → bytes by hand: Apps Script's V8 has no atob, and this also runs in tests. */
export function base64ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '=' padding ends the data
    const v = code < 128 ? B64_INDEX[code] : -1;
    if (v < 0) {
      if (code === 10 || code === 13 || code === 32 || code === 9) continue;
      throw new Error(`Not base64: unexpected character at position ${i}.`);
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/**
 * Utilities.base64Decode is native (fast on 40 MB) but gives Java's signed bytes (-128..127);
 * masking makes them the unsigned bytes the decoder expects. Without it, decode by hand.
 */
export function decodeBase64(text: string): Uint8Array {
  const utilities = typeof Utilities === 'undefined' ? undefined : Utilities;
  if (utilities && typeof utilities.base64Decode === 'function') {
    const signed = utilities.base64Decode(text);
    const bytes = new Uint8Array(signed.length);
    for (let i = 0; i < signed.length; i++) bytes[i] = signed[i] & 0xff;
    return bytes;
  }
  return base64ToBytes(text);
}

function toReportFiles(files: unknown): ReportFile[] {
  if (!Array.isArray(files)) throw new Error('importReports expects a list of files.');
  return files.map((f: unknown, i) => {
    const file = (typeof f === 'object' && f !== null ? f : {}) as Partial<ImportFileInput>;
    const name = typeof file.name === 'string' && file.name !== '' ? file.name : `File ${i + 1}`;
    if (typeof file.base64 === 'string') return { name, content: decodeBase64(file.base64) };
    return { name, content: typeof file.text === 'string' ? file.text : '' };
  });
}

// ---- writing a ledger ----------------------------------------------------------------------

type ColumnKind = 'dateTime' | 'date' | 'integer' | 'money' | 'text';

const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const DATE_FORMAT = 'yyyy-mm-dd';
const FORMATS: Record<ColumnKind, string> = {
  dateTime: DATE_TIME_FORMAT,
  date: DATE_FORMAT,
  integer: '0',
  money: '0.00',
  // Plain text: buyer text and ids never turn into formulas, numbers or dates.
  text: '@',
};

const ORDER_DATE_TIME_HEADERS = new Set(
  [...ORDERS_DATE_COLUMNS, 'last-updated-date'].map((h) => normalizeHeader(h)),
);
const DEFECT_DATE_HEADERS = new Set(DEFECTS_DATE_COLUMNS.map((h) => normalizeHeader(h)));
const INTEGER_HEADERS = new Set(['quantity', 'quantitypurchased', 'rating']);
const MONEY_HEADERS = new Set(
  [
    'item-price',
    'item-tax',
    'shipping-price',
    'shipping-tax',
    'gift-wrap-price',
    'gift-wrap-tax',
    'item-promotion-discount',
    'ship-promotion-discount',
  ].map((h) => normalizeHeader(h)),
);

function columnKind(header: unknown, ledger: 'orders' | 'defects'): ColumnKind {
  const cell: Cell = typeof header === 'string' ? header : '';
  const key = normalizeHeader(cell);
  if (ledger === 'orders' && ORDER_DATE_TIME_HEADERS.has(key)) return 'dateTime';
  if (
    ledger === 'defects' &&
    (DEFECT_DATE_HEADERS.has(key) || fieldsOfHeader(cell).includes('defectDate'))
  ) {
    return 'date';
  }
  if (INTEGER_HEADERS.has(key)) return 'integer';
  if (MONEY_HEADERS.has(key)) return 'money';
  return 'text';
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * An imported date text as a Date: an instant with an offset stays that instant (Sheets then
 * shows it on the spreadsheet's calendar, as the engine reads the text); a date without an
 * offset is that wall-clock time in the spreadsheet's zone. Anything else stays text.
 */
function dateOfText(text: string, zone: ZoneOffset): Date | null {
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  const timeMs = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) * 1000;
  if (m[7] === undefined) return new Date(dayToDate(day, zone).getTime() + timeMs);
  const offset = m[7] === 'Z' ? '+0000' : m[7].replace(':', '');
  const minutes =
    (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  return new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + timeMs - minutes * 60_000,
  );
}

/** The value and number format to write for a cell the import changed. */
function cellToWrite(value: unknown, kind: ColumnKind, zone: ZoneOffset): [unknown, string] {
  if (typeof value === 'number') return [value, kind === 'money' ? FORMATS.money : FORMATS.integer];
  if (isDate(value)) return [value, kind === 'dateTime' ? DATE_TIME_FORMAT : DATE_FORMAT];
  if (typeof value !== 'string') return [value ?? '', FORMATS[kind]];
  if (value === '') return ['', FORMATS[kind]];
  if (kind === 'dateTime' || kind === 'date') {
    const date = dateOfText(value, zone);
    if (date) return [date, FORMATS[kind]];
  } else if ((kind === 'integer' || kind === 'money') && NUMBER_RE.test(value.trim())) {
    return [Number(value), FORMATS[kind]];
  }
  // The core prefixes formula-like text with an apostrophe; the plain-text format already keeps
  // it literal, and the apostrophe would then show.
  return [unguardFormula(value), FORMATS.text];
}

function sameCell(a: unknown, b: unknown): boolean {
  const x = a === undefined || a === null ? '' : a;
  const y = b === undefined || b === null ? '' : b;
  if (isDate(x) || isDate(y)) return isDate(x) && isDate(y) && x.getTime() === y.getTime();
  return x === y;
}

function headerRowOf(values: readonly (readonly unknown[])[]): number {
  const limit = Math.min(values.length, 10);
  for (let r = 0; r < limit; r++) {
    if (values[r].some((c) => fieldsOfHeader(typeof c === 'string' ? c : '').includes('orderId'))) {
      return r;
    }
  }
  return 0;
}

/** Counts of the sheet calls a ledger write made, for tests and the README. */
export interface WriteStats {
  rows: number;
  blocks: number;
}

/**
 * Writes the cells that differ between `before` (as read) and `after` (the merged ledger): the
 * rows from the first to the last changed one, in blocks of adjacent changed columns, so the
 * seller's own columns (formulas, formats, validation) are never rewritten. Unchanged cells
 * inside a block keep their formula and number format.
 */
function writeLedger(
  sheet: Sheet,
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  ledger: 'orders' | 'defects',
  zone: ZoneOffset,
): WriteStats {
  const height = after.length;
  const width = after.reduce((w, row) => Math.max(w, row.length), 0);
  const touched = new Uint8Array(width);
  let first = -1;
  let last = -1;
  for (let r = 0; r < height; r++) {
    const old = before[r];
    const row = after[r];
    for (let c = 0; c < width; c++) {
      if (!sameCell(old ? old[c] : '', row[c])) {
        touched[c] = 1;
        if (first < 0) first = r;
        last = r;
      }
    }
  }
  if (first < 0) return { rows: 0, blocks: 0 };

  ensureSize(sheet, height, width);

  const headerRow = headerRowOf(after);
  const kinds = after[headerRow].map((h) => columnKind(h, ledger));
  let blocks = 0;
  for (let c0 = 0; c0 < width; c0++) {
    if (!touched[c0]) continue;
    let c1 = c0;
    while (c1 + 1 < width && touched[c1 + 1]) c1++;
    const cols = c1 - c0 + 1;
    const chunkRows = Math.max(1, Math.floor(MAX_CELLS_PER_WRITE / cols));
    for (let r0 = first; r0 <= last; r0 += chunkRows) {
      const r1 = Math.min(last, r0 + chunkRows - 1);
      const range = sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, cols);
      // Only rows that existed can hold formulas or formats worth keeping.
      const overlaps = r0 < before.length;
      const oldFormats = overlaps ? range.getNumberFormats() : null;
      const oldFormulas = overlaps ? range.getFormulas() : null;
      const values: unknown[][] = [];
      const formats: string[][] = [];
      for (let r = r0; r <= r1; r++) {
        const old = before[r];
        const row = after[r];
        const v: unknown[] = new Array(cols);
        const f: string[] = new Array(cols);
        for (let j = 0; j < cols; j++) {
          const c = c0 + j;
          const value = row[c];
          if (old && oldFormats && oldFormulas && sameCell(old[c], value)) {
            const formula = oldFormulas[r - r0][j];
            v[j] = formula !== '' ? formula : (value ?? '');
            f[j] = oldFormats[r - r0][j];
          } else {
            // The header (and any title rows above it) is text whatever its column holds.
            const kind = r <= headerRow ? 'text' : (kinds[c] ?? 'text');
            const [written, format] = cellToWrite(value, kind, zone);
            v[j] = written;
            f[j] = format;
          }
        }
        values.push(v);
        formats.push(f);
      }
      // Formats first, so text lands in plain-text cells and cannot become a formula.
      writeCells(range, values, formats);
      blocks++;
    }
    c0 = c1;
  }
  return { rows: last - first + 1, blocks };
}

function decorateNewSheet(sheet: Sheet, width: number): void {
  sheet.getRange(1, 1, 1, Math.max(1, width)).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

// ---- Amazon's own figures ------------------------------------------------------------------

function channelToFigures(scope: 'MFN' | 'AFN', c: ChannelOdrFigures | null): AmazonFigures[] {
  if (!c || c.from === null || c.to === null || c.orders === null || c.defective === null) {
    return [];
  }
  const rate = c.rate ?? (c.orders > 0 ? c.defective / c.orders : 0);
  return [{ scope, from: c.from, to: c.to, orders: c.orders, defective: c.defective, rate }];
}

/** One entry per marketplace and channel with a complete window and counts. */
export function toAmazonFigures(figures: AmazonOdrFigures): AmazonFigures[] {
  return figures.marketplaces.flatMap((m) => [
    ...channelToFigures('MFN', m.mfn),
    ...channelToFigures('AFN', m.afn),
  ]);
}

// ---- the summary ---------------------------------------------------------------------------

function reportOf(summary: FileSummary, locale: Locale, healthCount: number): ImportFileReport {
  const typeLabel = summary.type ? t(locale, TYPE_KEYS[summary.type]) : '';
  const sheet =
    summary.ledger === 'orders'
      ? ORDERS_SHEET
      : summary.ledger === 'defects'
        ? DEFECTS_SHEET
        : null;
  const lines: string[] = [];
  if (!summary.ok) {
    if (typeLabel) lines.push(t(locale, 'import.file.type', { type: typeLabel }));
    // The core's reason starts with the file name, which the dialog already shows.
    const error = (summary.error ?? '').replace(`${summary.file}: `, '');
    lines.push(t(locale, 'import.file.failed', { error }));
  } else {
    lines.push(t(locale, 'import.file.type', { type: typeLabel }));
    if (summary.type === 'accountHealth') {
      lines.push(t(locale, 'import.file.health', { count: healthCount }));
    } else {
      if (sheet) lines.push(t(locale, 'import.file.sheet', { sheet }));
      lines.push(
        t(locale, 'import.file.counts', {
          read: summary.rowsRead,
          added: summary.added,
          updated: summary.updated,
          unchanged: summary.unchanged,
          skipped: summary.skipped.length,
        }),
      );
      for (const i of summary.ignored) {
        lines.push(t(locale, 'import.file.ignored', { count: i.count, reason: i.reason }));
      }
      for (const s of summary.skipped.slice(0, MAX_SKIPPED_LINES)) {
        lines.push(t(locale, 'import.file.skippedLine', { line: s.line, reason: s.reason }));
      }
      if (summary.skipped.length > MAX_SKIPPED_LINES) {
        lines.push(
          t(locale, 'import.file.skippedMore', {
            count: summary.skipped.length - MAX_SKIPPED_LINES,
          }),
        );
      }
    }
    lines.push(...summary.notes);
  }
  return {
    file: summary.file,
    ok: summary.ok,
    type: summary.type,
    typeLabel,
    sheet,
    rowsRead: summary.rowsRead,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    skippedCount: summary.skipped.length,
    skipped: summary.skipped.slice(0, MAX_SKIPPED_LISTED),
    ignored: summary.ignored,
    notes: summary.notes,
    error: summary.ok ? null : summary.error,
    lines,
  };
}

// ---- the commands --------------------------------------------------------------------------

function todayIso(zone: ZoneOffset): string {
  const now = Date.now();
  return new Date(now + zone(now) * 60_000).toISOString().slice(0, 10);
}

function readLedger(spreadsheet: Spreadsheet, name: string): unknown[][] {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? readValues(sheet) : [];
}

/**
 * Imports the files in order, each all-or-nothing, and writes the merged ledgers once at the
 * end: a failed file leaves no trace, and a later file sees what an earlier one added.
 */
export function importReports(files: ImportFileInput[]): ImportResult {
  const locale = userLocale();
  const reportFiles = toReportFiles(files);
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const zone = spreadsheetZone();
    const before = {
      orders: readLedger(spreadsheet, ORDERS_SHEET),
      defects: readLedger(spreadsheet, DEFECTS_SHEET),
    };
    const result = importFiles(reportFiles, before, { zone, today: todayIso(zone) });

    const sheetsWritten: string[] = [];
    const ledgers = [
      { name: ORDERS_SHEET, kind: 'orders', changed: result.ordersChanged, after: result.orders },
      {
        name: DEFECTS_SHEET,
        kind: 'defects',
        changed: result.defectsChanged,
        after: result.defects,
      },
    ] as const;
    for (const l of ledgers) {
      if (!l.changed) continue;
      let sheet = spreadsheet.getSheetByName(l.name);
      const created = sheet === null;
      if (!sheet) sheet = spreadsheet.insertSheet(l.name);
      const stats = writeLedger(sheet, before[l.kind], l.after, l.kind, zone);
      if (created) decorateNewSheet(sheet, l.after[0]?.length ?? 1);
      if (stats.blocks > 0 || created) sheetsWritten.push(l.name);
    }

    let healthCount = 0;
    if (result.amazonFigures) {
      const figures = toAmazonFigures(result.amazonFigures);
      healthCount = result.amazonFigures.marketplaces.length;
      if (figures.length > 0) saveAmazonFigures(figures);
    }

    const switched = pointDashboardAt(sheetsWritten);
    const reports = result.summaries.map((s) => reportOf(s, locale, healthCount));
    const anyImported = reports.some((r) => r.ok);
    const message = !anyImported
      ? t(locale, 'import.summary.noneImported')
      : sheetsWritten.length > 0
        ? [
            t(locale, 'import.summary.done', { sheets: sheetsWritten.join(', ') }),
            switched.length > 0
              ? t(locale, 'import.summary.switched', { sheets: switched.join(', ') })
              : '',
          ]
            .filter(Boolean)
            .join(' ')
        : t(locale, 'import.summary.nothingChanged');
    return { locale, files: reports, sheetsWritten, anyImported, message };
  });
}

/**
 * A seller who picked other sheets in the dashboard would not see what was just imported: point
 * the dashboard at the imported ledgers, and say so. Returns the sheets it switched to.
 */
function pointDashboardAt(sheetsWritten: readonly string[]): string[] {
  const { settings } = loadSettings();
  const patch: Partial<Settings> = {};
  if (
    sheetsWritten.includes(ORDERS_SHEET) &&
    settings.ordersSheet !== null &&
    settings.ordersSheet !== ORDERS_SHEET
  ) {
    patch.ordersSheet = ORDERS_SHEET;
  }
  if (
    sheetsWritten.includes(DEFECTS_SHEET) &&
    settings.defectsSheet !== null &&
    settings.defectsSheet !== DEFECTS_SHEET
  ) {
    patch.defectsSheet = DEFECTS_SHEET;
  }
  const switched = Object.values(patch).filter((v): v is string => typeof v === 'string');
  if (switched.length > 0) saveSettings(patch);
  return switched;
}

/** What the dialog shows before the first import: the user's language and the known types. */
export function getImportDialogInfo(): ImportDialogInfo {
  const locale = userLocale();
  return {
    locale,
    reportTypes: (Object.keys(TYPE_KEYS) as ReportType[]).map((k) => t(locale, TYPE_KEYS[k])),
  };
}

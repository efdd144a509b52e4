import { dayFromParts } from '../engine/dates';
import type { Day, ZoneOffset } from '../engine/types';
import { UTC } from '../engine/types';
import { msg, render, type Locale, type Message } from '../i18n';
import {
  assertLooksLikeText,
  decodeReportDetailed,
  encodingNote,
  type Encoding,
  type ReportBytes,
} from './decode';
import { ImportError } from './errors';
import { looksLikeJson, parseAccountHealth, type AmazonOdrFigures } from './health';
import { LedgerWork, type Blocked } from './merge';
import { noMerge, type MergeCounts } from './merge-types';
import { normaliseReport, type IgnoredRows, type NormalisedReport } from './normalise';
import { Obstacles, type Area, type ProtectedArea } from './obstacles';
import { parseDelimited } from './parse';
import { recogniseHeader, recogniseTable, REPORT_TYPE_LABELS, type ReportType } from './recognise';
import { blocksOf, boundingArea, type SheetChanges } from './write-plan';

/**
 * One import, end to end (issue 10): decode → JSON or delimited → recognise → normalise → merge
 * → a pure write plan. Each file is all-or-nothing: it yields a complete result or an error,
 * never part of one; an unreadable row is skipped with its line and why.
 */
export interface ReportFile {
  /** The file name as the seller picked it, or e.g. "Pasted text". */
  name: string;
  content: ReportBytes | string;
}

export interface ImportOptions {
  zone?: ZoneOffset;
  /** Today as YYYY-MM-DD, to tell ambiguous date formats apart (see date-order.ts). */
  today?: string;
  /** The seller's language, for the marker of a text cut to fit a cell. */
  locale?: Locale;
}

/** What the add-on read of one ledger sheet (0-based; values and formulas of its data range). */
export interface SheetRead {
  exists: boolean;
  values: readonly (readonly unknown[])[];
  formulas?: readonly (readonly string[])[];
  maxRows?: number;
  maxColumns?: number;
  merges?: readonly Area[];
  /** Protections the user cannot edit. */
  protections?: readonly ProtectedArea[];
}

export type LedgerInput = SheetRead | readonly (readonly unknown[])[];

/**
 * One file's outcome. Its counts and lists (MergeCounts) are the merge's; `skipped` adds the rows
 * skipped on reading.
 */
export interface FileSummary extends MergeCounts {
  file: string;
  ok: boolean;
  type: ReportType | null;
  /** The report type's English name (the add-on shows the catalog's). */
  typeLabel: string;
  /** Which ledger it went to; null for the Account Health report and failures. */
  ledger: 'orders' | 'defects' | null;
  rowsRead: number;
  ignored: IgnoredRows[];
  notes: Message[];
  /** Why the whole file was not imported: a catalog message, or text from code that has none. */
  error: Message | string | null;
  encoding: Encoding | null;
}

export type ReadReport =
  | { kind: 'ledger'; report: NormalisedReport; encoding: Encoding }
  | { kind: 'accountHealth'; figures: AmazonOdrFigures; encoding: Encoding };

function todayDay(options: ImportOptions): Day | null {
  const m = options.today ? /^(\d{4})-(\d{2})-(\d{2})/.exec(options.today) : null;
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Reads and recognises one file without touching any sheet; throws ImportError. */
export function readReport(file: ReportFile, options: ImportOptions = {}): ReadReport {
  const decoded = decodeReportDetailed(file.content);
  const { text, encoding } = decoded;
  assertLooksLikeText(text);
  if (text.trim() === '') throw new ImportError(msg('import.error.empty'));
  if (looksLikeJson(text)) {
    return { kind: 'accountHealth', figures: parseAccountHealth(text), encoding };
  }
  const table = parseDelimited(text, {
    isHeader: (cells) => recogniseHeader(cells, file.name) !== null,
  });
  // By the header, else (a pasted status list) by what its reasons say.
  const recognised = recogniseTable(
    table.header,
    table.rows.map((r) => r.cells),
    file.name,
  );
  if (!recognised.ok) {
    throw new ImportError(recognised.error.detail);
  }
  const recognition = recognised.recognition;
  const locale = options.locale ?? 'en';
  const report = normaliseReport(table, recognition, {
    fileName: file.name,
    today: todayDay(options),
    cutMarker: (more) => render(locale, msg('import.cell.cut', { count: more })),
  });
  report.notes.push(...recognised.notes);
  const guessed = encodingNote(decoded);
  if (guessed) report.notes.push(guessed);
  if (table.preamble.some((l) => l.trim() !== '')) {
    report.notes.push(msg('import.note.headerLine', { line: table.headerLine }));
  }
  return { kind: 'ledger', report, encoding };
}

function emptySummary(file: string): FileSummary {
  return {
    file,
    ok: false,
    type: null,
    typeLabel: '',
    ledger: null,
    rowsRead: 0,
    ...noMerge(),
    ignored: [],
    notes: [],
    error: null,
    encoding: null,
  };
}

/** The message of an ImportError: its catalog message, or its text as it is. */
export function errorMessage(e: ImportError): Message | string {
  return e.detail ?? e.message;
}

/** One ledger sheet after the merge: what changes, where it is blocked, how it is batched. */
export interface SheetDraft {
  ledger: 'orders' | 'defects';
  sheet: string;
  changes: SheetChanges;
  blocked: Blocked[];
  blocks: Area[];
  /** Where the add-on reads the current number formats (null: a new sheet, all default). */
  formatArea: Area | null;
  /** The grid the sheet has (0 for a new one). */
  maxRows: number;
  maxColumns: number;
  /** The import's bookkeeping column, when this import adds it (0-based). */
  newFingerprintColumn: number | null;
  headerRow: number;
  width: number;
}

export interface ImportDraft {
  summaries: FileSummary[];
  /** The ledgers after every file that imported (values as they will be). */
  orders: LedgerWork;
  defects: LedgerWork;
  /** Sheets with cells to write, in order (Orders, Defects). */
  sheets: SheetDraft[];
  /** From the last Account Health report among the files, if any. */
  amazonFigures: AmazonOdrFigures | null;
}

function sheetReadOf(input: LedgerInput | undefined): SheetRead {
  if (input === undefined) return { exists: false, values: [] };
  if (Array.isArray(input)) return { exists: input.length > 0, values: input };
  return input as SheetRead;
}

export interface SheetNames {
  orders: string;
  defects: string;
}

const DEFAULT_NAMES: SheetNames = { orders: 'Orders', defects: 'Defects' };

/**
 * Imports the files in order into the two ledgers as read, each file all-or-nothing (a failed
 * file leaves the ledgers as they were; a later file sees what an earlier one added), and works
 * out which cells change and in which blocks they are written.
 */
export function importFiles(
  files: readonly ReportFile[],
  ledgers: { orders?: LedgerInput; defects?: LedgerInput },
  options: ImportOptions = {},
  names: SheetNames = DEFAULT_NAMES,
): ImportDraft {
  const zone = options.zone ?? UTC;
  const reads = { orders: sheetReadOf(ledgers.orders), defects: sheetReadOf(ledgers.defects) };
  const obstacles = {
    orders: obstaclesOf(reads.orders),
    defects: obstaclesOf(reads.defects),
  };
  const works = {
    orders: new LedgerWork(
      'orders',
      names.orders,
      reads.orders.values,
      zone,
      obstacles.orders.obstacleAt,
    ),
    defects: new LedgerWork(
      'defects',
      names.defects,
      reads.defects.values,
      zone,
      obstacles.defects.obstacleAt,
    ),
  };
  const summaries: FileSummary[] = [];
  let amazonFigures: AmazonOdrFigures | null = null;
  for (const file of files) {
    const summary = emptySummary(file.name);
    try {
      const read = readReport(file, options);
      summary.encoding = read.encoding;
      if (read.kind === 'accountHealth') {
        Object.assign(summary, {
          ok: true,
          type: 'accountHealth',
          typeLabel: REPORT_TYPE_LABELS.accountHealth,
          rowsRead: read.figures.marketplaces.length,
        });
        amazonFigures = read.figures;
      } else {
        const { report } = read;
        Object.assign(summary, {
          type: report.type,
          typeLabel: report.typeLabel,
          rowsRead: report.rowsRead,
          ignored: report.ignored,
          notes: report.notes,
        });
        const ledger = report.incoming.ledger;
        const merge = works[ledger].merge(report.incoming);
        Object.assign(summary, {
          ok: true,
          ledger,
          added: merge.added,
          updated: merge.updated,
          unchanged: merge.unchanged,
          older: merge.older,
          conflicts: merge.conflicts,
          skipped: [...report.skipped, ...merge.skipped].sort((a, b) => a.line - b.line),
        });
      }
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      // A failed file reports nothing as read or written.
      Object.assign(summary, {
        ...emptySummary(file.name),
        error: errorMessage(e),
        type: summary.type,
        typeLabel: summary.typeLabel,
      });
    }
    summaries.push(summary);
  }
  const sheets: SheetDraft[] = [];
  for (const ledger of ['orders', 'defects'] as const) {
    const work = works[ledger];
    const hadColumn = work.fpCol >= 0 && work.hadFingerprints;
    work.finishFingerprints();
    const changed = work.changedCells();
    if (changed.count === 0) continue;
    const read = reads[ledger];
    const obstacle = obstacles[ledger];
    const blocked: Blocked[] = [];
    for (const [col, rows] of changed.byColumn) {
      for (const row of rows) {
        const found = obstacle.obstacleAt(row, col);
        if (found) blocked.push({ row, col, obstacle: found });
      }
    }
    blocked.sort((a, b) => a.row - b.row || a.col - b.col);
    const changes: SheetChanges = {
      sheet: work.sheetName,
      exists: read.exists,
      values: work.values,
      before: (r, c) => work.beforeAt(r, c),
      kindAt: (r, c) => work.kindAt(r, c) ?? 'text',
      isChanged: (r, c) => work.isChanged(r, c),
      changedByColumn: changed.byColumn,
      changedCount: changed.count,
      free: (r, c) => obstacle.free(r, c),
      ownColumn: work.fpCol >= 0 ? work.fpCol : null,
    };
    const blocks = blocked.length > 0 ? [] : blocksOf(changes);
    const maxRows = read.exists ? (read.maxRows ?? read.values.length) : 0;
    const maxColumns = read.exists ? (read.maxColumns ?? work.readWidth) : 0;
    const box = boundingArea(blocks);
    const formatArea =
      box && read.exists && box.row < maxRows && box.col < maxColumns
        ? {
            row: box.row,
            col: box.col,
            rows: Math.min(box.rows, maxRows - box.row),
            cols: Math.min(box.cols, maxColumns - box.col),
          }
        : null;
    sheets.push({
      ledger,
      sheet: work.sheetName,
      changes,
      blocked,
      blocks,
      formatArea,
      maxRows,
      maxColumns,
      newFingerprintColumn: hadColumn ? null : work.fpCol,
      headerRow: work.headerRow,
      width: work.width,
    });
  }
  return { summaries, orders: works.orders, defects: works.defects, sheets, amazonFigures };
}

function obstaclesOf(read: SheetRead): Obstacles {
  return new Obstacles({
    formulas: read.formulas ?? [],
    maxRows: read.maxRows ?? read.values.length,
    maxColumns: read.maxColumns ?? 0,
    merges: read.merges ?? [],
    protections: read.protections ?? [],
  });
}

/** One file into the ledgers as read: its summary and the ledger values after it. */
export function importFile(
  file: ReportFile,
  ledgers: { orders?: LedgerInput; defects?: LedgerInput },
  options: ImportOptions = {},
): { summary: FileSummary; values: unknown[][] | null; draft: ImportDraft } {
  const draft = importFiles([file], ledgers, options);
  const summary = draft.summaries[0];
  const values =
    summary.ledger === null ? null : draft[summary.ledger].values.map((row) => row.slice());
  return { summary, values, draft };
}

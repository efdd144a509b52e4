/**
 * Import Amazon reports (issues 5, 10, 11), the sheet side, thin: read the ledgers, let core
 * merge the files and plan every write, check it, paint it, and render core's summary in the
 * seller's language. Every decision — what changes, as what, in which batches, what blocks —
 * is core's (src/core/import).
 */
import {
  base64ToBytes,
  fileLines,
  importFiles,
  planImport,
  REPORT_TYPE_KEYS,
  summaryMessage,
  unsignedBytes,
  type FileSummary,
  type ImportDraft,
  type PropertyWrite,
  type ReportFile,
  type ReportType,
  type WriteOutcome,
} from '../core/import';
import { msg, render, t, type Locale, type Message } from '../core/i18n';
import type { ZoneOffset } from '../core/engine/types';
import type {
  ImportDialogInfo,
  ImportFileInput,
  ImportFileReport,
  ImportResult,
} from '../core/wire/types';
import {
  AMAZON_FIGURES_MAX_BYTES,
  amazonFiguresFromReport,
  amazonFiguresSize,
  describeAmazonFigures,
  saveAmazonFigures,
} from './shared/amazon-figures';
import { userLocale } from './shared/ui';
import { withDocumentLock } from './shared/lock';
import { DEFECTS_SHEET, ORDERS_SHEET, cellsInUse, readSheetForWriting } from './shared/data-sheets';
import { errorText, paintPlans } from './shared/sheet-writer';
import { spreadsheetZone } from './shared/zone';
import { loadSettings, saveSettings, type Settings } from './shared/properties';
import { bumpDataVersion } from './shared/data-version';
import { sheetNamed } from './shared/sheet-names';

/** Enough to show why rows were skipped without sending 100,000 reasons to the browser. */
const MAX_SKIPPED_LISTED = 200;

/** Utilities.base64Decode is native (fast on 40 MB) but gives Java's signed bytes. */
export function decodeBase64(text: string): Uint8Array {
  const utilities = typeof Utilities === 'undefined' ? undefined : Utilities;
  if (utilities && typeof utilities.base64Decode === 'function') {
    return unsignedBytes(utilities.base64Decode(text));
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

function todayIso(zone: ZoneOffset): string {
  const now = Date.now();
  return new Date(now + zone(now) * 60_000).toISOString().slice(0, 10);
}

const SHEETS = { orders: ORDERS_SHEET, defects: DEFECTS_SHEET };

/**
 * A seller who picked other sheets in the dashboard would not see what was imported: the
 * settings that point the dashboard at the imported ledgers, or null.
 */
function dashboardPatch(sheets: readonly string[]): Partial<Settings> | null {
  const { settings } = loadSettings();
  const patch: Partial<Settings> = {};
  for (const [key, name] of [
    ['ordersSheet', ORDERS_SHEET],
    ['defectsSheet', DEFECTS_SHEET],
  ] as const) {
    if (sheets.includes(name) && settings[key] !== null && settings[key] !== name)
      patch[key] = name;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/** Puts document properties back as they were before `writes`. */
function restoreProperties(before: Record<string, string>, keys: readonly string[]): void {
  const props = PropertiesService.getDocumentProperties();
  for (const key of keys) {
    if (key in before) props.setProperty(key, before[key]);
    else props.deleteProperty(key);
  }
}

const FIGURES_KEY = 'odrguard.amazonFigures';

/** Writes the plan: properties first (undone if the sheets fail), then the sheets. */
function writeImport(
  draft: ImportDraft,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: Locale,
): { outcome: WriteOutcome; figuresSaved: string | null } {
  const formats: Partial<Record<'orders' | 'defects', string[][]>> = {};
  for (const s of draft.sheets) {
    const area = s.formatArea;
    const sheet = sheetNamed(spreadsheet, s.sheet);
    if (area && sheet) {
      formats[s.ledger] = sheet
        .getRange(area.row + 1, area.col + 1, area.rows, area.cols)
        .getNumberFormats();
    }
  }
  const figures = draft.amazonFigures ? amazonFiguresFromReport(draft.amazonFigures) : [];
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const patch = dashboardPatch(draft.sheets.map((s) => s.sheet));
  const writes: PropertyWrite[] = [];
  if (patch) {
    writes.push({
      key: 'odrguard.settings',
      value: JSON.stringify({ ...loadSettings().settings, ...patch }),
    });
  }
  // Amazon's figures replace what is stored under their key; their owner sizes the parts.
  const size = figures.length > 0 ? amazonFiguresSize(figures) : null;
  const figureKeys = Object.keys(properties).filter((k) => k.startsWith(FIGURES_KEY));
  const plan = planImport(draft, {
    formats,
    cellsInUse: cellsInUse(spreadsheet),
    properties,
    propertyWrites: writes,
    propertyRemovals: size ? figureKeys : [],
    propertyBytes: size?.bytes ?? 0,
    propertyProblem:
      size && !size.fits
        ? msg('amazonFigures.tooLarge', {
            count: draft.amazonFigures?.marketplaces.length ?? 0,
            size: Math.ceil(size.bytes / 1000),
            limit: Math.floor(AMAZON_FIGURES_MAX_BYTES / 1000),
          })
        : null,
  });
  if (plan.stop) return { outcome: { kind: 'stopped', why: plan.stop }, figuresSaved: null };

  try {
    if (size) saveAmazonFigures(figures);
  } catch (e) {
    restoreProperties(properties, [
      ...figureKeys,
      ...Object.keys(PropertiesService.getDocumentProperties().getProperties()).filter((k) =>
        k.startsWith(FIGURES_KEY),
      ),
    ]);
    return { outcome: { kind: 'rolledBack', error: errorText(e) }, figuresSaved: null };
  }
  const painted = paintPlans(spreadsheet, plan.sheets);
  if (!painted.ok) {
    if (size) {
      const now = Object.keys(PropertiesService.getDocumentProperties().getProperties());
      restoreProperties(properties, [
        ...figureKeys,
        ...now.filter((k) => k.startsWith(FIGURES_KEY)),
      ]);
    }
    return {
      outcome: painted.rolledBack
        ? { kind: 'rolledBack', error: painted.error }
        : {
            kind: 'partly',
            error: painted.error,
            written: painted.written,
            notWritten: painted.notWritten,
          },
      figuresSaved: null,
    };
  }
  if (patch) saveSettings(patch);
  const switched = patch
    ? Object.values(patch).filter((v): v is string => typeof v === 'string')
    : [];
  return {
    outcome: { kind: 'written', sheets: painted.written, switched },
    figuresSaved: size ? describeAmazonFigures(figures, locale) : null,
  };
}

function reportOf(
  summary: FileSummary,
  locale: Locale,
  figuresSaved: string | null,
): ImportFileReport {
  const text = (m: Message | string): string => (typeof m === 'string' ? m : render(locale, m));
  const sheet = summary.ledger ? SHEETS[summary.ledger] : null;
  return {
    file: summary.file,
    ok: summary.ok,
    type: summary.type,
    typeLabel: summary.type ? t(locale, REPORT_TYPE_KEYS[summary.type]) : '',
    sheet,
    rowsRead: summary.rowsRead,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    older: summary.older,
    conflicts: summary.conflicts.map((c) => ({
      orderId: c.orderId,
      column: c.header,
      yours: c.sheetValue,
      file: c.fileValue,
    })),
    skippedCount: summary.skipped.length,
    skipped: summary.skipped
      .slice(0, MAX_SKIPPED_LISTED)
      .map((s) => ({ line: s.line, reason: text(s.reason) })),
    ignored: summary.ignored.map((i) => ({ reason: text(i.reason), count: i.count })),
    notes: summary.notes.map(text),
    // The file's name first, as the dialog lists errors apart from their file.
    error: summary.ok || summary.error === null ? null : `${summary.file}: ${text(summary.error)}`,
    lines: fileLines(summary, {
      sheetOf: (ledger) => SHEETS[ledger],
      figuresSaved,
    }).map(text),
  };
}

/**
 * Imports the files in order, each all-or-nothing, and writes the merged ledgers once at the
 * end, checked before the first write: a blocked cell or a limit stops it with nothing written.
 */
export function importReports(files: ImportFileInput[]): ImportResult {
  const locale = userLocale();
  const reportFiles = toReportFiles(files);
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const zone = spreadsheetZone();
    const draft = importFiles(
      reportFiles,
      {
        orders: readSheetForWriting(spreadsheet, ORDERS_SHEET),
        defects: readSheetForWriting(spreadsheet, DEFECTS_SHEET),
      },
      { zone, today: todayIso(zone), locale },
      SHEETS,
    );
    const { outcome, figuresSaved } = writeImport(draft, spreadsheet, locale);
    // The open sidebar polls this stamp and reloads; a stopped or rolled-back import wrote nothing.
    if (outcome.kind === 'written' || outcome.kind === 'partly') bumpDataVersion();
    return {
      locale,
      files: draft.summaries.map((s) => reportOf(s, locale, figuresSaved)),
      sheetsWritten: outcome.kind === 'written' ? outcome.sheets : [],
      anyImported: draft.summaries.some((s) => s.ok),
      outcome: outcome.kind,
      message: render(locale, summaryMessage(draft.summaries, outcome)),
    };
  });
}

/** What the dialog shows before the first import: the user's language and the known types. */
export function getImportDialogInfo(): ImportDialogInfo {
  const locale = userLocale();
  return {
    locale,
    reportTypes: (Object.keys(REPORT_TYPE_KEYS) as ReportType[]).map((k) =>
      render(locale, msg(REPORT_TYPE_KEYS[k])),
    ),
  };
}

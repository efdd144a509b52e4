/**
 * Reading the seller's workbook: which sheets hold orders and defects, and their values. Every
 * read is one batched getValues per sheet, so the cost is constant in rows (issue #3).
 */
import type { Cell, Table } from '../../core/engine/types';
import { matchHeader } from '../../core/engine/columns';
import { defectTableKind } from '../../core/engine/defects-table';
import type { DataSources, SheetKind } from '../../core/wire/types';
import type { Area, ProtectedArea, SheetRead } from '../../core/import';
import { loadSettings, type Settings } from './properties';
import { sheetNamed } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const ORDERS_SHEET = 'Orders';
export const DEFECTS_SHEET = 'Defects';

/** All values of a sheet in one read ("" for blanks, Date for dates). */
export function readValues(sheet: Sheet): Cell[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as Cell[][];
}

/** Tells orders from defects by the header row (within the first ten rows). */
export function kindOfTable(top: Table): SheetKind {
  const match = matchHeader(top);
  if (!match) return 'other';
  if (defectTableKind(match) !== null && match.columns.purchaseDate === undefined) return 'defects';
  if (match.columns.type !== undefined) return 'defects';
  return match.columns.purchaseDate !== undefined ? 'orders' : 'other';
}

function headerRows(sheet: Sheet): Table {
  const rows = Math.min(sheet.getLastRow(), 10);
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  return sheet.getRange(1, 1, rows, cols).getValues() as Cell[][];
}

/**
 * Sheets named Orders and Defects first, else the first sheet whose headers are recognised;
 * the seller's saved choice wins over both.
 */
export function findDataSources(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings = loadSettings().settings,
): DataSources {
  const sheets = spreadsheet.getSheets();
  const listed: DataSources['sheets'] = [];
  let orders: string | null = null;
  let defects: string | null = null;
  for (const sheet of sheets) {
    const name = sheet.getName();
    const kind = kindOfTable(headerRows(sheet));
    listed.push({ name, kind });
    if (kind === 'orders' && (orders === null || name === ORDERS_SHEET)) {
      if (orders !== ORDERS_SHEET) orders = name;
    }
    if (kind === 'defects' && (defects === null || name === DEFECTS_SHEET)) {
      if (defects !== DEFECTS_SHEET) defects = name;
    }
  }
  const exists = (name: string | null) => name !== null && listed.some((s) => s.name === name);
  const chosen = settings.ordersSheet !== null || settings.defectsSheet !== null;
  return {
    ordersSheet: exists(settings.ordersSheet) ? settings.ordersSheet : orders,
    defectsSheet:
      settings.defectsSheet === ''
        ? null
        : exists(settings.defectsSheet)
          ? settings.defectsSheet
          : defects,
    chosen,
    sheets: listed,
  };
}

/** Grows a sheet to at least `rows` × `columns`: one size read per axis, at most one insert each. */
export function ensureSize(sheet: Sheet, rows: number, columns = 0): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > 0) {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
}

/**
 * Makes a sheet the add-on just created exactly `rows` tall: grown to fit, or trimmed of the
 * blank rows a new sheet starts with — one structural call either way.
 */
export function fitNewSheet(sheet: Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
}

/** A range as a 0-based area. */
function areaOf(range: Range): Area {
  return {
    row: range.getRow() - 1,
    col: range.getColumn() - 1,
    rows: range.getNumRows(),
    cols: range.getNumColumns(),
  };
}

/**
 * Everything a writer must know of a sheet before it writes (issue 11): its values and formulas
 * (one read each), its grid size, its merged ranges and the protections the user cannot edit.
 * A constant number of calls whatever the rows.
 */
export function readSheetForWriting(spreadsheet: Spreadsheet, name: string): SheetRead {
  const sheet = sheetNamed(spreadsheet, name);
  if (!sheet) return { exists: false, values: [] };
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  let values: unknown[][] = [];
  let formulas: string[][] = [];
  if (sheet.getLastRow() > 0) {
    const data = sheet.getDataRange();
    values = data.getValues();
    formulas = data.getFormulas();
  }
  const merges = sheet.getRange(1, 1, maxRows, maxColumns).getMergedRanges().map(areaOf);
  const protections: ProtectedArea[] = [];
  const type = SpreadsheetApp.ProtectionType;
  for (const p of sheet.getProtections(type.SHEET)) {
    if (!p.canEdit())
      protections.push({ area: null, unprotected: p.getUnprotectedRanges().map(areaOf) });
  }
  for (const p of sheet.getProtections(type.RANGE)) {
    if (!p.canEdit()) protections.push({ area: areaOf(p.getRange()), unprotected: [] });
  }
  return { exists: true, values, formulas, maxRows, maxColumns, merges, protections };
}

/** Cells in all sheets' grids: what Sheets' 10-million-cell limit counts. */
export function cellsInUse(spreadsheet: Spreadsheet): number {
  let n = 0;
  for (const sheet of spreadsheet.getSheets()) n += sheet.getMaxRows() * sheet.getMaxColumns();
  return n;
}

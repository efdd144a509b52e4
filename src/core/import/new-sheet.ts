/**
 * Plans for sheets a writer creates whole (sample data): the same typed values and formats as
 * an import writes — text as plain text, dates as dates, numbers as numbers — as one block.
 */
import type { Cell, ZoneOffset } from '../engine/types';
import { isDate } from '../engine/dates';
import { dateMs, isLedgerDate, ledgerDateOf } from './ledger-cell';
import { cellsProblem } from './limits';
import type { Message } from '../i18n';
import type { SheetPaintPlan, WriteValue } from './write-plan';
import { PLAIN_TEXT } from './write-plan';

/** Cells a sheet the add-on inserts starts with (Sheets' default grid). */
export const NEW_SHEET_CELLS = 1000 * 26;

export interface TableSpec {
  sheet: string;
  /** Header row first; YYYY-MM-DD text in `dateColumns` becomes a date. */
  rows: readonly (readonly Cell[])[];
  dateColumns: readonly number[];
}

function cellOf(value: Cell, isDateColumn: boolean, zone: ZoneOffset): [WriteValue, string] {
  if (value === null || value === undefined || value === '') return ['', PLAIN_TEXT];
  if (isDate(value)) return [{ ms: value.getTime() }, 'yyyy-mm-dd'];
  if (typeof value === 'number') return [value, Number.isInteger(value) ? '0' : '0.00'];
  if (typeof value === 'boolean') return [value, PLAIN_TEXT];
  if (isDateColumn) {
    const date = ledgerDateOf(value, 'YMD');
    if (date && isLedgerDate(date)) return [{ ms: dateMs(date, zone) }, 'yyyy-mm-dd'];
  }
  return [value, PLAIN_TEXT];
}

/** One new sheet, header bold and frozen, exactly as tall as its rows. */
export function newTablePlan(spec: TableSpec, zone: ZoneOffset): SheetPaintPlan {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: WriteValue[][] = [];
  const formats: string[][] = [];
  spec.rows.forEach((row, r) => {
    const v: WriteValue[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const [value, format] = cellOf(row[c] ?? '', r > 0 && spec.dateColumns.includes(c), zone);
      v.push(value);
      f.push(format);
    }
    values.push(v);
    formats.push(f);
  });
  return {
    sheet: spec.sheet,
    create: true,
    minRows: spec.rows.length,
    minColumns: width,
    hideColumn: null,
    header: { row: 1, width },
    fitRows: true,
    forward: { rects: [{ row: 1, col: 1, values, formats }], groups: [] },
    undo: { rects: [], groups: [] },
    changedCells: spec.rows.reduce((n, r) => n + r.filter((c) => c !== '' && c != null).length, 0),
  };
}

/** Why new sheets of these sizes would not fit in the spreadsheet, or null. */
export function newSheetsProblem(
  inUse: number,
  sizes: readonly { rows: number; columns: number }[],
): Message | null {
  let extra = 0;
  for (const s of sizes) extra += Math.max(1000, s.rows) * Math.max(26, s.columns);
  return cellsProblem(inUse, extra);
}

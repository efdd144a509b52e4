/**
 * Helpers both table readers share: a cell as text, blank rows, rows without an order id,
 * deciding (and saying) how a date column orders its parts, and the orders whose rows were all
 * skipped.
 */
import type { Cell, Table } from './types';
import { isExcelMangledId } from './columns';
import { decidePartOrderOf, isDate, type PartOrderDecision } from './dates';
import type { Finding, FindingCollector } from './findings';

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Why a row's id cell was read as no id: blank, or a number Excel rewrote. */
export function addNoIdFinding(
  findings: FindingCollector,
  table: Finding['table'],
  cell: Cell,
  row: number,
): void {
  if (isExcelMangledId(cell)) {
    findings.add('skippedRow', table, 'finding.excelOrderId', { value: cellText(cell) }, row);
  } else findings.add('skippedRow', table, 'finding.noOrderId', {}, row);
}

export function isBlankRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c !== '' && c !== null && c !== undefined) return false;
  }
  return true;
}

const NO_NUMERIC_DATES: PartOrderDecision = {
  order: 'MDY',
  assumed: false,
  ambiguousValues: 0,
  numeric: false,
};

/** Decides a date column's part order without copying the column. */
export function decideColumn(table: Table, col: number, headerRow: number): PartOrderDecision {
  const from = headerRow + 1;
  // Only text cells take part; a column of Dates (what Sheets passes) needs no closure per cell.
  let text = false;
  for (let r = from; r < table.length && !text; r++) text = typeof table[r]?.[col] === 'string';
  if (!text) return { ...NO_NUMERIC_DATES };
  return decidePartOrderOf(table.length - from, (i) => table[from + i]?.[col]);
}

export function noteDateDecision(
  findings: FindingCollector,
  table: Finding['table'],
  header: string,
  decision: PartOrderDecision,
): void {
  if (!decision.numeric) return;
  const params = { header, order: decision.order, count: decision.ambiguousValues };
  findings.add(
    'dateFormat',
    table,
    decision.assumed ? 'finding.dateAssumed' : 'finding.dateRead',
    params,
  );
}

/** Why an order id's rows were all skipped: its defects exist but cannot be placed. */
export type Unplaced = Map<string, { row: number; why: 'date' | 'channel' }>;

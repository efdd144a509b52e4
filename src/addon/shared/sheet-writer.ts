/**
 * Paints write plans computed by core (src/core/import/write-plan.ts): every value and format
 * comes from the plan; nothing is decided here. If a call still fails half-way (a protection
 * added meanwhile, a quota), what was written is undone from the plan's own undo batches, and
 * the caller is told exactly what was and was not written.
 */
import type { PaintOps, SheetPaintPlan, WriteValue } from '../../core/import';
import type { TextMode } from '../../core/self-check/checks';
import { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from '../../core/self-check/text-cells';
import { storedTextMode, writeCells } from './text-cells';
import { sheetNamed } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type PaintOutcome =
  | { ok: true; written: string[] }
  | { ok: false; error: string; rolledBack: boolean; written: string[]; notWritten: string[] };

function toCell(value: WriteValue): unknown {
  return typeof value === 'object' ? new Date(value.ms) : value;
}

/**
 * Formats first, so text lands in plain-text cells and is never parsed (or, where "Check this
 * spreadsheet" found plain text does not hold, behind an apostrophe: writeCells).
 */
function paintRect(sheet: Sheet, rect: PaintOps['rects'][number]): void {
  const range = sheet.getRange(rect.row, rect.col, rect.values.length, rect.values[0].length);
  writeCells(
    range,
    rect.values.map((row) => row.map(toCell)),
    rect.formats,
  );
}

function paintGroup(sheet: Sheet, group: PaintOps['groups'][number], mode: TextMode): void {
  const list = sheet.getRangeList(group.cells);
  const text = typeof group.value === 'string' && group.value !== '';
  if (mode === 'apostrophe' && text && group.format === PLAIN_TEXT_FORMAT) {
    list.setNumberFormat(AUTOMATIC_FORMAT);
    list.setValue(`'${String(group.value)}`);
    return;
  }
  list.setNumberFormat(group.format);
  list.setValue(toCell(group.value));
}

/** The message of what a call threw (an Error of any realm, or anything else). */
export function errorText(e: unknown): string {
  if (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { message?: unknown }).message === 'string'
  ) {
    return (e as { message: string }).message;
  }
  return String(e);
}

/** Paints the plans in order; on failure undoes what was painted, newest first. */
export function paintPlans(
  spreadsheet: Spreadsheet,
  plans: readonly SheetPaintPlan[],
): PaintOutcome {
  const undo: (() => void)[] = [];
  const written: string[] = [];
  const mode = storedTextMode();
  try {
    for (const plan of plans) {
      let sheet = sheetNamed(spreadsheet, plan.sheet);
      if (!sheet) {
        const created = spreadsheet.insertSheet(plan.sheet);
        sheet = created;
        undo.push(() => spreadsheet.deleteSheet(created));
      }
      const target = sheet;
      const rows = target.getMaxRows();
      if (plan.create && plan.fitRows && rows > plan.minRows) {
        target.deleteRows(plan.minRows + 1, rows - plan.minRows);
      }
      if (rows < plan.minRows) {
        target.insertRowsAfter(rows, plan.minRows - rows);
        if (!plan.create) undo.push(() => target.deleteRows(rows + 1, plan.minRows - rows));
      }
      const cols = target.getMaxColumns();
      if (cols < plan.minColumns) {
        target.insertColumnsAfter(cols, plan.minColumns - cols);
        if (!plan.create) undo.push(() => target.deleteColumns(cols + 1, plan.minColumns - cols));
      }
      written.push(plan.sheet);
      plan.forward.rects.forEach((rect, i) => {
        if (!plan.create) undo.push(() => paintRect(target, plan.undo.rects[i]));
        paintRect(target, rect);
      });
      if (plan.forward.groups.length > 0 && !plan.create) {
        undo.push(() => plan.undo.groups.forEach((g) => paintGroup(target, g, mode)));
      }
      for (const group of plan.forward.groups) paintGroup(target, group, mode);
      if (plan.hideColumn !== null) {
        const column = plan.hideColumn;
        target.hideColumns(column);
        if (!plan.create) undo.push(() => target.showColumns(column));
      }
      if (plan.header) {
        target
          .getRange(plan.header.row, 1, 1, Math.max(1, plan.header.width))
          .setFontWeight('bold');
        target.setFrozenRows(plan.header.row);
      }
    }
    return { ok: true, written };
  } catch (e) {
    const error = errorText(e);
    let rolledBack = true;
    for (let i = undo.length - 1; i >= 0; i--) {
      try {
        undo[i]();
      } catch {
        rolledBack = false;
      }
    }
    const notWritten = plans.map((p) => p.sheet).filter((s) => !written.includes(s));
    return { ok: false, error, rolledBack, written: rolledBack ? [] : written, notWritten };
  }
}

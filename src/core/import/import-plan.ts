/**
 * From the merged ledgers to the plan the add-on paints, checked against every platform limit
 * before the first write (issue 11, "all or nothing"): a blocked cell, a workbook that would
 * grow past 10 million cells or properties over their quota stop the whole import with a
 * message, and nothing is written.
 */
import { msg, type Message } from '../i18n';
import type { ImportDraft, SheetDraft } from './importer';
import { cellsProblem, propertiesProblem, type PropertyWrite } from './limits';
import type { Blocked } from './merge';
import { a1Of, paintOps, PLAIN_TEXT, type SheetPaintPlan } from './write-plan';
import { AUTOMATIC_FORMAT } from './write-plan';

export interface PlanInput {
  /** Number formats the add-on read over each sheet's `formatArea`, by ledger. */
  formats: Partial<Record<'orders' | 'defects', readonly (readonly string[])[]>>;
  /** Cells in all sheets of the spreadsheet now (rows × columns of every grid). */
  cellsInUse: number;
  /** Document properties now, and what the import will set and remove. */
  properties: Readonly<Record<string, string>>;
  propertyWrites: readonly PropertyWrite[];
  propertyRemovals?: readonly string[];
  /** Bytes a writer's own store (Amazon's figures, in parts) will take, besides the writes. */
  propertyBytes?: number;
  /** Why that store would not fit, found by its owner (e.g. too many figures), or null. */
  propertyProblem?: Message | null;
}

export interface ImportPlan {
  /** Why nothing is written; null when the plan may be painted. */
  stop: Message | null;
  sheets: SheetPaintPlan[];
}

/** Cells a sheet the add-on inserts starts with (Sheets' default grid). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

function blockedMessage(sheet: string, blocked: readonly Blocked[]): Message {
  const first = blocked[0];
  const cell = `${sheet}!${a1Of(first.row, first.col)}`;
  const o = first.obstacle;
  const why =
    o.kind === 'spill' && o.source
      ? msg('import.blocked.spill', { source: `${sheet}!${a1Of(o.source.row, o.source.col)}` })
      : msg(
          o.kind === 'formula'
            ? 'import.blocked.formula'
            : o.kind === 'protected'
              ? 'import.blocked.protected'
              : o.kind === 'merged'
                ? 'import.blocked.merged'
                : 'import.blocked.formula',
        );
  return msg(blocked.length > 1 ? 'import.stop.blockedMany' : 'import.stop.blocked', {
    cell,
    why,
    more: blocked.length - 1,
  });
}

function growth(draft: SheetDraft, minRows: number, minColumns: number): number {
  if (draft.maxRows === 0 && !draft.changes.exists) {
    return Math.max(NEW_SHEET_ROWS, minRows) * Math.max(NEW_SHEET_COLUMNS, minColumns);
  }
  const rows = Math.max(draft.maxRows, minRows);
  const cols = Math.max(draft.maxColumns, minColumns);
  return rows * cols - draft.maxRows * draft.maxColumns;
}

/** The plan, or why it stops. Nothing in it has been written yet. */
export function planImport(draft: ImportDraft, input: PlanInput): ImportPlan {
  for (const s of draft.sheets) {
    if (s.blocked.length > 0) return { stop: blockedMessage(s.sheet, s.blocked), sheets: [] };
  }
  const sheets: SheetPaintPlan[] = [];
  let extraCells = 0;
  for (const s of draft.sheets) {
    const formats = input.formats[s.ledger];
    const area = s.formatArea;
    const formatAt = (r: number, c: number): string => {
      if (area && formats && r >= area.row && c >= area.col) {
        const f = formats[r - area.row]?.[c - area.col];
        if (f !== undefined) return f;
      }
      return AUTOMATIC_FORMAT;
    };
    const { forward, undo } = paintOps(s.changes, s.blocks, formatAt);
    let minRows = 0;
    let minColumns = 0;
    for (const b of s.blocks) {
      minRows = Math.max(minRows, b.row + b.rows);
      minColumns = Math.max(minColumns, b.col + b.cols);
    }
    extraCells += growth(s, minRows, minColumns);
    sheets.push({
      sheet: s.sheet,
      create: !s.changes.exists,
      minRows,
      minColumns,
      hideColumn: s.newFingerprintColumn === null ? null : s.newFingerprintColumn + 1,
      header: s.changes.exists ? null : { row: s.headerRow + 1, width: s.width },
      forward,
      undo,
      changedCells: s.changes.changedCount,
    });
  }
  const cells = cellsProblem(input.cellsInUse, extraCells);
  if (cells) return { stop: cells, sheets: [] };
  if (input.propertyProblem) return { stop: input.propertyProblem, sheets: [] };
  const properties = propertiesProblem(
    input.propertyWrites,
    input.properties,
    input.propertyRemovals ?? [],
    input.propertyBytes ?? 0,
  );
  if (properties) return { stop: properties, sheets: [] };
  return { stop: null, sheets };
}

export { PLAIN_TEXT };

/** What a merge writes, what blocks it, and what it reports. */
import type { SkippedRow } from './normalise';

/** What a written cell holds, for its number format. */
export type CellKind = 'text' | 'integer' | 'money' | 'number' | 'date' | 'dateTime';

/** Why a cell cannot be written (found by obstacles.ts from the sheet's formulas, merges, protections). */
export interface Obstacle {
  kind: 'formula' | 'spill' | 'protected' | 'merged';
  /** For a spill: the 0-based cell of the formula that fills it. */
  source?: { row: number; col: number };
}

export type ObstacleAt = (row: number, col: number) => Obstacle | null;

export interface Conflict {
  /** 0-based row and column in the sheet. */
  row: number;
  col: number;
  header: string;
  orderId: string;
  sheetValue: string;
  fileValue: string;
}

export interface Blocked {
  row: number;
  col: number;
  obstacle: Obstacle;
}

/**
 * What a merge counts and lists for a file's summary: declared once, for the merge's result and
 * for the importer's FileSummary.
 */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows the report had older news for: kept as the sheet has them. */
  older: number;
  /** Cells the seller typed that the file says otherwise: not changed, listed. */
  conflicts: Conflict[];
  skipped: SkippedRow[];
}

/** Nothing merged (yet): every count 0, every list empty. */
export function noMerge(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0, older: 0, conflicts: [], skipped: [] };
}

/** One file's merge, for its summary. */
export interface MergeResult extends MergeCounts {
  /** Cells this file would change that an obstacle blocks. */
  blocked: Blocked[];
}

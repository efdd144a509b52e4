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

/** One file's merge, for its summary. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows the report had older news for: kept as the sheet has them. */
  older: number;
  conflicts: Conflict[];
  skipped: SkippedRow[];
  /** Cells this file would change that an obstacle blocks. */
  blocked: Blocked[];
}

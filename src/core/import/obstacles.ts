/**
 * Cells a writer must never overwrite (issue 11): formulas, cells an array formula spills into,
 * protected ranges the user cannot edit and merged ranges. Built once per sheet from what the
 * add-on read; everything here is 0-based.
 */
import type { Obstacle, ObstacleAt } from './merge';

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A protection the user cannot edit: a range, or the whole sheet (area null) minus holes. */
export interface ProtectedArea {
  area: Area | null;
  unprotected: Area[];
}

/** What the add-on read of a sheet, besides its values, to find the obstacles. */
export interface SheetObstacleInput {
  /** getFormulas() of the data range ('' where no formula). */
  formulas: readonly (readonly string[])[];
  maxRows: number;
  maxColumns: number;
  merges: readonly Area[];
  protections: readonly ProtectedArea[];
}

const inside = (a: Area, row: number, col: number): boolean =>
  row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;

/**
 * Functions whose result can be an array that spills over the cells right of and below the
 * formula. Sheets has no API that tells a spilled cell, so the add-on treats every cell a
 * formula like these could fill as taken.
 */
const ARRAY_FUNCTION =
  /\b(ARRAYFORMULA|FILTER|SORTN?|UNIQUE|QUERY|IMPORTRANGE|IMPORTDATA|IMPORTHTML|IMPORTXML|IMPORTFEED|SPLIT|SEQUENCE|FLATTEN|TRANSPOSE|MMULT|MINVERSE|FREQUENCY|GOOGLEFINANCE|MAP|BYROW|BYCOL|MAKEARRAY|SCAN|HSTACK|VSTACK|CHOOSECOLS|CHOOSEROWS|TOCOL|TOROW|WRAPROWS|WRAPCOLS|LINEST|LOGEST|GROWTH|TREND|ODR_[A-Z_]+)\s*\(/i;
const RANGE_REF = /(?:^|[^A-Za-z0-9_$])\$?([A-Za-z]{1,3})\$?\d*:\$?([A-Za-z]{1,3})\$?\d*/g;
/** Widths of the add-on's own table functions (their header rows). */
const OWN_WIDTHS: Readonly<Record<string, number>> = {
  ODR_BREAKDOWN: 10,
  ODR_DEFECTS: 7,
  ODR_FORECAST: 5,
  ODR_ROOT_CAUSES: 4,
  ODR_CHECK: 1,
};

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** How many columns a formula's array result may take; 0 when it returns one value. */
export function spillWidth(formula: string): number {
  const body = formula.trim();
  if (!body.startsWith('=')) return 0;
  const own = /\b(ODR_[A-Z_]+)\s*\(/i.exec(body);
  if (own) return OWN_WIDTHS[own[1].toUpperCase()] ?? 1;
  const literal = /^=\s*\{([^;}]*)/.exec(body);
  const bareRange =
    /^=\s*(?:'[^']+'!|[A-Za-z0-9_]+!)?\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{1,3}\$?\d*\s*$/.test(body);
  if (!literal && !bareRange && !ARRAY_FUNCTION.test(body)) return 0;
  let width = literal ? literal[1].split(',').length : 1;
  RANGE_REF.lastIndex = 0;
  for (let m = RANGE_REF.exec(body); m; m = RANGE_REF.exec(body)) {
    width = Math.max(width, Math.abs(columnNumber(m[2]) - columnNumber(m[1])) + 1);
  }
  return width;
}

export class Obstacles {
  private readonly spills: { area: Area; source: { row: number; col: number } }[] = [];

  constructor(private readonly input: SheetObstacleInput) {
    input.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (f === '') return;
        const width = spillWidth(f);
        if (width === 0) return;
        this.spills.push({
          area: { row: r, col: c, rows: input.maxRows - r, cols: width },
          source: { row: r, col: c },
        });
      }),
    );
  }

  /** The obstacle at a cell, or null when the add-on may write there. */
  readonly obstacleAt: ObstacleAt = (row, col) => {
    const f = this.input.formulas[row]?.[col];
    if (f !== undefined && f !== '') return { kind: 'formula' };
    for (const s of this.spills) {
      if (inside(s.area, row, col)) return { kind: 'spill', source: s.source };
    }
    for (const m of this.input.merges) if (inside(m, row, col)) return { kind: 'merged' };
    for (const p of this.input.protections) {
      if (
        p.area === null ? !p.unprotected.some((u) => inside(u, row, col)) : inside(p.area, row, col)
      ) {
        return { kind: 'protected' };
      }
    }
    return null;
  };

  /** Whether the add-on may also write a cell that does not change (a blank inside a batch). */
  free(row: number, col: number): boolean {
    return this.obstacleAt(row, col) === null;
  }
}

/** An obstacle-free sheet: one the import creates. */
export const NO_OBSTACLES: ObstacleAt = (): Obstacle | null => null;

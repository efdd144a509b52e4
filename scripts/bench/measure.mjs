// What runs inside one bench child process: one measurement per process, so the memory
// high-water mark belongs to that measurement alone.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { generate } from './data.mjs';
import { countCalls, loadEmulator } from './emulator.mjs';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The machine's 1-minute load average, beside every figure taken. */
export function load1() {
  return loadavg()[0];
}

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function procStatus(field) {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Resets the kernel's peak-RSS mark (Linux ≥ 4.0), so VmHWM is the peak from here on. */
function resetPeak() {
  globalThis.gc?.();
  globalThis.gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Without it the peak includes data generation; the figure is then an upper bound.
  }
  return procStatus('VmRSS');
}

function heapAfterGc() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/** A bundle context as Apps Script gives it: built-ins and a quiet console only. */
function bundleContext(root) {
  const quiet = { log() {}, info() {}, warn() {}, error() {} };
  const ctx = vm.createContext({ console: quiet, Logger: { log() {} } });
  vm.runInContext(readFileSync(join(root, 'dist/Code.js'), 'utf8'), ctx, { filename: 'Code.js' });
  return ctx;
}

/** Generates the rows with Dates of the context's realm, and measures what they occupy. */
function inputFor(ctx, job) {
  const before = heapAfterGc();
  const data = generate(job.rows, job.defects, vm.runInContext('Date', ctx));
  const inputBytes = heapAfterGc() - before;
  return { ...data, inputBytes };
}

/** The lower bound: read each row's order id and date once, nothing else. */
const LOWER_BOUND_SRC = `(function lowerBound(table) {
  var chars = 0, time = 0;
  for (var r = 1; r < table.length; r++) {
    var row = table[r];
    chars += row[0].length;
    time += row[1].getTime();
  }
  return chars + time;
})`;

/** The floor for distinct orders: the same loop, each order id put in a Set. */
const DISTINCT_SRC = `(function distinctIds(table) {
  var ids = new Set(), time = 0;
  for (var r = 1; r < table.length; r++) {
    var row = table[r];
    ids.add(row[0]);
    time += row[1].getTime();
  }
  return ids.size + time;
})`;

/** Wall time per run and, beside it, this process's CPU time (what other processes cannot steal). */
function timeRuns(runs, fn) {
  const times = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(ms(t0));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu, result };
}

async function timeRunsAsync(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = await fn();
    times.push(ms(t0));
  }
  return { times, result };
}

/** What the parent compares with DuckDB: plain JSON, Dates as ISO days. */
function checkable(value) {
  if (!Array.isArray(value)) return value;
  return value.map((row) =>
    row.map((c) =>
      Object.prototype.toString.call(c) === '[object Date]' ? c.toISOString().slice(0, 10) : c,
    ),
  );
}

function checkOf(fn, result) {
  const check = checkable(result);
  switch (fn) {
    case 'ODR_DEFECTS':
      return { rows: check.length, ids: check.slice(1).map((r) => r[0]) };
    case 'ODR_FORECAST':
      return { rows: check.length, first: check[1] };
    case 'ODR_CHECK':
      return { summary: check[0][0], lines: check.length };
    case 'ODR_ROOT_CAUSES':
      return { counts: check.slice(1).map((r) => r[1]) };
    default:
      return check;
  }
}

function customFunction(root, job) {
  const ctx = bundleContext(root);
  const { orders, defects, inputBytes } = inputFor(ctx, job);
  const fn = ctx[job.fn];
  const loadBefore = load1();
  const base = resetPeak();
  // The first call is the one memory is measured on: a fresh execution, as Sheets runs it.
  const first = timeRuns(1, () => fn(orders, defects));
  const peakExtraBytes = procStatus('VmHWM') - base;
  const rest = timeRuns(job.runs - 1, () => fn(orders, defects));
  const times = [...first.times, ...rest.times];
  const cpu = [...first.cpu, ...rest.cpu];
  return {
    ms: Math.min(...times),
    median: median(times),
    cpuMs: Math.min(...cpu),
    times,
    peakExtraBytes,
    inputBytes,
    check: checkOf(job.fn, first.result),
    load: [loadBefore, load1()],
  };
}

function reference(root, job, src) {
  const ctx = bundleContext(root);
  const { orders, inputBytes } = inputFor(ctx, job);
  const loop = vm.runInContext(src, ctx);
  const loadBefore = load1();
  const base = resetPeak();
  const { times, cpu } = timeRuns(job.runs, () => loop(orders));
  return {
    ms: Math.min(...times),
    median: median(times),
    cpuMs: Math.min(...cpu),
    times,
    peakExtraBytes: procStatus('VmHWM') - base,
    inputBytes,
    load: [loadBefore, load1()],
  };
}

/** DuckDB: tables loaded (untimed), then the ODR query timed, min of the runs. */
async function duckdb(job) {
  const { loadDuckDb, prepareOdr, defectiveIds, distinctOrders } = await import('./duckdb.mjs');
  const { orders, defects } = generate(job.rows, job.defects);
  const t0 = process.hrtime.bigint();
  const db = await loadDuckDb(orders, defects);
  const loadMs = ms(t0);
  const run = await prepareOdr(db);
  await run(); // warm-up: DuckDB's first query pays for plan and buffer set-up
  const loadBefore = load1();
  const { times, result } = await timeRunsAsync(job.runs, run);
  const load = [loadBefore, load1()];
  const ids = await defectiveIds(db);
  const distinct = await distinctOrders(db);
  db.close();
  return {
    ms: Math.min(...times),
    median: median(times),
    times,
    loadMs,
    rows: result,
    ids,
    distinct,
    load,
  };
}

/**
 * Recalculation: the seven functions over the same ranges, one after another in one context
 * (each reads the rows again), against what a cache key costs: a fingerprint of every cell the
 * functions read (order id, purchase date, channel; the defects' id, type and status).
 */
const FINGERPRINT_SRC = `(function () { var imul = Math.imul, String = globalThis.String, Date = globalThis.Date;
return function fingerprint(orders, defects) {
  var h = 0x811c9dc5 | 0;
  function text(s) { for (var i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 16777619); }
  for (var r = 0; r < orders.length; r++) {
    var row = orders[r];
    text(String(row[0])); h = imul(h ^ (row[1] instanceof Date ? row[1].getTime() : 0), 16777619); text(String(row[3]));
  }
  for (r = 0; r < defects.length; r++) { var d = defects[r]; text(String(d[0])); text(String(d[1])); text(String(d[2])); }
  return h >>> 0;
}; })()`;

function recalc(root, job) {
  const ctx = bundleContext(root);
  const { orders, defects } = inputFor(ctx, job);
  const fingerprint = vm.runInContext(FINGERPRINT_SRC, ctx);
  const loadBefore = load1();
  const perFn = {};
  const totals = [];
  for (let i = 0; i < job.runs; i++) {
    let total = 0;
    for (const fn of job.fns) {
      const { times } = timeRuns(1, () => ctx[fn](orders, defects));
      perFn[fn] = Math.min(perFn[fn] ?? Infinity, times[0]);
      total += times[0];
    }
    totals.push(total);
  }
  const fp = timeRuns(job.runs, () => fingerprint(orders, defects));
  return {
    totalMs: Math.min(...totals),
    perFn,
    fingerprintMs: Math.min(...fp.times),
    load: [loadBefore, load1()],
  };
}

function bundleLoad(root, job) {
  const file = join(root, 'dist/Code.js');
  const source = readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < job.runs; i++) {
    const ctx = vm.createContext({ console });
    const t0 = process.hrtime.bigint();
    vm.runInContext(source, ctx, { filename: 'Code.js' });
    times.push(ms(t0));
  }
  return { ms: median(times), firstMs: times[0], times, bytes: statSync(file).size };
}

export async function runChild(root, job) {
  switch (job.kind) {
    case 'fn':
      return customFunction(root, job);
    case 'lower':
      return reference(root, job, LOWER_BOUND_SRC);
    case 'distinct':
      return reference(root, job, DISTINCT_SRC);
    case 'duckdb':
      return duckdb(job);
    case 'recalc':
      return recalc(root, job);
    case 'bundle':
      return bundleLoad(root, job);
    case 'calls':
      return countCalls(await loadEmulator(root), join(root, 'dist'), job.rows);
    default:
      throw new Error(`unknown bench job ${job.kind}`);
  }
}

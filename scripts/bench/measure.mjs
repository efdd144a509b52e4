// What runs inside one bench child process: one measurement per process, so the memory
// high-water mark belongs to that measurement alone.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { generate } from './data.mjs';
import { countCalls, loadEmulator } from './emulator.mjs';
import { defectiveIds, loadSqlite, prepareOdr } from './sqlite.mjs';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
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

function timeRuns(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(ms(t0));
  }
  return { times, result };
}

/** What the parent compares with SQLite: plain JSON, Dates as ISO days. */
function checkable(value) {
  if (!Array.isArray(value)) return value;
  return value.map((row) =>
    row.map((c) =>
      Object.prototype.toString.call(c) === '[object Date]' ? c.toISOString().slice(0, 10) : c,
    ),
  );
}

function customFunction(root, job) {
  const ctx = bundleContext(root);
  const { orders, defects, inputBytes } = inputFor(ctx, job);
  const fn = ctx[job.fn];
  const base = resetPeak();
  // The first call is the one memory is measured on: a fresh execution, as Sheets runs it.
  const first = timeRuns(1, () => fn(orders, defects));
  const peakExtraBytes = procStatus('VmHWM') - base;
  const rest = timeRuns(job.runs - 1, () => fn(orders, defects));
  const times = [...first.times, ...rest.times];
  let check = checkable(first.result);
  if (job.fn === 'ODR_DEFECTS') {
    check = { rows: check.length, ids: check.slice(1).map((r) => r[0]) };
  } else if (job.fn === 'ODR_FORECAST') {
    check = { rows: check.length, first: check[1] };
  }
  return { ms: median(times), times, peakExtraBytes, inputBytes, check };
}

function reference(root, job, src) {
  const ctx = bundleContext(root);
  const { orders, inputBytes } = inputFor(ctx, job);
  const loop = vm.runInContext(src, ctx);
  const base = resetPeak();
  const { times } = timeRuns(job.runs, () => loop(orders));
  return { ms: median(times), times, peakExtraBytes: procStatus('VmHWM') - base, inputBytes };
}

function sqlite(job) {
  const { orders, defects } = generate(job.rows, job.defects);
  const t0 = process.hrtime.bigint();
  const db = loadSqlite(orders, defects);
  const loadMs = ms(t0);
  const run = prepareOdr(db);
  const { times, result } = timeRuns(job.runs, run);
  const ids = defectiveIds(db);
  db.close();
  return { ms: median(times), times, loadMs, rows: result, ids };
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
    case 'sqlite':
      return sqlite(job);
    case 'bundle':
      return bundleLoad(root, job);
    case 'calls':
      return countCalls(await loadEmulator(root), join(root, 'dist'), job.rows);
    default:
      throw new Error(`unknown bench job ${job.kind}`);
  }
}

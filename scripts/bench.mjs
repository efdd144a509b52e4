// npm run bench: how fast the built custom functions are at the largest sellers' scale, against
// a plain loop (the lower bound) and SQLite (the analyst's peer), plus the bundle's load cost and
// the sidebar's SpreadsheetApp call counts. Prints one table and writes it to BENCHMARKS.md.
// Prints figures; never fails on timing. Fails loudly when our numbers differ from SQLite's.
//
// Every measurement runs in its own child process (fork of this file), so peak memory is that
// measurement's alone. Data is deterministic (scripts/bench/data.mjs), so every child sees the
// same rows.
//
// Usage: node scripts/bench.mjs [--sizes 10000,100000,1000000] [--runs 5] [--bundle-runs 50]
//          [--call-sizes 1000,100000] [--no-write] [--json] [--profile]
//        node scripts/bench.mjs --smoke --json   (10,000 rows, results only: the test's run)
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithSqlite } from './bench/compare.mjs';
import { OPERATIONS } from './bench/emulator.mjs';
import { median, runChild } from './bench/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FUNCTIONS = ['ODR', 'ODR_BREAKDOWN', 'ODR_DEFECTS', 'ODR_FORECAST'];
const DEFECT_SHARE = 0.02;
const MiB = 1024 * 1024;
const COLD_PROCESSES = 7;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);
const list = (text) => text.split(',').map(Number);

function runJob(job, { profile = false } = {}) {
  return new Promise((resolve, reject) => {
    const execArgv = ['--expose-gc', '--max-old-space-size=8192'];
    if (profile) execArgv.push('--cpu-prof', `--cpu-prof-dir=${join(root, 'build/profiles')}`);
    const proc = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, BENCH_JOB: JSON.stringify(job) },
      execArgv,
    });
    let answer;
    proc.on('message', (m) => (answer = m));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code === 0 && answer && !answer.error) resolve(answer);
      else reject(new Error(`bench job ${JSON.stringify(job)} failed: ${answer?.error ?? code}`));
    });
  });
}

const fmt = (n, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const msText = (ms) => (ms >= 100 ? `${fmt(ms)} ms` : `${fmt(ms, 1)} ms`);
const ratio = (x) => `${fmt(x, x < 10 ? 2 : 1)}×`;
const mib = (bytes) => `${fmt(bytes / MiB)} MiB`;
const met = (ok) => (ok ? 'met' : '**missed**');

async function measure(options) {
  const { sizes, runs, bundleRuns, callSizes, log } = options;
  const perSize = [];
  for (const rows of sizes) {
    const defects = Math.round(rows * DEFECT_SHARE);
    const base = { rows, defects, runs };
    const entry = { rows, defects, fns: {} };
    entry.lower = await runJob({ ...base, kind: 'lower' });
    entry.distinct = await runJob({ ...base, kind: 'distinct' });
    entry.sqlite = await runJob({ ...base, kind: 'sqlite', runs: Math.max(runs, 5) });
    for (const fn of FUNCTIONS) {
      entry.fns[fn] = await runJob({ ...base, kind: 'fn', fn }, { profile: options.profile });
      log(
        `${fn.padEnd(13)} ${fmt(rows).padStart(9)} rows: ${msText(entry.fns[fn].ms).padStart(9)}` +
          `  (lower bound ${msText(entry.lower.ms)}, SQLite ${msText(entry.sqlite.ms)})`,
      );
    }
    const ours = Object.fromEntries(FUNCTIONS.map((fn) => [fn, entry.fns[fn].check]));
    entry.problems = compareWithSqlite(ours, entry.sqlite);
    if (entry.problems.length > 0) {
      throw new Error(
        `At ${fmt(rows)} rows our results differ from SQLite's:\n  ${entry.problems.join('\n  ')}`,
      );
    }
    log(`${fmt(rows)} rows: our ODR family and SQLite agree.`);
    perSize.push(entry);
  }
  // Warm: later evaluations in one process (V8 reuses compiled code and regexps across
  // contexts). Cold: the first evaluation in a fresh process, as a fresh runtime pays it.
  const bundle = await runJob({ kind: 'bundle', runs: bundleRuns + 1 });
  const cold = [bundle.firstMs];
  for (let i = 1; i < COLD_PROCESSES; i++)
    cold.push((await runJob({ kind: 'bundle', runs: 1 })).firstMs);
  bundle.warmMs = median(bundle.times.slice(1));
  bundle.warmRuns = bundle.times.length - 1;
  bundle.coldMs = median(cold);
  bundle.coldRuns = cold.length;
  log(`bundle evaluation: warm ${msText(bundle.warmMs)}, cold ${msText(bundle.coldMs)}`);
  const calls = [];
  for (const rows of callSizes) calls.push({ rows, counts: await runJob({ kind: 'calls', rows }) });
  return { perSize, bundle, calls };
}

/** Which calls differ between the smallest and the largest workbook, for the targets section. */
function callDifference(calls, key) {
  const first = calls[0];
  const last = calls[calls.length - 1];
  const a = first.counts[key].detail;
  const b = last.counts[key].detail;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => (a[name] ?? 0) !== (b[name] ?? 0))
    .map(
      (name) =>
        `\`${name}\` ${a[name] ?? 0} at ${fmt(first.rows)} rows, ${b[name] ?? 0} at ${fmt(last.rows)}`,
    )
    .join('; ');
}

function callText(c) {
  return c === null ? null : `${c.total} (${c.reads} reads, ${c.writes} writes)`;
}

/** The one table, and the targets it is held to. */
function report(results, options) {
  const { perSize, bundle, calls } = results;
  const rows = [];
  const targets = [];
  const largest = perSize[perSize.length - 1];
  const atTarget = largest.rows >= 1_000_000;
  for (const fn of FUNCTIONS) {
    for (const entry of perSize) {
      const f = entry.fns[fn];
      const lower = f.ms / entry.lower.ms;
      const sqlite = f.ms / entry.sqlite.ms;
      const memory = f.peakExtraBytes / f.inputBytes;
      rows.push([
        `\`${fn}\` median time`,
        fmt(entry.rows),
        `${msText(f.ms)} (first call ${msText(f.times[0])}) · ${ratio(lower)} lower bound · ${ratio(sqlite)} SQLite · peak extra ${mib(f.peakExtraBytes)} = ${ratio(memory)} input`,
        entry === largest && atTarget ? '≤ 1 s; ≤ 3× lower bound; < 1× SQLite; ≤ 2× input' : '',
        entry === largest && atTarget
          ? [f.ms <= 1000, lower <= 3, sqlite < 1, memory <= 2].map(met).join(' / ')
          : '',
      ]);
    }
  }
  for (const entry of perSize) {
    rows.push([
      'Lower bound (read id + date per row)',
      fmt(entry.rows),
      `${msText(entry.lower.ms)}; with a \`Set\` of order ids ${msText(entry.distinct.ms)}`,
      '',
      '',
    ]);
  }
  for (const entry of perSize) {
    rows.push([
      'SQLite ODR query (tables pre-loaded, indexed)',
      fmt(entry.rows),
      `${msText(entry.sqlite.ms)} (loading + indexing, untimed: ${msText(entry.sqlite.loadMs)}); same numbers as ours`,
      '',
      '',
    ]);
  }
  for (const entry of perSize) {
    rows.push([
      'Input arrays (heap after generating − before)',
      fmt(entry.rows),
      mib(entry.fns.ODR.inputBytes),
      '',
      '',
    ]);
  }
  for (let i = 1; i < perSize.length; i++) {
    const a = perSize[i - 1];
    const b = perSize[i];
    const growth = FUNCTIONS.map((fn) => b.fns[fn].ms / a.fns[fn].ms);
    rows.push([
      `Linearity: time ×, ${fmt(a.rows)} → ${fmt(b.rows)} rows (${(b.rows / a.rows).toFixed(0)}× rows)`,
      fmt(b.rows),
      `${FUNCTIONS.map((fn, k) => `${fn} ${ratio(growth[k])}`).join(', ')}; reference: the lower-bound loop ${ratio(b.lower.ms / a.lower.ms)}, with a \`Set\` of ids ${ratio(b.distinct.ms / a.distinct.ms)}`,
      b.rows / a.rows === 10 ? '≤ 12×' : '',
      b.rows / a.rows === 10 ? met(growth.every((g) => g <= 12)) : '',
    ]);
  }
  rows.push([
    '`dist/Code.js` evaluation in a fresh `node:vm` context, warm (V8 caches hit)',
    '—',
    `${msText(bundle.warmMs)} median of ${bundle.warmRuns} in one process`,
    '≤ 30 ms',
    met(bundle.warmMs <= 30),
  ]);
  rows.push([
    '`dist/Code.js` evaluation in a fresh `node:vm` context, cold (first in a new process)',
    '—',
    `${msText(bundle.coldMs)} median of ${bundle.coldRuns} processes`,
    '≤ 30 ms',
    met(bundle.coldMs <= 30),
  ]);
  rows.push(['`dist/Code.js` size', '—', `${fmt(bundle.bytes / 1024)} KiB`, '', '']);
  const notes = [];
  for (const op of OPERATIONS) {
    const figures = calls.map((c) => callText(c.counts[op.key]));
    const missing = figures.some((f) => f === null);
    const equal = !missing && figures.every((f) => f === figures[0]);
    if (!missing && !equal) notes.push(`- ${op.label}: ${callDifference(calls, op.key)}.`);
    rows.push([
      `SpreadsheetApp calls: ${op.label}`,
      calls.map((c) => fmt(c.rows)).join(' / '),
      missing ? 'not yet measured (`importReports` is not in the bundle yet)' : figures.join(' / '),
      'equal at every size',
      missing ? 'not yet measured' : met(equal),
    ]);
  }
  if (atTarget) {
    targets.push(
      ...FUNCTIONS.map((fn) => {
        const f = largest.fns[fn];
        return `- \`${fn}\` at ${fmt(largest.rows)} rows + ${fmt(largest.defects)} defects: ${msText(f.ms)} (≤ 1 s ${met(f.ms <= 1000)}); ${ratio(f.ms / largest.lower.ms)} the lower bound (≤ 3× ${met(f.ms / largest.lower.ms <= 3)}; ${ratio(f.ms / largest.distinct.ms)} the same loop with a \`Set\` of ids); ${ratio(f.ms / largest.sqlite.ms)} SQLite's query (faster ${met(f.ms < largest.sqlite.ms)}); peak extra ${ratio(f.peakExtraBytes / f.inputBytes)} the input (≤ 2× ${met(f.peakExtraBytes <= 2 * f.inputBytes)}).`;
      }),
    );
  }
  for (let i = 1; i < perSize.length; i++) {
    const a = perSize[i - 1];
    const b = perSize[i];
    if (b.rows / a.rows !== 10) continue;
    const worst = Math.max(...FUNCTIONS.map((fn) => b.fns[fn].ms / a.fns[fn].ms));
    targets.push(
      `- Linear, ${fmt(a.rows)} → ${fmt(b.rows)} rows: at most ${ratio(worst)} the time (≤ 12× ${met(worst <= 12)}).`,
    );
  }
  const worstMemory = Math.max(
    ...perSize.flatMap((e) =>
      FUNCTIONS.map((fn) => e.fns[fn].peakExtraBytes / e.fns[fn].inputBytes),
    ),
  );
  targets.push(
    `- Peak extra memory at every size: at most ${ratio(worstMemory)} the input arrays (≤ 2× ${met(worstMemory <= 2)}).`,
    `- Bundle evaluation: warm ${msText(bundle.warmMs)}, cold ${msText(bundle.coldMs)} (≤ 30 ms: warm ${met(bundle.warmMs <= 30)}, cold ${met(bundle.coldMs <= 30)}).`,
  );
  if (notes.length > 0) {
    targets.push('- SpreadsheetApp calls not constant in rows:', ...notes.map((n) => `  ${n}`));
  }
  const table = [
    '| Measurement | Rows | Result | Target | Met |',
    '|---|---:|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return { table, targets, options };
}

/** What was tried where a target was missed; figures from the commits named. */
const SPEED_WORK = [
  '## Speed work and the gaps that remain',
  '',
  '- Hot path (commit “ODR hot path: typed-array id index …”): a CPU profile of `ODR` on',
  '  1,000,000 rows showed 41 % in `readOrders` (mostly the order-id `Map`), 30 % GC (the `Map`',
  '  rehashing as it grew, each major GC marking the 300 MiB input) and per-row global lookups',
  '  (`Date`, `Number.isNaN`, `Math.floor`), which are slow in a `node:vm` context. Now: an',
  '  open-addressing id index over one pre-sized `Int32Array`, built-ins bound once, no per-cell',
  '  closure for a column of `Date`s, a plain loop in `asTable`. Before → after, medians at',
  '  1,000,000 rows under load 4–5: `ODR` 1,322–1,552 → 339–345 ms, `ODR_BREAKDOWN` 1,407 → 519 ms,',
  '  `ODR_FORECAST` 2,074 → 737 ms; peak extra memory 74–81 → 27–28 MiB.',
  '- ≤ 3× the lower bound is out of reach for any exact count: ODR counts *distinct* orders, so',
  '  every order id must be hashed and looked up, which the lower-bound loop (read id and date)',
  '  does not do. The same loop merely adding each id to a `Set`, measured in the same run (the',
  '  lower-bound rows), is itself several times the lower bound; our time is compared with it in',
  '  the targets above.',
  '- Linearity from 100,000 to 1,000,000 rows sits near the 12× bound and varies run to run: at',
  '  100,000 rows the id index and the rows fit in the CPU caches, at 1,000,000 they do not (a',
  '  plain loop putting each id in a `Set` grows by a similar or larger factor; see the',
  '  linearity rows). Tried: storing each id’s hash beside its slot so probes past other ids do',
  '  not read their strings — ODR at 1,000,000 rows 294–323 → 280–282 ms median, within noise,',
  '  for 16 MB instead of 8 MB; not kept.',
  '- Bundle evaluation, cold: an earlier run measured 135 ms, ~70 % of a CPU profile in the',
  '  categoriser compiling its keyword regexes at load; commit 7d46ed4 (“Categoriser keywords',
  '  compiled on first use”) fixed it — the figure above is after that commit.',
  '- `writeActionPlan`: an earlier run at 100,000 rows (2,000 defects) found one extra',
  '  structural call (the plan outgrew the new sheet’s 1,000 rows: `insertRowsAfter`, two more',
  '  `getMaxRows`); commit 7d46ed4 sizes new sheets in one call, and the counts above are equal.',
  '- Timings on this shared 2-core machine vary run to run (other test suites run alongside): the',
  '  load average at start and end of this run is given above.',
];

function markdown({ table, targets }, options) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const command = `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim();
  return [
    '# Benchmarks',
    '',
    `Reproduce: \`npm run bench\` (builds \`dist/\`, then runs \`${command}\`).`,
    '',
    `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version};` +
      ` ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at start ${options.loadAtStart}, at end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}.`,
    '',
    'Method. The built `dist/Code.js` runs in a fresh `node:vm` context holding only built-ins (as',
    'Apps Script runs it), each measurement in its own process. Input: 2-D arrays as Sheets passes',
    'a range, one `Date` per date cell made in the bundle’s realm, one string per cell; seed 42,',
    'both channels (35 % Merchant), ~1.3 item rows per order (consecutive), 90 days of purchase',
    'times; defects = 2 % of rows (feedback 55 %, A-to-z 35 %, chargebacks 10 %; one in six',
    'with a status that excludes it — Removed, Denied, Withdrawn; some orders with two defects;',
    '0.5 % naming unknown orders). Times are the median of the runs; peak extra memory is the',
    'rise of the process’s resident-set high-water mark (reset via `/proc/self/clear_refs`) over',
    'its RSS just before the first call (a fresh execution, as Sheets runs each call; its time',
    'is shown too); input arrays are the heap used after generating the rows minus before',
    '(after GC). The lower bound is a plain loop in the same context reading each',
    'row’s order id and date once. SQLite (`better-sqlite3`, in memory) computes the same ODR per',
    'channel in one query (`scripts/bench/sqlite.mjs`) on pre-loaded, indexed tables; only the',
    'query is timed, and the bench fails if its numbers differ from ours. Call counts are',
    'SpreadsheetApp / Spreadsheet / Sheet / Range calls counted by the emulator (`tools/emulator`)',
    'on a workbook of that many order rows plus 2 % defects.',
    '',
    ...table,
    '',
    '## Targets',
    '',
    ...targets,
    '',
    ...SPEED_WORK,
    '',
  ].join('\n');
}

async function main() {
  const smoke = flag('smoke');
  const json = flag('json');
  const options = {
    sizes: list(option('sizes', smoke ? '10000' : '10000,100000,1000000')),
    runs: Number(option('runs', smoke ? '1' : '5')),
    bundleRuns: Number(option('bundle-runs', smoke ? '5' : '50')),
    callSizes: list(option('call-sizes', smoke ? '1000,5000' : '1000,100000')),
    profile: flag('profile'),
    loadAtStart: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    // Progress goes to stderr when stdout carries the JSON.
    log: json ? (line) => process.stderr.write(`${line}\n`) : (line) => console.log(line),
  };
  if (options.profile) mkdirSync(join(root, 'build/profiles'), { recursive: true });
  const results = await measure(options);
  const out = report(results, options);
  if (json) {
    const { perSize, bundle, calls } = results;
    console.log(
      JSON.stringify({
        sizes: perSize.map((e) => ({
          rows: e.rows,
          problems: e.problems,
          lowerBoundMs: e.lower.ms,
          sqliteMs: e.sqlite.ms,
          fns: Object.fromEntries(FUNCTIONS.map((fn) => [fn, e.fns[fn].ms])),
        })),
        bundleMs: bundle.warmMs,
        bundleColdMs: bundle.coldMs,
        calls,
      }),
    );
    return;
  }
  console.log(['', ...out.table, '', ...out.targets].join('\n'));
  if (!flag('no-write') && !smoke) {
    writeFileSync(join(root, 'BENCHMARKS.md'), markdown(out, options));
    console.log('\nWrote BENCHMARKS.md');
  }
}

if (process.env.BENCH_JOB) {
  try {
    process.send(await runChild(root, JSON.parse(process.env.BENCH_JOB)));
  } catch (error) {
    process.send({ error: error.stack ?? String(error) });
  }
} else {
  await main();
}

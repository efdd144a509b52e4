// npm run bench: times the built custom functions on synthetic seller data in an Apps Script-like
// V8 context and writes the figures to BENCHMARKS.md. Prints figures; never fails on timing.
//
// Each measurement runs in its own child process so peak memory (max RSS) is per function.
// Usage: node scripts/bench.mjs [--rows 1000000] [--defects 20000] [--runs 5] [--smoke]
import { execFileSync, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Deterministic PRNG (mulberry32) so every run sees the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic All Orders rows as Sheets would pass them: ~1.3 item rows per order, both
 * channels, 90 days of dates (so the window cuts), Dates of the bundle's realm.
 */
export function generate(rows, defectRows, DateCtor, seed = 42) {
  const rand = random(seed);
  const start = Date.UTC(2024, 0, 1);
  const orders = [['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku', 'quantity']];
  const ids = [];
  while (orders.length - 1 < rows) {
    const id = `${100 + Math.floor(rand() * 900)}-${String(ids.length).padStart(7, '0')}-${String(Math.floor(rand() * 1e7)).padStart(7, '0')}`;
    // Sheets hands over flat strings; a template literal builds a rope, so flatten it.
    const flat = Buffer.from(id, 'latin1').toString('latin1');
    ids.push(flat);
    const date = new DateCtor(start + Math.floor(rand() * 90) * 86_400_000);
    const channel = rand() < 0.6 ? 'Merchant' : 'Amazon';
    const items = rand() < 0.25 ? 2 : 1;
    for (let k = 0; k < items && orders.length - 1 < rows; k++) {
      orders.push([flat, date, channel, `SKU-${Math.floor(rand() * 500)}`, 1]);
    }
  }
  const types = ['Negative feedback', 'A-to-z claim', 'Chargeback'];
  const statuses = ['', 'Open', 'Granted', 'Denied', 'Closed'];
  const defects = [['Order ID', 'Type', 'Status', 'Defect date', 'Comment']];
  for (let i = 0; i < defectRows; i++) {
    const r = rand();
    const type = r < 0.58 ? types[0] : r < 0.98 ? types[1] : types[2];
    defects.push([
      ids[Math.floor(rand() * ids.length)],
      type,
      statuses[Math.floor(rand() * statuses.length)],
      '',
      'Item arrived late',
    ]);
  }
  return { orders, defects };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Child: load the bundle, build data in its realm, time one function. */
async function child() {
  const { fn, rows, defects: defectRows, runs } = JSON.parse(process.env.BENCH_JOB);
  const ctx = vm.createContext({ console });
  vm.runInContext(readFileSync(join(root, 'dist/Code.js'), 'utf8'), ctx);
  const { orders, defects } = generate(rows, defectRows, vm.runInContext('Date', ctx));
  globalThis.gc?.();
  const baseRss = process.resourceUsage().maxRSS;
  const heapBefore = process.memoryUsage().heapUsed;
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = ctx[fn](orders, defects);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const peakRss = process.resourceUsage().maxRSS;
  process.send({
    fn,
    ms: median(times),
    peakExtraMiB: (peakRss - baseRss) / 1024,
    inputMiB: (heapBefore - 0) / 1048576,
    result: Array.isArray(result) ? `${result.length} rows` : result,
  });
}

function runJob(job) {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, BENCH_JOB: JSON.stringify(job) },
      execArgv: ['--expose-gc', '--max-old-space-size=8192'],
    });
    proc.on('message', resolve);
    proc.on('error', reject);
    proc.on('exit', (code) => code !== 0 && reject(new Error(`bench child exited ${code}`)));
  });
}

async function main() {
  const rows = arg('rows', 1_000_000);
  const defects = arg('defects', 20_000);
  const runs = arg('runs', 5);
  const fns = ['ODR', 'ODR_BREAKDOWN', 'ODR_DEFECTS', 'ODR_FORECAST'];
  const results = [];
  for (const fn of fns) {
    const r = await runJob({ fn, rows, defects, runs });
    results.push(r);
    console.log(
      `${fn.padEnd(14)} ${rows} rows + ${defects} defects: ${r.ms.toFixed(0)} ms (median of ${runs}), peak extra ${r.peakExtraMiB.toFixed(0)} MiB, heap with input ${r.inputMiB.toFixed(0)} MiB → ${r.result}`,
    );
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    `Reproduce: \`npm run bench\` (builds, then runs \`node scripts/bench.mjs --rows ${rows} --defects ${defects} --runs ${runs}\`).`,
    '',
    `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'The built `dist/Code.js` runs in a fresh `node:vm` context (as Apps Script runs it) on 2-D arrays',
    'with `Date` objects, as Sheets passes a range. Data: deterministic (seed 42), both channels,',
    '~1.25 item rows per order, 90 days of purchase dates, defects mixed across the three types.',
    '',
    '| Function | Rows | Defect rows | Median time | Peak extra memory (max RSS) | Target |',
    '|---|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.fn} | ${rows.toLocaleString('en')} | ${defects.toLocaleString('en')} | ${r.ms.toFixed(0)} ms | ${r.peakExtraMiB.toFixed(0)} MiB | ≤ 1 s |`,
    ),
    '',
  ];
  writeFileSync(join(root, 'BENCHMARKS.md'), lines.join('\n'));
  console.log('Wrote BENCHMARKS.md');
  void execFileSync;
}

if (process.env.BENCH_JOB) await child();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

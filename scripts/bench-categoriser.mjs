// Times the categoriser (docs/categoriser.md): 20,000 categorisations of dev-corpus texts, the
// first categorisation after a cold start (keyword index, regexes, model), and the cold
// evaluation of the built bundle, each the minimum of several runs (the machine is shared).
// `npm run build` first; `node scripts/bench-categoriser.mjs [runs]`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const CALLS = 20000;

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const corpus = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/categorise/dev-corpus.json'), 'utf8'),
);
const TYPE = { feedback: 'negativeFeedback', atoz: 'atoz', chargeback: 'chargeback' };
const records = corpus.map((c) =>
  c.source === 'feedback'
    ? { type: 'negativeFeedback', comment: c.text, reason: '', category: '' }
    : { type: TYPE[c.source], comment: '', reason: c.text, category: '' },
);

if (process.argv[2] === '--child') {
  // One cold process: the first categorisation pays for the index, the regexes and the model.
  const { categoriseOrder } = await loadTypeScript(root, 'src/core/categorise/index.ts');
  let t0 = process.hrtime.bigint();
  categoriseOrder([records[0]]);
  const first = ms(t0);
  t0 = process.hrtime.bigint();
  for (const r of records) categoriseOrder([r]);
  const corpusPass = ms(t0);
  console.log(JSON.stringify({ first, corpusPass }));
  process.exit(0);
}

const { categoriseOrder } = await loadTypeScript(root, 'src/core/categorise/index.ts');
for (const r of records) categoriseOrder([r]); // warm: every regex a text can need is compiled
const times = [];
for (let run = 0; run < runs; run++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) categoriseOrder([records[i % records.length]]);
  times.push(ms(t0));
}
const cold = [];
for (let run = 0; run < runs; run++) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], {
    encoding: 'utf8',
  });
  cold.push(JSON.parse(out.trim().split('\n').pop()));
}
const source = readFileSync(join(root, 'dist/Code.js'), 'utf8');
const evaluation = [];
for (let run = 0; run < runs; run++) {
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      `const vm=require('node:vm');const s=require('node:fs').readFileSync(${JSON.stringify(join(root, 'dist/Code.js'))},'utf8');` +
        `const t=process.hrtime.bigint();vm.runInContext(s,vm.createContext({console}),{filename:'Code.js'});` +
        `console.log(Number(process.hrtime.bigint()-t)/1e6)`,
    ],
    { encoding: 'utf8' },
  );
  evaluation.push(Number(out.trim()));
}
const min = (a) => Math.min(...a);
const model = records.filter((r) => categoriseOrder([r]).basis === 'model').length;
console.log(`texts: ${records.length} (dev corpus), ${model} decided by the model`);
console.log(
  `${CALLS} categorisations, warm: min ${min(times).toFixed(0)} ms of ${runs} runs (${((min(times) / CALLS) * 1000).toFixed(1)} µs each); all runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
);
console.log(
  `first categorisation in a cold process: min ${min(cold.map((c) => c.first)).toFixed(1)} ms; whole corpus cold: min ${min(cold.map((c) => c.corpusPass)).toFixed(0)} ms`,
);
console.log(
  `dist/Code.js (${(source.length / 1024).toFixed(1)} KiB) cold evaluation: min ${min(evaluation).toFixed(1)} ms, all ${evaluation.map((t) => t.toFixed(1)).join(', ')} ms`,
);

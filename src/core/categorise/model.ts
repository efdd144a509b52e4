/**
 * A small multinomial naive-Bayes model beside the keyword rules (issue 12): trained on the dev
 * corpus (tests/fixtures/categorise/dev-corpus.json) by `node scripts/build-categoriser.mjs`,
 * its counts bundled in model-weights.ts. It is asked only when the rules find no complaint
 * words at all, and it answers only when one category is clearly ahead; otherwise the order
 * stays uncategorised. Measured on fresh texts the rules had not seen, this fallback turned
 * 13–36 of every ~125 misses into hits (docs/categoriser.md).
 *
 * Features: each word, the four-letter pieces of each word (so inflections and typos share
 * evidence: "reembolsaron" ~ "reembolso"), and the Chinese/Japanese characters one to three at
 * a time. A feature counts only if at least MIN_TEXTS training texts, and at most MAX_SHARE of
 * them, contain it; a rare one (in fewer than RARE_BELOW texts) only if most of its texts share a
 * category (RARE_MIN_SHARE): a rare feature spread over categories is mostly noise.
 */
import type { CategoryId } from './categories';
import { MODEL_WEIGHTS } from './model-weights';
import { normalise } from './normalise';

/** Classes in the weights' order: every category a text can be filed under. */
const CLASSES: readonly CategoryId[] = [
  'notReceived',
  'damaged',
  'notAsDescribed',
  'incomplete',
  'returnRefund',
  'service',
  'chargeback',
  'uncategorised',
];

/** A feature must occur in this many training texts to be kept (keeps the bundle small). */
const MIN_TEXTS = 3;
/** …and in at most this share of them: words like "the", "lo", "的" say nothing about the category. */
const MAX_SHARE = 0.05;
/**
 * A feature in fewer texts than this is kept only when three in four of its texts (or more)
 * have one category. Chosen by 5-fold cross-validation on the dev texts (docs/categoriser.md):
 * it keeps the weights at the size they had before dev batch 2 and the probes were added, for
 * about one answer in 50 of those the model gives (docs/categoriser.md).
 */
const RARE_BELOW = 8;
const RARE_MIN_SHARE = 0.75;
/**
 * The winner must lead the runner-up by this much (natural log of the likelihood ratio). Chosen
 * on five fresh batches, each scored by the rules and a model as they stood before the batch
 * was written: margins 1–3 did about equally well, higher ones lost hits (docs/categoriser.md).
 */
export const MIN_MARGIN = 2;

const WORD = /[a-z0-9\u00df-\u024f']+/g;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

/** The features of an already normalised text, with repeats (a multinomial model counts them). */
export function textFeatures(norm: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const w = m[0];
    out.push(`w:${w}`);
    const padded = ` ${w} `;
    for (let k = 0; k + 4 <= padded.length; k++) out.push(`g:${padded.slice(k, k + 4)}`);
  }
  CJK_RUN.lastIndex = 0;
  for (let m = CJK_RUN.exec(norm); m; m = CJK_RUN.exec(norm)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      for (let k = 1; k <= 3 && i + k <= run.length; k++) out.push(`c:${run.slice(i, i + k)}`);
    }
  }
  return out;
}

export interface TrainingText {
  text: string;
  category: CategoryId;
}

/**
 * Trains the model and encodes it as the text model-weights.ts holds: a header line
 * `v2|<texts per class>|<features per class>|<vocabulary size>`, then one line per feature in
 * sorted order, `<shared><rest><TAB>class:count,…`: the feature is written as how many leading
 * characters it shares with the previous one (one base-36 digit) and the rest (front coding
 * keeps the bundle small); classes by index, counts in base 36, zero counts left out.
 */
export function trainModel(corpus: readonly TrainingText[]): string {
  const documents = new Map<string, number>();
  /** Per feature, the most texts of one category that contain it. */
  const byCategory = new Map<string, Map<CategoryId, number>>();
  const featuresOf = corpus.map((t) => textFeatures(normalise(t.text).norm));
  featuresOf.forEach((fs, i) => {
    for (const f of new Set(fs)) {
      documents.set(f, (documents.get(f) ?? 0) + 1);
      const row = byCategory.get(f) ?? new Map<CategoryId, number>();
      row.set(corpus[i].category, (row.get(corpus[i].category) ?? 0) + 1);
      byCategory.set(f, row);
    }
  });
  const most = MAX_SHARE * corpus.length;
  const concentrated = (f: string, n: number): boolean =>
    Math.max(...(byCategory.get(f) as Map<CategoryId, number>).values()) >= RARE_MIN_SHARE * n;
  const kept = [...documents]
    .filter(([f, n]) => n >= MIN_TEXTS && n <= most && (n >= RARE_BELOW || concentrated(f, n)))
    .map(([f]) => f);
  kept.sort();
  const keep = new Set(kept);
  const texts = CLASSES.map(() => 0);
  const totals = CLASSES.map(() => 0);
  const counts = new Map<string, number[]>();
  corpus.forEach((t, i) => {
    const c = CLASSES.indexOf(t.category);
    if (c < 0) throw new Error(`unknown category ${t.category}`);
    texts[c]++;
    for (const f of featuresOf[i]) {
      if (!keep.has(f)) continue;
      const row = counts.get(f) ?? CLASSES.map(() => 0);
      row[c]++;
      counts.set(f, row);
      totals[c]++;
    }
  });
  const lines = [`v2|${texts.join(',')}|${totals.join(',')}|${kept.length}`];
  let previous = '';
  for (const f of kept) {
    const row = counts.get(f) as number[];
    const cells = row.flatMap((n, c) => (n > 0 ? [`${c}:${n.toString(36)}`] : []));
    let shared = 0;
    while (shared < 35 && shared < f.length && f[shared] === previous[shared]) shared++;
    lines.push(`${shared.toString(36)}${f.slice(shared)}\t${cells.join(',')}`);
    previous = f;
  }
  return lines.join('\n');
}

interface Model {
  /** Log prior per class. */
  prior: number[];
  /** Log probability per class of a feature seen in training but not with that class. */
  unseen: number[];
  /** Log probability per class of each kept feature. */
  logp: Map<string, Float64Array>;
}

function parseModel(encoded: string): Model {
  const lines = encoded.split('\n');
  const [version, textsPart, totalsPart, vocabPart] = lines[0].split('|');
  if (version !== 'v2') throw new Error('categoriser model: unknown format');
  const texts = textsPart.split(',').map(Number);
  const totals = totalsPart.split(',').map(Number);
  const vocabulary = Number(vocabPart);
  const all = texts.reduce((a, b) => a + b, 0);
  const prior = texts.map((n) => Math.log(n / all));
  const denominator = totals.map((t) => Math.log(t + vocabulary));
  const unseen = denominator.map((d) => -d);
  const logp = new Map<string, Float64Array>();
  let previous = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const tab = line.indexOf('\t');
    const feature = previous.slice(0, parseInt(line[0], 36)) + line.slice(1, tab);
    const row = Float64Array.from(unseen);
    for (const cell of line.slice(tab + 1).split(',')) {
      const [c, n] = cell.split(':');
      row[Number(c)] = Math.log(parseInt(n, 36) + 1) - denominator[Number(c)];
    }
    logp.set(feature, row);
    previous = feature;
  }
  return { prior, unseen, logp };
}

/** Parsed on first use: most custom-function calls never categorise anything. */
let model: Model | null = null;

export interface ModelGuess {
  category: CategoryId;
  /** How far the winner leads the runner-up (natural log). */
  margin: number;
  /** The words that pulled most towards the winner, as written (at most three). */
  words: string[];
}

/** The model's answer for a text, or null when no category is clearly ahead. */
export function guessCategory(text: string, weights: string = MODEL_WEIGHTS): ModelGuess | null {
  if (weights === MODEL_WEIGHTS) model ??= parseModel(MODEL_WEIGHTS);
  const m = weights === MODEL_WEIGHTS ? (model as Model) : parseModel(weights);
  const { norm, from } = normalise(text);
  const features = textFeatures(norm).filter((f) => m.logp.has(f));
  if (features.length === 0) return null;
  const score = m.prior.slice();
  for (const f of features) {
    const row = m.logp.get(f) as Float64Array;
    for (let c = 0; c < score.length; c++) score[c] += row[c];
  }
  const order = score.map((_, c) => c).sort((a, b) => score[b] - score[a]);
  const [best, second] = order;
  const margin = score[best] - score[second];
  if (margin < MIN_MARGIN) return null;
  return { category: CLASSES[best], margin, words: evidence(text, norm, from, m, best, second) };
}

/** The whole words of the text that favour `best` over `second` most, in the buyer's spelling. */
function evidence(
  text: string,
  norm: string,
  from: number[],
  m: Model,
  best: number,
  second: number,
): string[] {
  const pull: { start: number; end: number; gain: number }[] = [];
  const consider = (feature: string, start: number, end: number): void => {
    const row = m.logp.get(feature);
    if (row && row[best] - row[second] > 0)
      pull.push({ start, end, gain: row[best] - row[second] });
  };
  // Short Latin words ("it", "lo", "une") mean little to a reader even when they tip the
  // model: the evidence shows words of four letters or more.
  WORD.lastIndex = 0;
  for (let w = WORD.exec(norm); w; w = WORD.exec(norm)) {
    if (w[0].length >= 4) consider(`w:${w[0]}`, w.index, w.index + w[0].length);
  }
  CJK_RUN.lastIndex = 0;
  for (let r = CJK_RUN.exec(norm); r; r = CJK_RUN.exec(norm)) {
    for (let i = 0; i + 2 <= r[0].length; i++) {
      consider(`c:${r[0].slice(i, i + 2)}`, r.index + i, r.index + i + 2);
    }
  }
  pull.sort((a, b) => b.gain - a.gain || a.start - b.start);
  const words: string[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const p of pull) {
    if (words.length === 3) break;
    if (taken.some((t) => p.start < t.end && t.start < p.end)) continue;
    taken.push(p);
    words.push(text.slice(from[p.start], from[p.end]));
  }
  return words;
}

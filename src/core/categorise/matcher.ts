/**
 * Complaint categories for the plan of action (odr-rules §5, issue 4): each defective order gets
 * one category from its claim / chargeback reason and the buyer's comment, by keyword rules in
 * English, German, French, Spanish, Italian, Japanese and Chinese. When unsure it stays
 * `uncategorised`: a category is never a guess presented as fact. The seller's own category
 * (the defects table's category column) always wins.
 *
 * Rules, in order:
 * 1. A recognised seller override on any of the order's defect records decides.
 * 2. Keyword matches score per category: a match in a reason counts 2 (a claim or chargeback
 *    reason is Amazon's or the bank's own classification), a match in a comment counts 1.
 *    The best category wins when it scores at least twice the runner-up; otherwise the
 *    signals are mixed and the order stays `uncategorised`.
 * 3. A chargeback whose words give no clear category goes to `chargeback` (a chargeback saying
 *    "item not received" is a not-received problem in substance, so rule 2 comes first).
 * 4. Anything else is `uncategorised`.
 *
 * Negation is handled where it is cheap: "not damaged", "keine Kratzer", "没有损坏",
 * "壊れていない" do not count; "arrived on time, but broken" is damaged only.
 */
import { allMatches } from '../engine/regex';
import type { DefectType } from '../engine/types';

import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  THEME_CATEGORY,
  type CategoryId,
  type TextCategory,
  type ThemeId,
} from './categories';
import { KEYWORDS, type Lang } from './keywords';
import { OVERRIDE_ALIASES } from './override-aliases';

/** Words that negate what follows them in the same clause (Latin-script languages). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinerlei',
  'ohne',
  'nie',
  'niemals',
  'pas',
  'sans',
  'aucun',
  'aucune',
  'jamais',
  'sin',
  'nunca',
  'ningun',
  'ninguna',
  'ninguno',
  'non',
  'senza',
  'mai',
  'nessun',
  'nessuna',
  'nessuno',
]);
/** English contractions: "don't", "didnt", "wasn't", "won't" … */
const CONTRACTION = "(?:do|does|did|is|was|are|were|has|have|had|wo|ca|could|would|should)n'?t";
const NOT_WORD = `(?:not|cannot|${CONTRACTION})`;
const CONTRACTION_RE = new RegExp(`^${CONTRACTION}$`);
/** Words and marks that end a clause: a negation does not reach past them. */
const CLAUSE_BREAK =
  /[.,;:!?()\n\u3001\u3002\uff0c\uff01\uff1f]|\b(?:but|and|however|although|though|aber|und|jedoch|doch|sondern|mais|et|pero|y|sino|ma|e|&)\b/g;
const ZH_NEGATION_BEFORE = /[没未不无非别]有?$/;
/** Japanese negates after the stem: 壊れていない, 破損なし, 傷もなく. */
// Built from normalised text: the matcher sees "ず" as "す" + a combining mark (NFKD).
const JA_NEGATION_AFTER = new RegExp(
  '^(?:し|は|が|も)?(?:て|で)?(?:い|お)?(?:ない|なく|ません|なかった|ず|なし|無し|無く|ありません)'.normalize(
    'NFKD',
  ),
);
const JA_NEGATION_IN_PHRASE = new RegExp(
  'ない|なく|ません|なかった|ず|未|不|無|な$'.normalize('NFKD'),
);
const ZH_NEGATION_IN_PHRASE = /[没未不无非]/;

/** Lower case, accents and width folded, curly quotes straightened; keeps an index map back. */
function normalise(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    let n = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (/[\u2018\u2019\u02bc`´]/.test(n)) n = "'";
    for (let k = 0; k < n.length; k++) from.push(i);
    norm += n;
    i += ch.length;
  }
  from.push(text.length);
  return { norm, from };
}

function normaliseKeyword(phrase: string): string {
  return normalise(phrase).norm;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CompiledKeyword {
  theme: ThemeId;
  lang: Lang;
  phrase: string;
  re: RegExp;
  /** The phrase carries its own negation ("not received", "未收到"): no negation check. */
  negative: boolean;
  /** Phrases with gaps are tried after the plain ones, so a plain phrase wins an overlap. */
  gapped: boolean;
  /** Text every match contains: a cheap `includes` skips most regexes (thousands of comments). */
  anchor: string;
}

function anchorOf(norm: string, cjk: boolean): string {
  if (cjk) return norm;
  const literal = norm
    .split(/\s+/)
    .filter((w) => w !== '+' && w !== 'not' && !w.includes('|'))
    .map((w) => w.replace(/\*$/, ''));
  return literal.reduce((best, w) => (w.length > best.length ? w : best), '');
}

const LETTER = '[\\p{L}\\p{N}]';

function compileLatin(phrase: string): RegExp {
  const words = normaliseKeyword(phrase).split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let pendingGap = false;
  for (const word of words) {
    if (word === '+') {
      pendingGap = true;
      continue;
    }
    const alternatives = word.split('|').map((w) => {
      if (w === 'not') return NOT_WORD;
      const stem = w.endsWith('*');
      const body = escapeRegExp(stem ? w.slice(0, -1) : w).replace(/\\\*/g, `${LETTER}*`);
      return stem ? `${body}${LETTER}*` : body;
    });
    const token = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0];
    if (parts.length > 0) {
      parts.push(pendingGap ? `[\\s'-]+(?:[\\p{L}\\p{N}']+\\s+){0,3}` : `[\\s'-]+`);
    }
    parts.push(token);
    pendingGap = false;
  }
  return new RegExp(`(?<!${LETTER})${parts.join('')}(?!${LETTER})`, 'gu');
}

function isLatinNegated(words: string): boolean {
  return words.split(/\s+/).some((w) => NEGATORS.has(w) || CONTRACTION_RE.test(w));
}

/**
 * The keyword table compiled to regexes on first use, not at load: every custom-function call
 * evaluates the whole bundle, and only the categoriser's callers should pay for ~1,000 Unicode
 * regexes (the benchmark measured the eager version at ~70 % of a cold bundle evaluation).
 */
let compiled: readonly CompiledKeyword[] | null = null;

function compiledKeywords(): readonly CompiledKeyword[] {
  compiled ??= compileKeywords();
  return compiled;
}

function compileKeywords(): readonly CompiledKeyword[] {
  const list: CompiledKeyword[] = [];
  for (const theme of Object.keys(KEYWORDS) as ThemeId[]) {
    const byLang = KEYWORDS[theme];
    for (const lang of Object.keys(byLang) as Lang[]) {
      for (const phrase of byLang[lang] ?? []) {
        const cjk = lang === 'ja' || lang === 'zh';
        const norm = normaliseKeyword(phrase);
        list.push({
          theme,
          lang,
          phrase,
          re: cjk ? new RegExp(escapeRegExp(norm), 'gu') : compileLatin(phrase),
          negative: cjk
            ? (lang === 'ja' ? JA_NEGATION_IN_PHRASE : ZH_NEGATION_IN_PHRASE).test(norm)
            : isLatinNegated(norm.replace(/[|*+]/g, ' ')),
          gapped: !cjk && /(^|\s)\+(\s|$)/.test(phrase),
          anchor: anchorOf(norm, cjk),
        });
      }
    }
  }
  return list;
}

export type TextSource = 'reason' | 'comment' | 'override';

/** One keyword found in the seller's data, as the buyer or the claim wrote it. */
export interface KeywordMatch {
  /** The matched words as written in the source text. */
  text: string;
  theme: ThemeId;
  category: TextCategory;
  source: TextSource;
}

function negatedBefore(norm: string, start: number): boolean {
  const before = norm.slice(Math.max(0, start - 60), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  const words = before.slice(clauseStart).match(/[\p{L}\p{N}']+/gu) ?? [];
  return isLatinNegated(words.slice(-3).join(' '));
}

/** Finds the keywords in one text: longest plain phrases first, no two matches overlapping. */
export function findKeywords(text: string, source: TextSource): KeywordMatch[] {
  if (!text) return [];
  const { norm, from } = normalise(text);
  interface Candidate {
    start: number;
    end: number;
    keyword: CompiledKeyword;
  }
  const candidates: Candidate[] = [];
  for (const keyword of compiledKeywords()) {
    if (!norm.includes(keyword.anchor)) continue;
    for (const m of allMatches(norm, keyword.re)) {
      const start = m.index ?? 0;
      candidates.push({ start, end: start + m[0].length, keyword });
    }
  }
  candidates.sort(
    (a, b) =>
      Number(a.keyword.gapped) - Number(b.keyword.gapped) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken: Candidate[] = [];
  const matches: { start: number; match: KeywordMatch }[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
    const k = c.keyword;
    if (!k.negative) {
      if (k.lang === 'zh' && ZH_NEGATION_BEFORE.test(norm.slice(Math.max(0, c.start - 2), c.start)))
        continue;
      if (k.lang === 'ja' && JA_NEGATION_AFTER.test(norm.slice(c.end, c.end + 8))) continue;
      if (k.lang !== 'zh' && k.lang !== 'ja' && negatedBefore(norm, c.start)) continue;
    }
    matches.push({
      start: c.start,
      match: {
        text: text.slice(from[c.start], from[c.end]),
        theme: k.theme,
        category: THEME_CATEGORY[k.theme],
        source,
      },
    });
  }
  matches.sort((a, b) => a.start - b.start);
  return matches.map((m) => m.match);
}

function aliasKey(text: string): string {
  return normalise(text)
    .norm.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIAS_MAP: ReadonlyMap<string, CategoryId> = (() => {
  const map = new Map<string, CategoryId>();
  for (const id of CATEGORY_IDS) {
    const forms = [id, CATEGORY_LABELS[id].en, CATEGORY_LABELS[id].zh, ...OVERRIDE_ALIASES[id]];
    for (const form of forms) map.set(aliasKey(form), id);
    map.set(aliasKey(id.replace(/[A-Z]/g, (c) => ` ${c}`)), id);
    for (const part of CATEGORY_LABELS[id].en.split('/')) map.set(aliasKey(part), id);
    for (const part of CATEGORY_LABELS[id].zh.split('/')) map.set(aliasKey(part), id);
  }
  return map;
})();

/**
 * Reads the seller's category column: an id, an English or Chinese label or a loose form
 * ("late", "wrong item", "未收到"); failing that, words the keyword rules place in exactly one
 * category ("arrived broken"). Null when blank or not understood.
 */
export function readCategoryOverride(text: string): CategoryId | null {
  const key = aliasKey(text);
  if (key === '') return null;
  const direct = ALIAS_MAP.get(key) ?? ALIAS_MAP.get(key.replace(/\s+/g, ''));
  if (direct) return direct;
  const categories = new Set(findKeywords(text, 'override').map((m) => m.category));
  return categories.size === 1 ? [...categories][0] : null;
}

export type CategoryBasis =
  /** The seller's category column. */
  | 'override'
  /** Keywords in the reason and comment point clearly to one category. */
  | 'keywords'
  /** A chargeback whose words name no clear category (rule 3). */
  | 'chargeback'
  /** No keyword at all. */
  | 'noKeywords'
  /** Keywords of several categories, none clearly ahead. */
  | 'mixedSignals';

export interface Categorisation {
  category: CategoryId;
  basis: CategoryBasis;
  /** Every keyword found, also those of the categories that lost: the evidence. */
  matched: KeywordMatch[];
  /** The categories keywords pointed to, best first, with their scores. */
  scores: { category: TextCategory; score: number }[];
  /** An override the seller typed that could not be read, so the keywords decided. */
  unreadOverride: string | null;
}

/** What categorising needs from a defect record (`DefectRecord` has all of it). */
export interface CategoryInput {
  type: DefectType;
  comment: string;
  reason: string;
  category: string;
}

const REASON_WEIGHT = 2;
const COMMENT_WEIGHT = 1;

/**
 * Categorises one defective order from all its counting defect records (an order with a
 * negative feedback and an A-to-z claim is one defective order, odr-rules §1).
 */
export function categoriseOrder(records: readonly CategoryInput[]): Categorisation {
  let override: CategoryId | null = null;
  let unreadOverride: string | null = null;
  for (const r of records) {
    const text = r.category.trim();
    if (text === '') continue;
    const id = readCategoryOverride(text);
    if (id && !override) override = id;
    if (!id && unreadOverride === null) unreadOverride = text;
  }
  // Records of one row share its texts; each distinct text is read once.
  const reasons = [...new Set(records.map((r) => r.reason.trim()).filter(Boolean))];
  const comments = [...new Set(records.map((r) => r.comment.trim()).filter(Boolean))];
  const matched = [
    ...reasons.flatMap((t) => findKeywords(t, 'reason')),
    ...comments.flatMap((t) => findKeywords(t, 'comment')),
  ];
  const scoreOf = new Map<TextCategory, number>();
  const counted = new Set<string>();
  for (const m of matched) {
    const key = `${m.source}\u0000${m.category}\u0000${m.text.toLowerCase()}`;
    if (counted.has(key)) continue; // "broken, broken, broken" is one signal
    counted.add(key);
    const weight = m.source === 'reason' ? REASON_WEIGHT : COMMENT_WEIGHT;
    scoreOf.set(m.category, (scoreOf.get(m.category) ?? 0) + weight);
  }
  const scores = [...scoreOf]
    .map(([category, score]) => ({ category, score }))
    .sort(
      (a, b) =>
        b.score - a.score || CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category),
    );
  const base = { matched, scores, unreadOverride: override ? null : unreadOverride };
  if (override) return { category: override, basis: 'override', ...base };
  const [best, second] = scores;
  if (best && (!second || best.score >= 2 * second.score)) {
    return { category: best.category, basis: 'keywords', ...base };
  }
  if (records.some((r) => r.type === 'chargeback')) {
    return { category: 'chargeback', basis: 'chargeback', ...base };
  }
  return { category: 'uncategorised', basis: best ? 'mixedSignals' : 'noKeywords', ...base };
}

/** Categorises a single defect record. */
export function categoriseDefect(record: CategoryInput): Categorisation {
  return categoriseOrder([record]);
}

/** Categorises free text as a comment (handy for tests and the sidebar). */
export function categoriseText(comment: string, reason = ''): Categorisation {
  return categoriseOrder([{ type: 'negativeFeedback', comment, reason, category: '' }]);
}

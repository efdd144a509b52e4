/**
 * Complaint categories for the plan of action (docs/rules.md §5, issue 4, issue 12): each defective
 * order gets one category from its claim / chargeback reason and the buyer's comment, by
 * keyword rules in English, German, French, Spanish, Italian, Japanese and Chinese
 * (docs/categoriser.md). The seller's own category (the defects table's category column)
 * always wins.
 *
 * Rules, in order:
 * 1. A recognised seller override on any of the order's defect records decides.
 * 2. Otherwise the main complaint decides. The words of a claim or chargeback reason (Amazon's
 *    or the bank's own classification) are read first; the comment decides only when the
 *    reasons name nothing. Among the complaints a text names, the one that made the order fail
 *    wins (the labelling guidelines' precedence):
 *    a. never arrived / shown delivered but not there → not received (unless only part came);
 *    b. a refund or return not handled → return or refund;
 *    c. a product problem (damaged, not as described, incomplete) → the one with the most
 *       words, the first named on a tie;
 *    d. late or tracking only → not received;
 *    e. service or seller conduct, only when nothing above is named.
 *    Weak words ("cheap", "still waiting") count only when no ordinary word is found.
 * 3. No complaint words at all (none negated, no neutral term such as "never again" or "Late
 *    presentment"): the small model of model.ts may recognise the complaint in a comment or a
 *    claim reason when one category is clearly ahead (never in a bank's reason).
 * 4. A chargeback whose words name no category goes to `chargeback`.
 * 5. Nothing named: `uncategorised`.
 *
 * Negation: a phrase governed by a negation is dropped — in Latin-script languages a negating
 * word among the three words before it in the same clause ("not damaged", "kein Schaden",
 * "ni cassé"), in Chinese a 没/未/不/无/非 right before it (没有损坏), in Japanese a negating
 * ending right after it (壊れていない, 破損なし). "The item itself was fine" takes back damage.
 * The words that decided are returned with every categorisation (`decisive`).
 */
import type { DefectType } from '../engine/types';

import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  THEME_CATEGORY,
  type CategoryId,
  type TextCategory,
  type ThemeId,
} from './categories';
import { KEYWORD_INDEX } from './keyword-index';
import type { Lang } from './keywords';
import { guessCategory } from './model';
import { normalise } from './normalise';
import { OVERRIDE_ALIASES } from './override-aliases';
import { lazy } from '../engine/lazy';

// ---------------------------------------------------------------------------------------------
// Phrase compilation (keywords.ts documents the syntax)
// ---------------------------------------------------------------------------------------------

/** A letter or digit after normalisation (accents are gone; CJK counts as a word break). */
const W = '[a-z0-9\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';
const SEP = `[\\s'"\\-/$\u00a3\u20ac%*()]+`;
/**
 * A word a `+` gap may pass over: any but "but" and its kin, so a phrase never joins words of
 * two contrasted clauses ("recipient not available" but I work from home ≠ "not … work").
 */
const GAP_WORD =
  "(?!(?:but|however|although|though|aber|jedoch|sondern|mais|pourtant|cependant|pero|sino|tuttavia)(?![a-z0-9\\u00df-\\u024f]))[a-z0-9\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff']+";
/** A number, with a unit stuck to it ("128gb", "500ml"), or a number word up to twelve. */
const NUM =
  '(?:\\d+(?:[.,]\\d+)?[a-z]{0,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'ein|eine|einen|einer|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|' +
  'un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|' +
  'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|' +
  'due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)';
const CONTRACTION =
  "(?:do|does|did|is|was|are|were|has|have|had|wo|ca|could|would|should|ai|must|need)n'?t";
const NOT_WORD = `(?:not|never|cannot|${CONTRACTION})`;
const CONTRACTION_RE = new RegExp(`^${CONTRACTION}$`);

/** Words that negate what follows them in the same clause (Latin-script languages). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'nothing',
  'nothin',
  'nuthin',
  'none',
  'nor',
  'neither',
  'zero',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
  'keines',
  'keinerlei',
  'ohne',
  'nie',
  'niemals',
  'nichts',
  'weder',
  'pas',
  'sans',
  'aucun',
  'aucune',
  'jamais',
  'ni',
  'rien',
  'ne',
  'sin',
  'nunca',
  'ningun',
  'ninguna',
  'ninguno',
  'nada',
  'non',
  'senza',
  'mai',
  'nessun',
  'nessuna',
  'nessuno',
  'niente',
  'nulla',
]);

/**
 * Words and marks that end a clause: a negation does not reach past them. "Just", "only",
 * "seulement"… also end its scope: "nothing broken just the wrong colour", "pas cassé, juste
 * trop petit", "not only late but broken" negate the first complaint, not the one after.
 */
const CLAUSE_BREAK =
  /[.,;:!?()\n\u3001\u3002]|\b(?:but|and|however|although|though|yet|just|only|simply|merely|rather|instead|except|aber|und|jedoch|doch|sondern|nur|blo(?:ss|ß)|lediglich|allerdings|mais|et|juste|seulement|simplement|plutot|sauf|cependant|pourtant|toutefois|pero|y|sino|solo|solamente|simplemente|ma|soltanto|semplicemente|invece|&)\b/g;
const ZH_NEGATION_BEFORE = /(?:[没未不无非别]|没有)(?:有|是|被|怎么|什么)?[都也]?$/;
/** Japanese negates after the stem: 壊れていない, 破損なし, 傷もなく, 遅れてもいない. */
// Built from normalised text: the matcher sees "ず" as "す" + a combining mark (NFKD), so
// voiced kana are alternatives, never members of a character class ("が" would add "か").
const JA_NEGATION_AFTER = new RegExp(
  '^(?:て|で|し|は|が|も|い|お|ら|ん|一つ|ひとつ){0,6}(?:ない|なく|ません|なかった|ず|なし|無し|無く|無い)'.normalize(
    'NFKD',
  ),
);
const JA_NEGATION_IN_PHRASE = new RegExp(
  'ない|なく|なし|ません|なかった|ず|しか|未|不|無'.normalize('NFKD'),
);
const ZH_NEGATION_IN_PHRASE = /[没未不无非缺少]/;
const KANA = /[\u3040-\u30ff]/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const CJK_GAP = '[^\u3002!?.\\n\u3001,;:]{0,8}?';
/** `++`: a longer gap that may cross a comma ("我买的是黑色的，寄来的是白色的"). */
const CJK_WIDE_GAP = '[^\u3002!?.\\n]{0,16}?';
const CJK_NUM =
  '[0-9\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u534a\u51e0]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a found phrase does: name a theme, take back damage, or name nothing (a neutral term). */
export type Effect = ThemeId | 'takesBackDamage' | 'takesBackRefund' | 'sentBack' | 'neutral';

interface Keyword {
  effect: Effect;
  lang: Lang;
  phrase: string;
  source: string;
  re: RegExp | null;
  weak: boolean;
  /**
   * No negation check: the phrase carries its own negation ("not received", "未收到"), or names
   * a problem either way (`=`: "no return label", "pas fourni d'étiquette de retour").
   */
  negative: boolean;
  cjk: boolean;
  gapped: boolean;
  /** A regular expression that cannot match a text without a digit (most count things). */
  needsDigit: boolean;
}

/**
 * A phrase of the table as the index holds it: compiled to its regular expression(s) only when
 * a text first contains one of its keys. Every custom-function call evaluates the bundle afresh,
 * so building the index must cost little: keys come from plain string work on the phrase.
 */
interface Entry {
  effect: Effect;
  lang: Lang;
  phrase: string;
  compiled: Keyword[] | null;
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || CONTRACTION_RE.test(word) || word === "n'";
}

function latinWord(word: string): string {
  const stem = word.endsWith('*');
  const body = escapeRegExp(stem ? word.slice(0, -1) : word);
  return stem ? `${body}${W}*` : body;
}

function latinAlternative(alt: string): string {
  if (alt === 'not') return NOT_WORD;
  if (alt === '#') return NUM;
  return alt.split('_').filter(Boolean).map(latinWord).join(SEP);
}

function alternation(token: string): string {
  const alts = token.split('|').filter(Boolean).map(latinAlternative);
  return alts.length > 1 ? `(?:${alts.join('|')})` : alts[0];
}

/** Folds a short piece of a phrase as `normalise` folds texts (no index map needed). */
function fold(piece: string): string {
  if (/^[ -~\t\n\r]*$/.test(piece)) return piece.toLowerCase();
  return piece
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\u00df/g, 'ss');
}

const LETTERS = /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;

/**
 * The index key of a word alternative: `=word` for a whole word, `~stem` (its first four
 * letters at most) for a stem; null when the alternative has no usable letters ("not", "#").
 */
function anchorOf(alt: string): { key: string; strength: number } | null {
  if (alt === 'not' || alt === '#') return null;
  const first = alt.split('_')[0];
  const stem = first.endsWith('*');
  // Apostrophes and slashes split words in the text ("l'article", "w/o"): index the longest part.
  const parts = fold(stem ? first.slice(0, -1) : first).match(LETTERS) ?? [];
  const part = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (part === '') return null;
  const isStem = stem && part === parts[parts.length - 1];
  if (isStem && part.length < 3) return null;
  // A whole word is more selective than a stem of the same length; common words least.
  const strength = part.length + (isStem ? 0 : 1) - (COMMON_WORDS.has(part) ? 10 : 0);
  return { key: isStem ? `~${part.slice(0, 4)}` : `=${part}`, strength };
}

/** The Latin keys of a phrase: those of its most selective required word (any alternative). */
function latinKeys(body: string): string[] {
  let best: string[] = [];
  let bestStrength = -Infinity;
  for (const token of body.split(' ')) {
    if (token === '' || token === '+' || token === '++' || token.startsWith('!')) continue;
    if (token.length > 1 && token.endsWith('?')) continue;
    const anchors = token.split('|').map(anchorOf);
    if (anchors.some((a) => a === null)) continue;
    const strength = Math.min(...anchors.map((a) => (a as { strength: number }).strength));
    if (strength > bestStrength) {
      best = anchors.map((a) => (a as { key: string }).key);
      bestStrength = strength;
    }
  }
  return best;
}

/**
 * The CJK keys of a phrase: two characters (one when that is all there is) of its longest run
 * of plain characters outside `(a|b)` groups; failing that, of each option of its first group.
 * Single characters such as 没 or 不 start too many phrases to be selective keys.
 */
function cjkKeys(body: string): string[] {
  const outside = body.replace(/\([^()]*\)/g, '+').split(/[+#]/);
  const longest = outside.reduce((a, b) => (b.length > a.length ? b : a), '');
  const keyOf = (run: string): string => {
    const chars = [...fold(run)];
    const at = Math.max(
      0,
      chars.findIndex((c) => CJK_CHAR.test(c)),
    );
    return chars.slice(at, at + 2).join('');
  };
  if (longest !== '') return [keyOf(longest)];
  const group = /\(([^()]*)\)/.exec(body);
  return group ? group[1].split('|').filter(Boolean).map(keyOf) : [];
}

/** Words too frequent to make good index keys (a phrase is looked up by its rarest word). */
const COMMON_WORDS = new Set([
  'the',
  'and',
  'not',
  'was',
  'with',
  'for',
  'that',
  'this',
  'pas',
  'que',
  'les',
  'des',
  'une',
  'non',
  'nicht',
  'der',
  'die',
  'das',
  'und',
  'ist',
  'los',
  'las',
  'del',
  'con',
  'per',
  'che',
  'una',
  'mai',
  'sin',
  'sans',
  'ein',
  'eine',
  'keine',
  'kein',
  'never',
  'only',
  'still',
  'nur',
]);

function compileLatin(phrase: string): { source: string; gapped: boolean } {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  let source = `(?<!${W})`;
  let started = false;
  let gap = 0;
  let gapped = false;
  for (const raw of tokens) {
    if (raw === '+' || raw === '++') {
      gap = raw === '+' ? 3 : 6;
      gapped = true;
      continue;
    }
    if (raw.startsWith('!')) {
      source += `(?!${W})(?!${SEP}(?:${GAP_WORD}${SEP}){0,2}${alternation(raw.slice(1))}(?!${W}))`;
      return { source, gapped };
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    // An optional word after a gap is already covered by the gap.
    if (optional && gap > 0) continue;
    const body = alternation(optional ? raw.slice(0, -1) : raw);
    if (!started) source += body;
    else if (gap > 0) source += `${SEP}(?:${GAP_WORD}${SEP}){0,${gap}}${body}`;
    else if (optional) source += `(?:${SEP}${body})?`;
    else source += `${SEP}${body}`;
    started = true;
    gap = 0;
  }
  source += `(?!${W})`;
  return { source, gapped };
}

/** Expands `(a|b)` groups of a CJK phrase into plain variants. */
function expandGroups(phrase: string): string[] {
  const m = /\(([^()]*)\)/.exec(phrase);
  if (!m) return [phrase];
  const head = phrase.slice(0, m.index);
  const tail = phrase.slice(m.index + m[0].length);
  return m[1].split('|').flatMap((alt) => expandGroups(`${head}${alt}${tail}`));
}

function compileCjk(variant: string): { source: string; gapped: boolean } {
  let source = '';
  const chars = [...variant];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '+' && chars[i + 1] === '+') {
      source += CJK_WIDE_GAP;
      i++;
    } else if (ch === '+') source += CJK_GAP;
    else if (ch === '#') source += CJK_NUM;
    else source += escapeRegExp(ch);
  }
  return { source, gapped: variant.includes('+') };
}

function makeKeywords(effect: Effect, lang: Lang, phrase: string): Keyword[] {
  const weak = phrase.startsWith('~');
  const unmarked = weak ? phrase.slice(1) : phrase;
  const anyway = unmarked.startsWith('=');
  const body = anyway ? unmarked.slice(1) : unmarked;
  if (body.startsWith('re:')) {
    return [
      {
        effect,
        lang,
        phrase,
        source: body.slice(3),
        // The table's expressions that count things all hold `\d+` outside any option.
        needsDigit: body.includes('\\d+'),
        re: null,
        weak,
        negative: false,
        cjk: false,
        gapped: false,
      },
    ];
  }
  const norm = normalise(body).norm;
  if (CJK_CHAR.test(norm)) {
    const negativeRe =
      KANA.test(norm) || lang === 'ja' ? JA_NEGATION_IN_PHRASE : ZH_NEGATION_IN_PHRASE;
    return expandGroups(norm).map((variant) => {
      const c = compileCjk(variant);
      return {
        effect,
        lang,
        phrase,
        source: c.source,
        needsDigit: false,
        re: null,
        weak,
        negative: anyway || negativeRe.test(variant),
        cjk: true,
        gapped: c.gapped,
      };
    });
  }
  const c = compileLatin(norm);
  const words = norm
    .split(/\s+/)
    .filter((t) => !t.startsWith('!'))
    .flatMap((t) => t.split(/[|_]/))
    .map((w) => w.replace(/[*?]/g, ''));
  return [
    {
      effect,
      lang,
      phrase,
      source: c.source,
      needsDigit: false,
      re: null,
      weak,
      negative: anyway || words.some(isNegator),
      cjk: false,
      gapped: c.gapped,
    },
  ];
}

interface KeywordIndex {
  latin: Map<string, Entry[]>;
  cjk: Map<string, Entry[]>;
  /** Regular expressions (no usable key): tried on every text, or every text with a digit. */
  always: Entry[];
  all: Entry[];
}

function addTo(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== e) list.push(e);
  } else map.set(key, [e]);
}

/** The index keys of one phrase (none for a regular expression, which every text tries). */
export function phraseKeys(phrase: string): string[] {
  const body = phrase.replace(/^~?=?/, '');
  if (body.startsWith('re:')) return [];
  return CJK_CHAR.test(body) ? cjkKeys(body) : latinKeys(body);
}

/**
 * The index from keyword-index.ts (its format: tableIndex in keyword-index-source.ts), read with
 * indexOf rather than split: half the garbage, which counts against a custom function's memory.
 */
function buildIndex(): KeywordIndex {
  // One map for both scripts: Latin keys start with "=" or "~", CJK keys are the characters.
  const byKey = new Map<string, Entry[]>();
  const index: KeywordIndex = { latin: byKey, cjk: byKey, always: [], all: [] };
  const text = KEYWORD_INDEX;
  let effect: Effect = 'neutral';
  let lang: Lang = 'en';
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    const tab = text.indexOf('\t', start);
    if (tab === start) {
      // `<TAB>effect<TAB>lang`, as tableIndex wrote it from an Effect and a Lang.
      const [, effectName, langName] = text.slice(start, lineEnd).split('\t');
      effect = effectName as Effect;
      lang = langName as Lang;
    } else {
      const entry: Entry = { effect, lang, phrase: text.slice(start, tab), compiled: null };
      index.all.push(entry);
      if (tab + 1 === lineEnd) index.always.push(entry);
      for (let at = tab + 1; at < lineEnd;) {
        const space = text.indexOf(' ', at);
        const keyEnd = space < 0 || space > lineEnd ? lineEnd : space;
        addTo(byKey, text.slice(at, keyEnd), entry);
        at = keyEnd + 1;
      }
    }
    start = lineEnd + 1;
  }
  return index;
}

/**
 * The keyword index is built on first use, and each phrase's regular expression when a text
 * first contains its index key: every custom-function call evaluates the whole bundle, and
 * only the categoriser's callers should pay for the phrases their texts can match.
 */
let keywordIndex: KeywordIndex | null = null;

function index(): KeywordIndex {
  keywordIndex ??= buildIndex();
  return keywordIndex;
}

function regexOf(k: Keyword): RegExp {
  k.re ??= new RegExp(k.source, 'g');
  return k.re;
}

function keywordsOf(entry: Entry): Keyword[] {
  entry.compiled ??= makeKeywords(entry.effect, entry.lang, entry.phrase);
  return entry.compiled;
}

/**
 * Every phrase of the table compiled, with its index keys (for tests: a phrase that does not
 * compile, or has no key although it is not a regular expression, is a bug).
 */
export function compileAllKeywords(): { phrase: string; regexes: number; keyed: boolean }[] {
  const idx = index();
  const keyed = new Set<Entry>();
  for (const list of [...idx.latin.values(), ...idx.cjk.values()])
    list.forEach((e) => keyed.add(e));
  return idx.all.map((e) => ({
    phrase: e.phrase,
    regexes: keywordsOf(e).map(regexOf).length,
    keyed: keyed.has(e),
  }));
}

// ---------------------------------------------------------------------------------------------
// Finding keywords in a text
// ---------------------------------------------------------------------------------------------

export type TextSource = 'reason' | 'comment' | 'override';

/** One keyword found in the seller's data, as the buyer or the claim wrote it. */
export interface KeywordMatch {
  /** The matched words as written in the source text. */
  text: string;
  theme: ThemeId;
  category: TextCategory;
  source: TextSource;
}

/** A keyword match with what the decision needs besides the evidence. */
interface Signal {
  match: KeywordMatch;
  start: number;
  weak: boolean;
}

const LATIN_TOKEN = /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;

function candidatesFor(norm: string): Entry[] {
  const idx = index();
  const seen = new Set<Entry>();
  const out: Entry[] = [];
  const take = (list: Entry[] | undefined): void => {
    if (!list) return;
    for (const e of list) {
      if (!seen.has(e)) {
        seen.add(e);
        out.push(e);
      }
    }
  };
  LATIN_TOKEN.lastIndex = 0;
  for (let m = LATIN_TOKEN.exec(norm); m; m = LATIN_TOKEN.exec(norm)) {
    const t = m[0];
    take(idx.latin.get(`=${t}`));
    if (t.length >= 3) take(idx.latin.get(`~${t.slice(0, 3)}`));
    if (t.length >= 4) take(idx.latin.get(`~${t.slice(0, 4)}`));
  }
  for (let i = 0; i < norm.length; i++) {
    if (norm.charCodeAt(i) < 0x3000) continue;
    take(idx.cjk.get(norm[i]));
    take(idx.cjk.get(norm.slice(i, i + 2)));
  }
  take(idx.always);
  return out;
}

/** A word after a French "ne … que" phrase: restrictive ("je n'en ai reçu que trois"). */
const QUE_NEXT = /^\s*(?:[a-z0-9\u00df-\u024f]+\s+)?qu(?:e\b|')/;
const QUE_WORD = /\bqu(?:e\b|')/;

function negatedBefore(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 60), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  const words = (before.slice(clauseStart).match(/[a-z0-9\u00df-\u024f']+/g) ?? []).slice(-3);
  // "nothing's broken", "nothin' wrong": the contraction or a dropped g still negates.
  const negators = words.filter((w) => isNegator(w.replace(/'s$|'$/, '')) || w.startsWith("n'"));
  if (negators.length === 0) return false;
  if (!negators.every((w) => w === 'ne' || w.startsWith("n'"))) return true;
  // A lone French "ne" / "n'" with a "que" restricts instead of negating: "je n'en ai reçu que
  // trois", "il n'y avait qu'une chaise" (only three, only one).
  const first = words.findIndex((w) => w === 'ne' || w.startsWith("n'"));
  const queBetween = words.slice(first + 1).some((w) => w === 'que' || w.startsWith("qu'"));
  return !(queBetween || QUE_WORD.test(norm.slice(start, end)) || QUE_NEXT.test(norm.slice(end)));
}

function isNegated(k: Keyword, norm: string, start: number, end: number): boolean {
  if (k.negative) return false;
  if (!k.cjk) return negatedBefore(norm, start, end);
  if (KANA.test(norm)) return JA_NEGATION_AFTER.test(norm.slice(end, end + 10));
  return ZH_NEGATION_BEFORE.test(norm.slice(Math.max(0, start - 4), start));
}

/** The signals of a text, and whether it also held negated complaint words or neutral terms. */
interface Reading {
  signals: Signal[];
  /** "No damage", "nothing missing", "Late presentment": the text speaks about complaints. */
  spokeOfComplaints: boolean;
  /** "Returned it", "retour réceptionné": the buyer sent the item back (RETURN_MADE). */
  sentBack: boolean;
}

function findSignals(text: string, source: TextSource): Signal[] {
  return read(text, source).signals;
}

function read(text: string, source: TextSource): Reading {
  if (!text) return { signals: [], spokeOfComplaints: false, sentBack: false };
  const { norm, from } = normalise(text);
  interface Candidate {
    start: number;
    end: number;
    keyword: Keyword;
  }
  const candidates: Candidate[] = [];
  const hasDigit = /\d/.test(norm);
  for (const keyword of candidatesFor(norm).flatMap(keywordsOf)) {
    if (keyword.needsDigit && !hasDigit) continue;
    const re = regexOf(keyword);
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      candidates.push({ start: m.index, end: m.index + m[0].length, keyword });
    }
  }
  // Longest first, so "package went missing" beats "missing" and "pas reçu le bon" beats
  // "pas reçu"; on equal length a phrase without gaps wins.
  candidates.sort(
    (a, b) =>
      Number(a.keyword.weak) - Number(b.keyword.weak) ||
      b.end - b.start - (a.end - a.start) ||
      Number(a.keyword.gapped) - Number(b.keyword.gapped) ||
      a.start - b.start,
  );
  const taken: { start: number; end: number; negated: boolean }[] = [];
  const signals: Signal[] = [];
  let damageTakenBack = false;
  let refundTakenBack = false;
  let sentBack = false;
  let spokeOfComplaints = false;
  for (const c of candidates) {
    // A phrase found blocks the phrases overlapping it; a negated one only those inside it
    // ("没有损坏" also hides "坏", but "que ver con las fotos" after "nada" leaves "nada que ver").
    const k = c.keyword;
    // Words of a return made name no complaint: they neither block nor are blocked.
    if (k.effect === 'sentBack') {
      sentBack ||= !isNegated(k, norm, c.start, c.end);
      continue;
    }
    const blocked = taken.some((t) =>
      t.negated ? t.start <= c.start && c.end <= t.end : c.start < t.end && t.start < c.end,
    );
    if (blocked) continue;
    const negated = isNegated(k, norm, c.start, c.end);
    taken.push({ start: c.start, end: c.end, negated });
    if (negated || k.effect === 'neutral') {
      spokeOfComplaints = true;
      continue;
    }
    if (k.effect === 'takesBackDamage' || k.effect === 'takesBackRefund') {
      if (k.effect === 'takesBackDamage') damageTakenBack = true;
      else refundTakenBack = true;
      continue;
    }
    signals.push({
      start: c.start,
      weak: k.weak,
      match: {
        text: text.slice(from[c.start], from[c.end]),
        theme: k.effect,
        category: THEME_CATEGORY[k.effect],
        source,
      },
    });
  }
  // "The item itself was fine" takes back breakage, not "but it doesn't turn on"; "the refund
  // came eventually" takes back the refund's lateness, not a refused return.
  const takenBack = (theme: ThemeId): boolean =>
    (damageTakenBack && (theme === 'broken' || theme === 'packaging')) ||
    (refundTakenBack && theme === 'refund');
  const kept = signals.filter((s) => !takenBack(s.match.theme));
  return {
    signals: kept.sort((a, b) => a.start - b.start),
    spokeOfComplaints: spokeOfComplaints || damageTakenBack || refundTakenBack,
    sentBack,
  };
}

/** Finds the keywords in one text: longest phrases first, no two matches overlapping. */
export function findKeywords(text: string, source: TextSource): KeywordMatch[] {
  return findSignals(text, source).map((s) => s.match);
}

// ---------------------------------------------------------------------------------------------
// The main complaint
// ---------------------------------------------------------------------------------------------

const NEVER_ARRIVED = new Set<ThemeId>(['neverArrived', 'markedDelivered']);
const HAD_THE_ITEM = new Set<ThemeId>(['partialOrder', 'returnRefused']);
const PRODUCT: ReadonlySet<TextCategory> = new Set<TextCategory>([
  'damaged',
  'notAsDescribed',
  'incomplete',
]);

/**
 * The category the main complaint of these signals belongs to, with the signals for it.
 * `sentBack`: the texts say the buyer sent the item back.
 */
function mainComplaint(
  signals: readonly Signal[],
  sentBack: boolean,
): { category: TextCategory; decisive: Signal[] } | null {
  if (signals.length === 0) return null;
  const strong = signals.filter((s) => !s.weak);
  const pool = strong.length > 0 ? strong : signals;
  const themed = (themes: ReadonlySet<ThemeId>): Signal[] =>
    pool.filter((s) => themes.has(s.match.theme));
  const inCategory = (category: TextCategory): Signal[] =>
    pool.filter((s) => s.match.category === category);

  const neverArrived = themed(NEVER_ARRIVED);
  // "Only part came", "the return was refused / its label never came" and "I sent it back" mean
  // the buyer had (some of) the item: not receiving is about the rest, the label or the money.
  if (neverArrived.length > 0 && themed(HAD_THE_ITEM).length === 0 && !sentBack) {
    return { category: 'notReceived', decisive: neverArrived };
  }
  const refund = inCategory('returnRefund');
  if (refund.length > 0) return { category: 'returnRefund', decisive: refund };
  const product = pool.filter((s) => PRODUCT.has(s.match.category));
  if (product.length > 0) {
    // Strong words count 2 and weak ones 1 (from all signals); the first named breaks a tie.
    const score = new Map<TextCategory, number>();
    const first = new Map<TextCategory, number>();
    for (const s of signals) {
      const c = s.match.category;
      if (!PRODUCT.has(c)) continue;
      score.set(c, (score.get(c) ?? 0) + (s.weak ? 1 : 2));
      if (!first.has(c)) first.set(c, s.start);
    }
    const best = [...new Set(product.map((s) => s.match.category))].sort(
      (a, b) =>
        (score.get(b) ?? 0) - (score.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
    )[0];
    return { category: best, decisive: signals.filter((s) => s.match.category === best) };
  }
  const delivery = inCategory('notReceived');
  // After a return, "still nothing", "never came", "waiting for weeks" are about the money.
  if (delivery.length > 0 && sentBack) {
    const aboutTheRefund = delivery.map((s) => ({
      ...s,
      match: { ...s.match, theme: 'refund' as const, category: 'returnRefund' as const },
    }));
    return { category: 'returnRefund', decisive: aboutTheRefund };
  }
  if (delivery.length > 0) return { category: 'notReceived', decisive: delivery };
  const service = inCategory('service');
  if (service.length > 0) return { category: 'service', decisive: service };
  return null;
}

// ---------------------------------------------------------------------------------------------
// The seller's override
// ---------------------------------------------------------------------------------------------

function aliasKey(text: string): string {
  return normalise(text)
    .norm.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The category column's accepted forms (built on first use: only a seller's own category needs it). */
const categoryAliases = lazy((): ReadonlyMap<string, CategoryId> => {
  const map = new Map<string, CategoryId>();
  for (const id of CATEGORY_IDS) {
    const forms = [id, CATEGORY_LABELS[id].en, CATEGORY_LABELS[id].zh, ...OVERRIDE_ALIASES[id]];
    for (const form of forms) map.set(aliasKey(form), id);
    map.set(aliasKey(id.replace(/[A-Z]/g, (c) => ` ${c}`)), id);
    for (const part of CATEGORY_LABELS[id].en.split('/')) map.set(aliasKey(part), id);
    for (const part of CATEGORY_LABELS[id].zh.split('/')) map.set(aliasKey(part), id);
  }
  return map;
});

/**
 * Reads the seller's category column: an id, an English or Chinese label or a loose form
 * ("late", "wrong item", "未收到"); failing that, words the keyword rules place in exactly one
 * category ("arrived broken"). Null when blank or not understood.
 */
export function readCategoryOverride(text: string): CategoryId | null {
  const key = aliasKey(text);
  if (key === '') return null;
  const direct = categoryAliases().get(key) ?? categoryAliases().get(key.replace(/\s+/g, ''));
  if (direct) return direct;
  const categories = new Set(findKeywords(text, 'override').map((m) => m.category));
  return categories.size === 1 ? [...categories][0] : null;
}

// ---------------------------------------------------------------------------------------------
// Categorising an order
// ---------------------------------------------------------------------------------------------

/** Words of the seller's data that decided a category. */
export interface DecidingWords {
  text: string;
  source: TextSource;
  /** The keyword's theme; null when the model decided. */
  theme: ThemeId | null;
}

export type CategoryBasis =
  /** The seller's category column. */
  | 'override'
  /** The words found name one category only. */
  | 'keywords'
  /** The words name several categories; the main complaint (precedence) decided. */
  | 'mainComplaint'
  /** No complaint words; the model trained on the corpus recognised the complaint. */
  | 'model'
  /** A chargeback whose words name no category (rule 4). */
  | 'chargeback'
  /** No keyword at all. */
  | 'noKeywords';

export interface Categorisation {
  category: CategoryId;
  basis: CategoryBasis;
  /** Every keyword found, also those of the categories that lost: the evidence. */
  matched: KeywordMatch[];
  /**
   * The words that decided the category, as written: the main complaint's keywords, or the
   * words that pulled the model most (theme null). Empty for an override or when nothing
   * decided.
   */
  decisive: DecidingWords[];
  /** The categories keywords pointed to, the decided one first, then by score. */
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

function scoresOf(
  signals: readonly Signal[],
  decided: TextCategory | null,
): { category: TextCategory; score: number }[] {
  const scoreOf = new Map<TextCategory, number>();
  const counted = new Set<string>();
  for (const { match: m } of signals) {
    const key = `${m.source}\u0000${m.category}\u0000${m.text.toLowerCase()}`;
    if (counted.has(key)) continue; // "broken, broken, broken" is one signal
    counted.add(key);
    const weight = m.source === 'reason' ? REASON_WEIGHT : COMMENT_WEIGHT;
    scoreOf.set(m.category, (scoreOf.get(m.category) ?? 0) + weight);
  }
  return [...scoreOf]
    .map(([category, score]) => ({ category, score }))
    .sort(
      (a, b) =>
        Number(b.category === decided) - Number(a.category === decided) ||
        b.score - a.score ||
        CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category),
    );
}

/**
 * Categorises one defective order from all its counting defect records (an order with a
 * negative feedback and an A-to-z claim is one defective order, docs/rules.md §1).
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
  const readReasons = reasons.map((t) => read(t, 'reason'));
  const readComments = comments.map((t) => read(t, 'comment'));
  const fromReasons = readReasons.flatMap((r) => r.signals);
  const fromComments = readComments.flatMap((r) => r.signals);
  const all = [...fromReasons, ...fromComments];
  const matched = all.map((s) => s.match);
  const base = { matched, unreadOverride: override ? null : unreadOverride };
  if (override) {
    return {
      category: override,
      basis: 'override',
      decisive: [],
      scores: scoresOf(all, null),
      ...base,
    };
  }
  // A reason is Amazon's or the bank's classification: it decides when it names anything.
  const main =
    mainComplaint(
      fromReasons,
      readReasons.some((r) => r.sentBack),
    ) ??
    mainComplaint(
      fromComments,
      readComments.some((r) => r.sentBack),
    );
  if (main) {
    const categories = new Set(matched.map((m) => m.category));
    return {
      category: main.category,
      basis: categories.size > 1 ? 'mainComplaint' : 'keywords',
      decisive: main.decisive.map(({ match: m }) => ({
        text: m.text,
        source: m.source,
        theme: m.theme,
      })),
      scores: scoresOf(all, main.category),
      ...base,
    };
  }
  const scores = scoresOf(all, null);
  // No complaint words at all — none negated ("no damage"), none neutral ("Late presentment"):
  // the model may still recognise the complaint in a comment or claim reason. A bank's reason is
  // left to rule 4, and the model stays silent unless one category is clearly ahead.
  const silent = [...readReasons, ...readComments].every((r) => !r.spokeOfComplaints);
  const chargeback = records.some((r) => r.type === 'chargeback');
  const modelTexts: [string[], TextSource][] = [
    [chargeback ? [] : reasons, 'reason'],
    [comments, 'comment'],
  ];
  for (const [texts, source] of silent ? modelTexts : []) {
    const guess = texts.length > 0 ? guessCategory(texts.join('\n')) : null;
    if (guess && guess.category !== 'uncategorised' && guess.category !== 'chargeback') {
      const decisive = guess.words.map((text) => ({ text, source, theme: null }));
      return { category: guess.category, basis: 'model', decisive, scores, ...base };
    }
  }
  if (chargeback) {
    return { category: 'chargeback', basis: 'chargeback', decisive: [], scores, ...base };
  }
  return { category: 'uncategorised', basis: 'noKeywords', decisive: [], scores, ...base };
}

/** Categorises a single defect record. */
export function categoriseDefect(record: CategoryInput): Categorisation {
  return categoriseOrder([record]);
}

/** Categorises free text as a comment (handy for tests and the sidebar). */
export function categoriseText(comment: string, reason = ''): Categorisation {
  return categoriseOrder([{ type: 'negativeFeedback', comment, reason, category: '' }]);
}

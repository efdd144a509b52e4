/**
 * Phrase compilation (keywords.ts documents the syntax): a phrase of the tables becomes one
 * regular expression, or one per variant of a CJK phrase's `(a|b)` groups, and gets its index
 * keys — the rarest word or two characters a text must contain for the phrase to match
 * (keyword-lookup.ts looks phrases up by them; keyword-index-source.ts generates them).
 */
import type { ThemeId } from './categories';
import type { Lang } from './keywords';
import {
  CONTRACTION,
  JA_NEGATION_IN_PHRASE,
  KANA,
  ZH_NEGATION_IN_PHRASE,
  isNegator,
} from './negation';
import { normalise } from './normalise';

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
const NOT_WORD = `(?:not|never|cannot|${CONTRACTION})`;
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

export interface Keyword {
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

export function makeKeywords(effect: Effect, lang: Lang, phrase: string): Keyword[] {
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

/** The index keys of one phrase (none for a regular expression, which every text tries). */
export function phraseKeys(phrase: string): string[] {
  const body = phrase.replace(/^~?=?/, '');
  if (body.startsWith('re:')) return [];
  return CJK_CHAR.test(body) ? cjkKeys(body) : latinKeys(body);
}

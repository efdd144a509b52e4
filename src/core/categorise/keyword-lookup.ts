/**
 * The keyword index at run time: read from the generated string of keyword-index.ts on first
 * use, it gives the phrases a text may match (those with an index key the text contains), and
 * compiles each phrase's regular expression only when a text first needs it.
 */
import { KEYWORD_INDEX } from './keyword-index';
import type { Lang } from './keywords';
import { makeKeywords, type Effect, type Keyword } from './phrases';

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

export function regexOf(k: Keyword): RegExp {
  k.re ??= new RegExp(k.source, 'g');
  return k.re;
}

export function keywordsOf(entry: Entry): Keyword[] {
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

const LATIN_TOKEN = /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;

export function candidatesFor(norm: string): Entry[] {
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

/**
 * The keyword index that scripts/build-categoriser.mjs generates into keyword-index.ts, derived
 * from the phrase tables of keywords.ts. Only the generator and the tests import this file, so
 * the bundle holds the index as one string and never the tables' object literals (a fresh Apps
 * Script context, one per custom-function call, would parse them all; BENCHMARKS.md, "Bundle
 * cold start").
 */
import type { ThemeId } from './categories';
import {
  DAMAGE_TAKEN_BACK,
  KEYWORDS,
  NEUTRAL_TERMS,
  REFUND_TAKEN_BACK,
  RETURN_MADE,
  type Lang,
} from './keywords';
import { phraseKeys, type Effect } from './phrases';

/** Every phrase of the tables, in table order, with what finding it does. */
function tablePhrases(): { effect: Effect; lang: Lang; phrase: string }[] {
  const out: { effect: Effect; lang: Lang; phrase: string }[] = [];
  for (const theme of Object.keys(KEYWORDS) as ThemeId[]) {
    const byLang = KEYWORDS[theme];
    for (const lang of Object.keys(byLang) as Lang[]) {
      for (const phrase of byLang[lang] ?? []) out.push({ effect: theme, lang, phrase });
    }
  }
  const extra: [Effect, Readonly<Partial<Record<Lang, readonly string[]>>>][] = [
    ['takesBackDamage', DAMAGE_TAKEN_BACK],
    ['takesBackRefund', REFUND_TAKEN_BACK],
    ['sentBack', RETURN_MADE],
    ['neutral', NEUTRAL_TERMS],
  ];
  for (const [effect, table] of extra) {
    for (const lang of Object.keys(table) as Lang[]) {
      for (const phrase of table[lang] ?? []) out.push({ effect, lang, phrase });
    }
  }
  return out;
}

/**
 * Every phrase of the tables with its index keys, in table order, as keyword-index.ts holds it:
 * a line `<TAB>effect<TAB>lang` starts each table's phrases in one language, then one line
 * `phrase<TAB>keys` per phrase (keyword-lookup.ts reads it; tests/core/categorise-corpus.test.ts
 * checks that it is current).
 */
export function tableIndex(): string {
  const lines: string[] = [];
  let group = '';
  for (const { effect, lang, phrase } of tablePhrases()) {
    if (phrase === '' || /[\t\n]/.test(phrase)) {
      throw new Error(`A phrase is empty or holds a tab or line break: ${JSON.stringify(phrase)}`);
    }
    if (`${effect}\t${lang}` !== group) {
      group = `${effect}\t${lang}`;
      lines.push(`\t${group}`);
    }
    lines.push(`${phrase}\t${phraseKeys(phrase).join(' ')}`);
  }
  return lines.join('\n');
}

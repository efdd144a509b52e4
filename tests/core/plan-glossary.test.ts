/**
 * The plan's Chinese uses the glossary's terms (src/core/i18n/glossary.ts): wherever an English
 * plan text names a concept, its Chinese names it with the one term, and no variant to avoid.
 */
import { GLOSSARY } from '../../src/core/i18n/glossary';
import { PLAN_EN, PLAN_ZH } from '../../src/core/i18n/plan';
import { PLAN_GUIDANCE_EN, PLAN_GUIDANCE_ZH } from '../../src/core/i18n/plan-guidance';
import { CATEGORIES_EN, CATEGORIES_ZH } from '../../src/core/i18n/categories';

const SECTIONS: [string, Record<string, string>, Record<string, string>][] = [
  ['plan', PLAN_EN, PLAN_ZH],
  ['plan-guidance', PLAN_GUIDANCE_EN, PLAN_GUIDANCE_ZH],
  ['categories', CATEGORIES_EN, CATEGORIES_ZH],
];

/** Placeholder names are not text: "{range}" names no window. */
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, ' ');

/** Where a section's Chinese misses a glossary term its English names, or uses a variant. */
function glossaryProblems(en: Record<string, string>, zh: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, english] of Object.entries(en)) {
    const chinese = zh[key];
    for (const entry of GLOSSARY) {
      if (!entry.en.test(withoutPlaceholders(english))) continue;
      if (!chinese.includes(entry.zh)) problems.push(`${key}: "${chinese}" lacks ${entry.zh}`);
      const rest = chinese.split(entry.zh).join('');
      for (const variant of entry.avoid)
        if (rest.includes(variant)) problems.push(`${key}: "${chinese}" uses ${variant}`);
    }
  }
  return problems;
}

describe('plan catalog sections follow the glossary', () => {
  it.each(SECTIONS)('%s', (_, en, zh) => {
    expect(glossaryProblems(en, zh)).toEqual([]);
  });

  it('would notice a text that misses a term or uses a variant (the check itself works)', () => {
    expect(
      glossaryProblems(
        { a: 'Chargeback', b: 'Appeal the A-to-z claim', c: '60-day {range}' },
        { a: '拒付', b: '对 A-to-z 索赔提出申诉', c: '60天' },
      ),
    ).toEqual([
      'a: "拒付" lacks 信用卡拒付索赔',
      'a: "拒付" uses 拒付',
      'b: "对 A-to-z 索赔提出申诉" lacks 亚马逊商城交易保障索赔',
      'b: "对 A-to-z 索赔提出申诉" uses A-to-z',
    ]);
  });
});

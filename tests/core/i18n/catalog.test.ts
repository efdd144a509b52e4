/** The one catalog: complete in both languages, parameters rendered per locale, pseudo markers. */
import {
  CATALOG,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  formatCount,
  formatDay,
  formatPercent,
  localeOf,
  msg,
  render,
  t,
  type MessageKey,
} from '../../../src/core/i18n';

const KEYS = Object.keys(CATALOG.en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalog', () => {
  it('has every key in English and Chinese, non-empty, with the same placeholders', () => {
    const problems: string[] = [];
    for (const key of KEYS) {
      const en = CATALOG.en[key];
      const zh = CATALOG.zh[key];
      if (!en || en.trim() === '') problems.push(`${key}: English empty`);
      if (!zh || zh.trim() === '') problems.push(`${key}: Chinese empty`);
      else if (placeholders(en).join() !== placeholders(zh).join())
        problems.push(
          `${key}: placeholders ${placeholders(en).join()} vs ${placeholders(zh).join()}`,
        );
    }
    expect(problems).toEqual([]);
    expect(Object.keys(CATALOG.zh).sort()).toEqual([...KEYS].sort());
  });

  it('wraps every string in the pseudo-locale', () => {
    for (const key of KEYS) {
      expect(CATALOG.pseudo[key].startsWith(PSEUDO_OPEN)).toBe(true);
      expect(CATALOG.pseudo[key].endsWith(PSEUDO_CLOSE)).toBe(true);
    }
  });
});

describe('render', () => {
  it('fills days and rates per locale, and nested messages in the same locale', () => {
    const range = msg('common.dayRange', {
      from: { day: '2026-09-28' },
      to: { day: '2026-11-26' },
    });
    expect(render('en', range)).toBe('2026-09-28 to 2026-11-26');
    expect(render('zh', range)).toBe('2026年9月28日至2026年11月26日');
    expect(render('pseudo', range)).toBe('⟦2026-09-28 to 2026-11-26⟧');
  });

  it('leaves unknown placeholders visible and data parameters as they are', () => {
    expect(t('en', 'common.dayRange', { from: 'a' })).toBe('a to {to}');
  });

  it('formats rates, counts and days', () => {
    expect(formatPercent(0.0146443)).toBe('1.46%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(0.01, 0)).toBe('1%');
    expect(formatCount(539000)).toBe('539,000');
    expect(formatCount(-1234567.5)).toBe('-1,234,567.5');
    expect(formatCount(12)).toBe('12');
    expect(formatDay('2024-01-04', 'zh')).toBe('2024年1月4日');
    expect(formatDay('2024-01-04', 'en')).toBe('2024-01-04');
    expect(formatDay('not a day', 'zh')).toBe('not a day');
  });

  it('maps user locales', () => {
    expect(localeOf('zh_CN')).toBe('zh');
    expect(localeOf('zh-TW')).toBe('zh');
    expect(localeOf('x-pseudo')).toBe('pseudo');
    expect(localeOf('en_GB')).toBe('en');
    expect(localeOf('zhx')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });
});

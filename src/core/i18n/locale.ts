/** The locales the add-on speaks: English, Simplified Chinese (zh-CN) and the test pseudo-locale. */
export type Locale = 'en' | 'zh' | 'pseudo';

export const LOCALES: readonly Locale[] = ['en', 'zh', 'pseudo'];

/**
 * Chinese for any zh locale (zh, zh_CN, zh-TW …), the pseudo-locale for `x-pseudo` (tests and
 * `LOCALE=x-pseudo npm start`), English otherwise.
 */
export function localeOf(userLocale: string | null | undefined): Locale {
  if (typeof userLocale !== 'string') return 'en';
  if (/^x-pseudo\b|^pseudo$/i.test(userLocale)) return 'pseudo';
  return /^zh\b|^zh[-_]/i.test(userLocale) ? 'zh' : 'en';
}

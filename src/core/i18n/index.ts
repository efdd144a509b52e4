/**
 * The one message catalog: every user-visible string of menu, sidebar and dialogs, in English
 * and Simplified Chinese. Sections live in their own files (menu, sidebar, …) and are merged
 * here; a key missing in Chinese is a type error.
 */
import { MENU_EN, MENU_ZH } from './menu';
import { SIDEBAR_EN, SIDEBAR_ZH } from './sidebar';
import { IMPORT_EN, IMPORT_ZH } from './import';
import { FINDINGS_EN, FINDINGS_ZH } from './findings';

export type Locale = 'en' | 'zh';

const EN = { ...MENU_EN, ...SIDEBAR_EN, ...IMPORT_EN, ...FINDINGS_EN } as const;

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, string> = {
  ...MENU_ZH,
  ...SIDEBAR_ZH,
  ...IMPORT_ZH,
  ...FINDINGS_ZH,
};

export const CATALOG: Record<Locale, Record<MessageKey, string>> = { en: EN, zh: ZH };

/** Chinese for any zh locale (zh, zh_CN, zh-TW …), English otherwise (issue #3). */
export function localeOf(userLocale: string | null | undefined): Locale {
  return typeof userLocale === 'string' && /^zh\b|^zh[-_]/i.test(userLocale) ? 'zh' : 'en';
}

/** Looks up a message and fills `{name}` placeholders. */
export function t(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = CATALOG[locale][key] ?? CATALOG.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

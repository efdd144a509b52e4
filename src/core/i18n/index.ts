/**
 * The one message catalog: every user-visible string of the add-on — menu, sidebar, dialogs,
 * toasts, import summaries, data notes, the plan sheet — in English and Simplified Chinese
 * (`zh` is zh-CN), keyed by message id with `{name}` parameters. Sections live in their own
 * files and are merged here; a key missing in Chinese is a type error.
 *
 * Core returns `Message` values ({ key, params }), never finished sentences; the edge (addon,
 * sidebar) renders them in the user's locale with `render`. Days and rates inside a message are
 * `{ day }` / `{ percent }` parameters, so each locale formats them its own way.
 *
 * A third locale, `pseudo`, renders every catalog string as ⟦English⟧: tests run the writers and
 * views in it and fail on any user-visible text that did not come through the catalog.
 */
import { MENU_EN, MENU_ZH } from './menu';
import { SIDEBAR_EN, SIDEBAR_ZH } from './sidebar';
import { IMPORT_EN, IMPORT_ZH } from './import';
import { FINDINGS_EN, FINDINGS_ZH } from './findings';
import { COMMON_EN, COMMON_ZH } from './common';
import { PLAN_EN, PLAN_ZH } from './plan';
import { PLAN_GUIDANCE_EN, PLAN_GUIDANCE_ZH } from './plan-guidance';
import { PLAN_LETTER_EN, PLAN_LETTER_ZH } from './plan-letter';
import { CATEGORIES_EN, CATEGORIES_ZH } from './categories';
import { HIGHLIGHT_EN, HIGHLIGHT_ZH } from './highlight';
import { SELF_CHECK_EN, SELF_CHECK_ZH } from './self-check';
import { RULES_EN, RULES_ZH } from './rules';
import { IMPORT_FILES_EN, IMPORT_FILES_ZH } from './import-files';
import { SIDEBAR_APPEAL_EN, SIDEBAR_APPEAL_ZH } from './sidebar-appeal';
import { IMPORT_REALFILES_EN, IMPORT_REALFILES_ZH } from './import-realfiles';
import { formatDay, formatPercent } from './format';
import type { Locale } from './locale';

export { LOCALES, localeOf, type Locale } from './locale';

/** The sections merged into one object: what `{ ...a, ...b, … }` gives, typed the same way. */
type Merged<T extends readonly object[]> = T extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Head & Merged<Rest>
  : unknown;

/**
 * Merges catalog sections with Object.assign rather than object spread: V8 runs the spreads of
 * a thousand-key catalog about 15 times slower the first time, and every custom-function call
 * evaluates the bundle afresh (BENCHMARKS.md, "Bundle cold start").
 */
function merged<T extends readonly Readonly<Record<string, string>>[]>(...sections: T): Merged<T> {
  return Object.assign({}, ...sections) as Merged<T>;
}

const EN = merged(
  COMMON_EN,
  MENU_EN,
  SIDEBAR_EN,
  IMPORT_EN,
  FINDINGS_EN,
  PLAN_EN,
  PLAN_GUIDANCE_EN,
  PLAN_LETTER_EN,
  CATEGORIES_EN,
  HIGHLIGHT_EN,
  SELF_CHECK_EN,
  RULES_EN,
  IMPORT_FILES_EN,
  SIDEBAR_APPEAL_EN,
  IMPORT_REALFILES_EN,
);

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, string> = merged(
  COMMON_ZH,
  MENU_ZH,
  SIDEBAR_ZH,
  IMPORT_ZH,
  FINDINGS_ZH,
  PLAN_ZH,
  PLAN_GUIDANCE_ZH,
  PLAN_LETTER_ZH,
  CATEGORIES_ZH,
  HIGHLIGHT_ZH,
  SELF_CHECK_ZH,
  RULES_ZH,
  IMPORT_FILES_ZH,
  SIDEBAR_APPEAL_ZH,
  IMPORT_REALFILES_ZH,
);

/** The pseudo-locale's markers: text between them came from the catalog. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Built when first read: only tests render in the pseudo-locale. */
let pseudo: Record<MessageKey, string> | undefined;

function pseudoCatalog(): Record<MessageKey, string> {
  if (!pseudo) {
    const out: Partial<Record<MessageKey, string>> = {};
    for (const key of Object.keys(EN) as MessageKey[]) {
      out[key] = `${PSEUDO_OPEN}${EN[key]}${PSEUDO_CLOSE}`;
    }
    pseudo = out as Record<MessageKey, string>;
  }
  return pseudo;
}

export const CATALOG: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  zh: ZH,
  get pseudo() {
    return pseudoCatalog();
  },
};

/** A calendar day ('YYYY-MM-DD') inside a message: each locale writes it its own way. */
export interface DayParam {
  day: string;
}

/** A rate (a fraction, or null for "no orders") inside a message: "1.46%". */
export interface PercentParam {
  percent: number | null;
}

/** Several messages in a row, separated as the locale separates list items ("; " or "；"). */
export interface ListParam {
  list: readonly Message[];
}

/** A parameter: data shown as it is (string, number), a day, a rate, a list, or a message. */
export type MessageParam = string | number | DayParam | PercentParam | ListParam | Message;

export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message value: what core returns instead of a sentence. */
export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    (value as { key: string }).key in EN
  );
}

function renderParam(locale: Locale, param: MessageParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if ('day' in param) return formatDay(param.day, locale);
  if ('percent' in param) return formatPercent(param.percent);
  if ('list' in param) {
    return param.list.map((m) => render(locale, m)).join(locale === 'zh' ? '；' : '; ');
  }
  return render(locale, param);
}

function fill(template: string, locale: Locale, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? renderParam(locale, params[name]) : whole,
  );
}

/** Renders a message in a locale. */
export function render(locale: Locale, message: Message): string {
  const template = CATALOG[locale][message.key] ?? CATALOG.en[message.key];
  return fill(template, locale, message.params ?? {});
}

/** Looks up a message and fills `{name}` placeholders (the catalog's short form of render). */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return render(locale, { key, params });
}

export { formatCount, formatDay, formatPercent } from './format';

/**
 * Numbers, rates and days as each locale writes them inside messages. Hand-written (no Intl):
 * the same text on the server (Apps Script's V8) and in the sidebar, whatever ICU data either
 * has.
 */
import type { Locale } from './locale';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day: ISO `2024-01-14` in English (unambiguous for sellers in every marketplace),
 * `2024年1月14日` in Chinese.
 */
export function formatDay(iso: string, locale: Locale): string {
  const m = ISO_DAY.exec(iso);
  if (!m || locale !== 'zh') return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A fraction as a percentage with two decimals: 0.0125 → "1.25%"; null → "–". */
export function formatPercent(fraction: number | null, digits = 2): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  const scale = 10 ** digits;
  return `${(Math.round(fraction * 100 * scale) / scale).toFixed(digits)}%`;
}

/** A whole count with thousands separators: 539000 → "539,000" (both locales group by three). */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * Number and date formatting for the sidebar. Pure (no DOM), so it is tested in node. Rates use
 * the catalog's formatter, the one the server's sentences use, so a card and a sentence agree.
 */
import { formatPercent as catalogPercent, type Locale } from '../core/i18n';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN', pseudo: 'en-US' };

/** A fraction as a percentage with two decimals: 0.0125 → "1.25%" (both languages write it so). */
export function formatPercent(fraction: number | null, _locale: Locale): string {
  return catalogPercent(fraction);
}

/** Percentage points with enough decimals that small values do not read as 0. */
export function formatPoints(points: number, locale: Locale, signed = false): string {
  const abs = Math.abs(points);
  const digits = abs === 0 || abs >= 0.1 ? 2 : abs >= 0.01 ? 3 : 4;
  const text = abs.toLocaleString(INTL_LOCALE[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (!signed || abs === 0) return text;
  return `${points < 0 ? '−' : '+'}${text}`;
}

export function formatCount(n: number, locale: Locale): string {
  return n.toLocaleString(INTL_LOCALE[locale]);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A 'YYYY-MM-DD' day as the seller reads it ("Jan 14, 2024", "2024年1月14日"). Formatted in UTC:
 * the string is a calendar day, not an instant, so the viewer's time zone must not shift it.
 */
export function formatDate(iso: string, locale: Locale): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(INTL_LOCALE[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** A clock time in the viewer's zone ("10:42"), for "Updated 10:42". */
export function formatTime(date: Date, locale: Locale): string {
  return date.toLocaleTimeString(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' });
}

/** Today's day in the viewer's zone as 'YYYY-MM-DD' (for the date input's max). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

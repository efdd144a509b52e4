import { localeOf, type Locale } from '../core/messages';

/** The user's language: Chinese for any zh locale, else English (issue #3). */
export function userLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    // Not available in AuthMode.NONE on some accounts: fall back to English.
    return 'en';
  }
}

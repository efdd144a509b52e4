import { localeOf, t, type Locale } from '../../core/i18n';

/** The user's language: Chinese for any zh locale, else English (issue #3). */
export function userLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    // Not available in AuthMode.NONE on some accounts: fall back to English.
    return 'en';
  }
}

/**
 * Commands run from the menu and from the sidebar alike: they say what they did in a toast
 * (the menu ignores return values) and return it for the sidebar.
 */
export function toast(message: string): void {
  SpreadsheetApp.getActive().toast(message, t(userLocale(), 'toast.title'), 8);
}

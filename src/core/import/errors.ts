import { render, type Message } from '../i18n';

/**
 * Why a whole file could not be imported. Thrown inside the import pipeline and caught per file,
 * so one broken file writes nothing and the other files still import (issue 5: all-or-nothing).
 * Carries a catalog message for the seller's language; `message` is its English text for logs
 * (code that still throws plain text gets it shown as it is).
 */
export class ImportError extends Error {
  /** 1-based source line the problem was found on, when there is one. */
  readonly line: number | null;
  readonly detail: Message | null;
  constructor(message: string | Message, line: number | null = null) {
    super(typeof message === 'string' ? message : render('en', message));
    this.name = 'ImportError';
    this.line = line;
    this.detail = typeof message === 'string' ? null : message;
  }
}

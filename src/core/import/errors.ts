/**
 * Why a whole file could not be imported. Thrown inside the import pipeline and caught per file,
 * so one broken file writes nothing and the other files still import (issue 5: all-or-nothing).
 */
export class ImportError extends Error {
  /** 1-based source line the problem was found on, when there is one. */
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}

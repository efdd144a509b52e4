import { t } from '../../core/i18n';
import { userLocale } from './ui';

/** How long a writer waits for another run in the same spreadsheet to finish. */
const LOCK_WAIT_MS = 20_000;

/**
 * Runs a writer under the document lock so two runs at once (two sidebars, a double click)
 * cannot interleave their reads and writes.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) throw new Error(t(userLocale(), 'lock.busy'));
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

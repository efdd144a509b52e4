/**
 * Chromium for the browser tests: Debian's package (/usr/bin/chromium) or CHROMIUM_PATH, driven
 * by playwright-core. With CI=true a missing browser fails the suite; locally the tests are
 * skipped with a loud message, so a machine without Chromium can still run the rest.
 */
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH when set (and then only it: a wrong path should not be papered over). */
export function chromiumPath(): string | null {
  const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(wanted) ? wanted : null;
}

const IN_CI = process.env.CI === 'true';

/**
 * `describe` when Chromium is there; otherwise `describe.skip` with a warning, or, under CI, a
 * suite whose only test fails and says why.
 */
export function describeWithBrowser(name: string, body: (executable: string) => void): void {
  const executable = chromiumPath();
  if (executable) {
    describe(name, () => body(executable));
    return;
  }
  const why =
    `Chromium not found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'} ` +
    '(set CHROMIUM_PATH, or install it: apt-get install -y chromium fonts-noto-cjk)';
  if (IN_CI) {
    describe(name, () => {
      test('needs Chromium', () => {
        throw new Error(`${why} (CI=true: browser tests may not be skipped)`);
      });
    });
    return;
  }
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: ${why}\n${'!'.repeat(78)}\n`);
  describe.skip(name, () => body(''));
}

/** A browser with a fresh profile; close() also removes the profile. */
export async function launch(
  executable: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'odr-guard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Whether dist/ must be rebuilt before previewing: `npm test` has just built it, and rebuilding
 * (which empties dist/) while other test files read it would make them flaky.
 */
export function distIsStale(): boolean {
  const code = join(ROOT, 'dist', 'Code.js');
  const page = join(ROOT, 'dist', 'sidebar.html');
  if (!existsSync(code) || !existsSync(page)) return true;
  const built = Math.min(statSync(code).mtimeMs, statSync(page).mtimeMs);
  return newestMtime(join(ROOT, 'src')) > built;
}

/** A page that records every JavaScript dialog (dismissed) and every request it makes. */
export interface WatchedPage {
  page: Page;
  dialogs: string[];
  requests: string[];
}

/** Opens a page in `browser` that watches for what an injection would do: dialogs, requests. */
export async function watchedPage(browser: { context: BrowserContext }): Promise<WatchedPage> {
  const dialogs: string[] = [];
  const requests: string[] = [];
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  browser.context.on('request', (request) => requests.push(request.url()));
  return { page, dialogs, requests };
}

/** Requests that left the preview: anything not to `origin` and not an inline data/about/blob URL. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !/^(data|about|blob):/.test(u));
}

// Regenerates the README's screenshots from the local preview: starts the preview on sample
// data, opens "Open ODR dashboard" from the add-on menu in Chromium and saves the 300 px panel as
// docs/screenshots/sidebar.png (English) and sidebar-zh.png (Simplified Chinese); then runs
// "Write action plan" from the menu and saves the new plan sheet as plan.png and plan-zh.png.
//
//   node scripts/screenshot.mjs            (needs Debian's chromium, or CHROMIUM_PATH)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPreview } from './preview.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'screenshots');

const SHOTS = [
  { locale: 'en', file: 'sidebar.png' },
  { locale: 'zh-CN', file: 'sidebar-zh.png' },
  { locale: 'en', file: 'plan.png', plan: true },
  { locale: 'zh-CN', file: 'plan-zh.png', plan: true },
];

function chromiumPath() {
  const found = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(found)) {
    throw new Error(
      'Chromium not found: install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

async function shoot(executablePath, { locale, file, plan }, build) {
  const preview = await startPreview({ port: 0, quiet: true, locale, build });
  const profile = mkdtempSync(join(tmpdir(), 'odr-guard-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Tall enough that the panel shows both channel cards and the start of the defect list.
    viewport: { width: 1280, height: 1180 },
    deviceScaleFactor: 2,
    locale: locale === 'zh-CN' ? 'zh-CN' : 'en-US',
    timezoneId: 'UTC',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(preview.url);
    if (plan) {
      await shootPlan(page, join(outDir, file));
      return;
    }
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.getByTestId('channel-card').first().waitFor({ timeout: 30000 });
    // Runs in the page, where `document` exists.
    await frame.locator('body').evaluate((body) => body.ownerDocument.fonts.ready);
    const target = join(outDir, file);
    await page.getByTestId('sidebar-panel').screenshot({ path: target, animations: 'disabled' });
    console.log(`wrote ${relative(root, target)}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await preview.close();
  }
}

/** Runs "Write action plan" from the menu and saves the top of the plan sheet it opens. */
async function shootPlan(page, target) {
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 30000 });
  const tabs = page.getByTestId('sheet-tabs');
  const before = await tabs.locator('[data-testid^="sheet-tab-"]').count();
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-writeActionPlan').click();
  // Runs in the page, where `document` exists: wait until the new sheet's tab is there and the
  // menu command has finished.
  await page.waitForFunction(
    (n) =>
      globalThis.document.body.dataset.busy === 'false' &&
      globalThis.document.querySelectorAll('[data-testid^="sheet-tab-"]').length > n,
    before,
    { timeout: 30000 },
  );
  await page.locator('body').evaluate((body) => body.ownerDocument.fonts.ready);
  // The "plan written" toast would cover the sheet's lower left corner: the picture is the sheet.
  await page.locator('#toasts').evaluate((box) => box.replaceChildren());
  await page.getByTestId('grid-container').screenshot({ path: target, animations: 'disabled' });
  console.log(`wrote ${relative(root, target)}`);
}

async function main() {
  const executablePath = chromiumPath();
  mkdirSync(outDir, { recursive: true });
  let build = true;
  for (const shot of SHOTS) {
    await shoot(executablePath, shot, build);
    build = false; // one build is enough for both languages
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

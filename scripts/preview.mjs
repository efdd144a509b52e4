// `npm start`: builds the add-on, runs dist/Code.js in the Apps Script emulator on sample data,
// and serves a spreadsheet-like page at http://127.0.0.1:PORT/ (PORT from the environment,
// default 8080; PORT=0 picks a free one). No Google account needed.
//
//   LOCALE=zh-CN npm start      the emulated user speaks Simplified Chinese
//   LOCALE=x-pseudo npm start   every catalog string shows as ⟦…⟧ (text outside was not translated)
//
// The page also has a language switch. The preview itself is tools/preview/ (TypeScript, so jest
// imports it directly); this script bundles it with esbuild to a temporary CommonJS file under
// build/, loads it and starts it. Routes and test hooks: tools/preview/README.md.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the preview. Options: { port (0 = free port; default PORT or 8080), quiet, build
 * (default true: runs scripts/build.mjs first), locale (default LOCALE or 'en'), timeZone }.
 * Resolves to { url, port, emulator(), close() }.
 */
export async function startPreview(options = {}) {
  const preview = await loadTypeScript(root, 'tools/preview/index.ts', { platform: 'node' });
  const locale = options.locale ?? (process.env.LOCALE || undefined);
  return preview.startPreview({ root, ...options, locale });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  startPreview().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

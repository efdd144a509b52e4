/**
 * The sidebar page as build.mjs bundles it: no server code, no HTML-string APIs, no network
 * resources (Apps Script's sandbox and offline use), and small.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'src/ui/sidebar.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

describe('sidebar bundle', () => {
  let js = '';
  beforeAll(async () => {
    js = await bundle();
  });

  test('holds no server code', () => {
    for (const name of [
      'SpreadsheetApp',
      'PropertiesService',
      'HtmlService',
      'LockService',
      'CacheService',
      'getActiveSpreadsheet',
      'setBackgrounds',
    ]) {
      expect(js).not.toContain(name);
    }
  });

  test('never parses HTML strings and loads nothing from the network', () => {
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(js).not.toMatch(/https?:\/\//);
    const html = readFileSync(join(root, 'src/ui/sidebar.html'), 'utf8');
    const css = ['shared.css', 'sidebar.css'].map((f) =>
      readFileSync(join(root, 'src/ui', f), 'utf8'),
    );
    for (const text of [html, ...css]) {
      expect(text).not.toMatch(/https?:\/\/|@import|url\(/);
    }
    expect(html).toContain('<!-- SCRIPT -->');
    expect(html).toContain('<!-- STYLE -->');
  });

  test('stays small (no framework)', () => {
    // Most of it is the message catalog (every section, both languages, the self-check's too);
    // the code is ~25 KB.
    expect(Buffer.byteLength(js)).toBeLessThan(96 * 1024);
  });
});

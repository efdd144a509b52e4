// Builds dist/ for clasp: one server bundle (Code.js), appsscript.json and the UI pages.
//
// Apps Script has no modules, so the whole server bundle lives in one closure (esbuild's iife,
// exposed as the global `ODRGuard`), and every function Apps Script calls by name is a thin
// top-level `function NAME(...)` stub. The names come from the bundle itself: its
// SERVER_FUNCTIONS (src/addon/server-api.ts, the one list) is read by running the bundle once in
// an empty node:vm context. Custom functions get their JSDoc (`@customfunction`, `@param`) from
// src/addon/entry-points.ts, the list that also writes the README's function reference, because
// esbuild drops comments.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { loadTypeScript } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The groups of src/addon/server-api.ts, with what the stub's comment says about each. */
export const GROUPS = {
  CUSTOM_FUNCTIONS: 'Custom function',
  TRIGGERS: 'Simple trigger',
  MENU_COMMANDS: 'Menu command',
  CLIENT_CALLS: 'Called by the sidebar or a dialog (google.script.run)',
};

/** Loads src/addon/entry-points.ts (pure data) so this script stays plain JS. */
export function loadEntryPoints() {
  return loadTypeScript(root, 'src/addon/entry-points.ts');
}

/**
 * The server functions a bundle exports: [{ name, groups }] in list order. Throws when the list
 * is not one list: a name in SERVER_FUNCTIONS but no group (or the reverse), one name for two
 * functions, a name google.script.run could not call.
 */
export function serverFunctionsOf(bundle) {
  const api = vm.runInNewContext(`${bundle}\n;ODRGuard`, {}, { filename: 'Code.js' });
  const all = api.SERVER_FUNCTIONS;
  if (!all) throw new Error('The bundle exports no SERVER_FUNCTIONS (src/index.ts).');
  const byName = new Map();
  for (const [group] of Object.entries(GROUPS)) {
    for (const [name, fn] of Object.entries(api[group] ?? {})) {
      if (typeof fn !== 'function') throw new Error(`${group}.${name} is not a function.`);
      if (all[name] !== fn)
        throw new Error(`${name} is not the same function in ${group} and SERVER_FUNCTIONS.`);
      if (name.endsWith('_'))
        throw new Error(`${name}: google.script.run cannot call names ending in _.`);
      const entry = byName.get(name) ?? { name, groups: [] };
      entry.groups.push(group);
      byName.set(name, entry);
    }
  }
  const missing = Object.keys(all).filter((name) => !byName.has(name));
  if (missing.length > 0)
    throw new Error(`In SERVER_FUNCTIONS but in no group: ${missing.join(', ')}`);
  return [...byName.values()];
}

function jsDocFor(fn) {
  const lines = ['/**', ...fn.summary.split('\n').map((l) => ` * ${l}`), ' *'];
  for (const p of fn.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(` * @param {${p.type}} ${name} ${p.description}`);
  }
  lines.push(` * @return ${fn.returns}`);
  lines.push(' * @customfunction', ' */');
  return lines.join('\n');
}

/** The top-level stubs: custom functions with their JSDoc and named parameters, the rest plain. */
export function renderStubs(functions, customFunctionDocs) {
  const docs = new Map(customFunctionDocs.map((d) => [d.name, d]));
  const custom = functions.filter((f) => f.groups.includes('CUSTOM_FUNCTIONS')).map((f) => f.name);
  const undocumented = custom.filter((name) => !docs.has(name));
  const unknown = [...docs.keys()].filter((name) => !custom.includes(name));
  if (undocumented.length > 0 || unknown.length > 0) {
    throw new Error(
      'src/addon/entry-points.ts and CUSTOM_FUNCTIONS (src/addon/server-api.ts) disagree: ' +
        `undocumented ${undocumented.join(', ') || '-'}; documented but absent ${unknown.join(', ') || '-'}`,
    );
  }
  const parts = [];
  for (const { name, groups } of functions) {
    const doc = docs.get(name);
    if (doc) {
      const args = doc.params.map((p) => p.name).join(', ');
      parts.push(
        `${jsDocFor(doc)}\nfunction ${name}(${args}) {\n  return ODRGuard.SERVER_FUNCTIONS.${name}(${args});\n}\n`,
      );
    } else {
      const what = groups.map((g) => GROUPS[g]).join('; ');
      parts.push(
        `/** ${what}. */\nfunction ${name}(...args) {\n  return ODRGuard.SERVER_FUNCTIONS.${name}(...args);\n}\n`,
      );
    }
  }
  return parts.join('\n');
}

async function buildServer(entryPoints) {
  const result = await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ODRGuard',
    platform: 'neutral',
    // Apps Script is only known to run ES2019 syntax: esbuild lowers `??`, `?.` and class
    // fields, and writes BigInt literals as BigInt("…") calls. Built-in methods it cannot lower
    // (matchAll, replaceAll, at, …): tests/bundle/syntax.test.ts finds them.
    target: 'es2019',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const bundle = result.outputFiles[0].text;
  const header =
    '// ODR Guard: generated by scripts/build.mjs from src/. Do not edit; edit src/ and rebuild.\n';
  const stubs = renderStubs(serverFunctionsOf(bundle), entryPoints.CUSTOM_FUNCTIONS);
  return `${header}${bundle}\n${stubs}`;
}

/**
 * The UI pages: `src/ui/NAME.html` with `NAME.ts` and `NAME.css` beside it, or a folder
 * `src/ui/NAME/` with `index.html`, `main.ts` and `style.css`. Each becomes one self-contained
 * dist/NAME.html (script and styles inline, shared.css first).
 */
function uiPages(uiDir) {
  const pages = [];
  for (const entry of readdirSync(uiDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const name = entry.name.slice(0, -'.html'.length);
      pages.push({
        name,
        html: join(uiDir, entry.name),
        script: join(uiDir, `${name}.ts`),
        css: join(uiDir, `${name}.css`),
      });
    } else if (entry.isDirectory() && existsSync(join(uiDir, entry.name, 'index.html'))) {
      const dir = join(uiDir, entry.name);
      pages.push({
        name: entry.name,
        html: join(dir, 'index.html'),
        script: join(dir, 'main.ts'),
        css: join(dir, 'style.css'),
      });
    }
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name));
}

async function buildPages() {
  const uiDir = join(root, 'src/ui');
  if (!existsSync(uiDir)) return [];
  const written = [];
  for (const page of uiPages(uiDir)) {
    let html = readFileSync(page.html, 'utf8');
    if (existsSync(page.script)) {
      const js = await build({
        entryPoints: [page.script],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2019',
        charset: 'utf8',
        minify: true,
        write: false,
        logLevel: 'error',
      });
      // `</script` inside a string would end the inline block early.
      const code = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = html.replace('<!-- SCRIPT -->', () => `<script>${code}</script>`);
    }
    const css = [join(uiDir, 'shared.css'), page.css]
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    html = html.replace('<!-- STYLE -->', () => `<style>${css}</style>`);
    writeFileSync(join(dist, `${page.name}.html`), html);
    written.push(`${page.name}.html`);
  }
  return written;
}

async function main() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const entryPoints = await loadEntryPoints();
  writeFileSync(join(dist, 'Code.js'), await buildServer(entryPoints));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  const pages = await buildPages();
  const size = readFileSync(join(dist, 'Code.js')).length;
  console.log(`dist/Code.js ${(size / 1024).toFixed(1)} KiB; pages: ${pages.join(', ') || 'none'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

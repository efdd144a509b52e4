// Regenerates the README's function reference and status-rule table from the same lists the
// build uses (src/addon/entry-points.ts, src/core/rules.ts), between marker comments.
// `npm run docs` writes; `node scripts/gen-docs.mjs --check` fails when the README is stale.
import * as prettier from 'prettier';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function renderFunctionReference(functions) {
  const parts = [];
  for (const fn of functions) {
    const sig = fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    parts.push(
      `### \`${fn.name}(${sig})\``,
      '',
      fn.summary,
      '',
      '| Argument | Description |',
      '|---|---|',
    );
    for (const p of fn.params)
      parts.push(`| \`${p.name}\`${p.optional ? ' (optional)' : ''} | ${p.description} |`);
    parts.push('', `Returns: ${fn.returns}`, '', `Example: \`${fn.example}\``, '');
  }
  return parts.join('\n');
}

export function renderStatusTable(stems) {
  const rows = ['| Status word starting with | Meaning | Applies to |', '|---|---|---|'];
  for (const s of stems) rows.push(`| \`${s.stem}\` | ${s.meaning} | ${s.appliesTo} |`);
  return rows.join('\n');
}

function replaceBetween(text, marker, body) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${marker} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

async function main() {
  const { CUSTOM_FUNCTIONS } = await loadTypeScript(root, 'src/addon/entry-points.ts');
  const { EXCLUDING_STEMS } = await loadTypeScript(root, 'src/core/engine/rules.ts');
  const readmePath = join(root, 'README.md');
  const before = readFileSync(readmePath, 'utf8');
  let after = replaceBetween(before, 'functions', renderFunctionReference(CUSTOM_FUNCTIONS));
  after = replaceBetween(after, 'status-rules', renderStatusTable(EXCLUDING_STEMS));
  // Format as `prettier --check` expects, so the check and the formatter agree.
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  after = await prettier.format(after, { ...options, filepath: readmePath });
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error(
        'README.md is out of date with src/addon/entry-points.ts or src/core/rules.ts: run `npm run docs`.',
      );
      process.exit(1);
    }
    return;
  }
  writeFileSync(readmePath, after);
  console.log('README.md function reference and status rules regenerated.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

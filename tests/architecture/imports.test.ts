/**
 * The layout's rules, checked on the sources: one direction only (ui → addon → core, ui may use
 * core's wire types and catalog), and no import cycles anywhere in src/ (type-only imports
 * included: a cycle of types is still two files that cannot be read apart).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);
const KNOWN = new Set(FILES);

/** Relative imports of a file, resolved to source paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = normalize(join(dirname(file), m[1]));
    const hit = [`${base}.ts`, join(base, 'index.ts')].find((p) => KNOWN.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(ROOT, f);

function findCycles(): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'active');
    stack.push(file);
    for (const next of GRAPH.get(file) ?? []) {
      if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const f of FILES) if (!state.has(f)) visit(f);
  return cycles.map((c) => c.map(rel));
}

describe('source layout', () => {
  it('has no import cycles', () => {
    expect(findCycles()).toEqual([]);
  });

  it('imports in one direction: core imports nothing outside core, addon nothing from ui', () => {
    const wrong: string[] = [];
    for (const [file, imports] of GRAPH) {
      const from = rel(file);
      for (const target of imports.map(rel)) {
        if (from.startsWith('src/core/') && !target.startsWith('src/core/'))
          wrong.push(`${from} → ${target}`);
        if (from.startsWith('src/addon/') && target.startsWith('src/ui/'))
          wrong.push(`${from} → ${target}`);
        // The one door: rpc.ts types its calls from the server list.
        if (
          from.startsWith('src/ui/') &&
          target.startsWith('src/addon/') &&
          !(from === 'src/ui/rpc.ts' && target === 'src/addon/server-api.ts')
        )
          wrong.push(`${from} → ${target} (the ui reaches the server through rpc and core/wire)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the imports it checks (the checker itself works)', () => {
    const plan = GRAPH.get(join(SRC, 'core', 'plan', 'build.ts')) ?? [];
    expect(plan.map(rel)).toContain('src/core/engine/odr.ts');
  });
});

/**
 * What we ship must parse and run where it lands, checked by a parser that is not the one that
 * built it (acorn, not esbuild):
 *
 * - dist/Code.js runs in Apps Script's V8 runtime. Google promises "modern ECMAScript syntax";
 *   public reports confirm ES2019 and nothing found confirms ES2020, and one token it does not
 *   accept stops the whole project from loading (every custom function and the menu). So the
 *   bundle is ES2019 syntax, and uses no built-in method newer than ES2019.
 * - The pages' inline scripts run in the seller's browser. Google supports Sheets on the two
 *   most recent versions of Chrome, Firefox, Edge (Windows) and Safari (Mac)
 *   (https://support.google.com/docs/answer/2375082), which all run ES2022. The pages' syntax
 *   is built to ES2019 all the same (scripts/build.mjs: one syntax level for everything we
 *   ship); their built-ins may be up to ES2022 (PAGE_BUILT_INS below).
 */
import { parse, type Node } from 'acorn';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, bundleSource } from '../helpers/bundle';

const LEVEL = 2019;

/**
 * Built-ins newer than ES2019, by the name code reaches them with, and the edition that brought
 * each. Of ES2020 only `BigInt` is allowed: esbuild writes BigInt literals as BigInt("…") calls,
 * and the orders-needed sum needs exact integers (Apps Script's V8 runtime has BigInt).
 */
const NEWER_METHODS: Record<string, number> = {
  matchAll: 2020,
  allSettled: 2020,
  replaceAll: 2021,
  any: 2021,
  at: 2022,
  hasOwn: 2022,
  findLast: 2023,
  findLastIndex: 2023,
  toSorted: 2023,
  toReversed: 2023,
  toSpliced: 2023,
  with: 2023,
  groupBy: 2024,
  withResolvers: 2024,
  isWellFormed: 2024,
  toWellFormed: 2024,
  fromAsync: 2024,
  union: 2025,
  intersection: 2025,
  difference: 2025,
  symmetricDifference: 2025,
  isSubsetOf: 2025,
  isSupersetOf: 2025,
  isDisjointFrom: 2025,
};

const NEWER_GLOBALS: Record<string, number> = {
  globalThis: 2020,
  WeakRef: 2021,
  FinalizationRegistry: 2021,
  AggregateError: 2021,
  Iterator: 2025,
  // Not ECMAScript at all but HTML; Apps Script lacks it, browsers have had it since 2022.
  structuredClone: 2022,
};

/** Built-in constructors whose static methods are named above (`Object.hasOwn`, …). */
const STATIC_OWNERS = new Set(['Object', 'Array', 'Promise', 'Map', 'String']);

/**
 * The pages' built-in bar: Safari, the slowest of the supported browsers, has run all of ES2022
 * since 15.4 (2022), and Google supports only its two most recent versions.
 */
const PAGE_BUILT_INS = 2022;

type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Every node of the tree, depth first. */
function* nodes(root: AnyNode): Generator<AnyNode> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    yield node;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc') continue;
      if (Array.isArray(value)) for (const v of value) if (isNode(v)) stack.push(v);
      if (isNode(value)) stack.push(value);
    }
  }
}

function parseAt(source: string, ecmaVersion: 2019 | 2020 | 'latest'): AnyNode {
  return parse(source, {
    ecmaVersion,
    sourceType: 'script',
    locations: true,
  }) as unknown as AnyNode;
}

function propertyName(member: AnyNode): string | undefined {
  const property = member.property as AnyNode;
  if (!member.computed) return property.name as string;
  return property.type === 'Literal' && typeof property.value === 'string'
    ? property.value
    : undefined;
}

const has = (table: Record<string, number>, name: string | undefined): name is string =>
  name !== undefined && Object.prototype.hasOwnProperty.call(table, name);

/**
 * Uses of built-ins newer than `level`: calls `x.matchAll(…)`, statics `Object.hasOwn`, globals
 * `globalThis`. A property that is only read (`row.difference`) is data, not a method call.
 */
function newerBuiltIns(source: string, level: number = LEVEL): string[] {
  const found: { at: number; text: string }[] = [];
  const lines = source.split('\n');
  const where = (node: AnyNode, what: string) => {
    const loc = node.loc as { start: { line: number; column: number } };
    const text = lines[loc.start.line - 1] ?? '';
    const from = Math.max(0, loc.start.column - 40);
    const snippet = text.slice(from, from + 100).trim();
    return { at: node.start, text: `${loc.start.line}:${loc.start.column} ${what} — ${snippet}` };
  };
  for (const node of nodes(parseAt(source, 'latest'))) {
    if (node.type === 'CallExpression' && (node.callee as AnyNode).type === 'MemberExpression') {
      const name = propertyName(node.callee as AnyNode);
      if (has(NEWER_METHODS, name) && NEWER_METHODS[name] > level)
        found.push(where(node, `.${name} (ES${NEWER_METHODS[name]})`));
    }
    if (node.type === 'MemberExpression' && !node.computed) {
      const object = node.object as AnyNode;
      const name = propertyName(node);
      if (
        object.type === 'Identifier' &&
        STATIC_OWNERS.has(object.name as string) &&
        has(NEWER_METHODS, name) &&
        NEWER_METHODS[name] > level
      )
        found.push(where(node, `${String(object.name)}.${name} (ES${NEWER_METHODS[name]})`));
    }
    const id = node.name as string | undefined;
    if (node.type === 'Identifier' && has(NEWER_GLOBALS, id) && NEWER_GLOBALS[id] > level)
      found.push(where(node, `${id} (${NEWER_GLOBALS[id]})`));
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.text))];
}

/** A syntax error at `LEVEL` as "line:column message", or null when the source parses. */
function syntaxErrorAt(source: string): string | null {
  try {
    parseAt(source, LEVEL);
    return null;
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    const line = source.split('\n')[(e.loc?.line ?? 1) - 1] ?? '';
    return `${e.message} — ${line.trim().slice(0, 120)}`;
  }
}

function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    if (/\bsrc=/i.test(m[1])) throw new Error(`a page loads a script: <script${m[1]}>`);
    if (/\btype=["']?module/i.test(m[1])) throw new Error('a page uses a module script');
    out.push(m[2]);
  }
  return out;
}

const PAGES = readdirSync(DIST).filter((f) => f.endsWith('.html'));

describe('the checks themselves', () => {
  it('reject newer syntax and find newer built-ins', () => {
    for (const newer of ['a ?? b', 'a?.b', 'const n = 1n;', 'a ||= b', 'class A { x = 1 }'])
      expect(syntaxErrorAt(newer)).not.toBeNull();
    expect(syntaxErrorAt('const { a, ...rest } = o; try { f(); } catch { g(); }')).toBeNull();
    const found = newerBuiltIns('s.replaceAll("a", "b");\n[1].at(-1);\nlet f = Object.hasOwn;');
    expect(found).toEqual([
      expect.stringMatching(/^1:0 \.replaceAll \(ES2021\)/),
      expect.stringMatching(/^2:0 \.at \(ES2022\)/),
      expect.stringMatching(/^3:8 Object\.hasOwn \(ES2022\)/),
    ]);
    expect(newerBuiltIns('x["matchAll"](re); structuredClone(v); globalThis.x;')).toHaveLength(3);
    // Data, ES2019 methods and the pages' higher bar pass.
    expect(
      newerBuiltIns('d.difference; s.replace(/a/g, "b"); a.flat(); Object.fromEntries(e);'),
    ).toEqual([]);
    expect(newerBuiltIns('[1].at(-1); globalThis.x;', PAGE_BUILT_INS)).toEqual([]);
    expect(newerBuiltIns('[1].toSorted();', PAGE_BUILT_INS)).toHaveLength(1);
  });
});

describe('dist/Code.js (Apps Script V8)', () => {
  it(`is ECMAScript ${LEVEL} syntax`, () => {
    expect(syntaxErrorAt(bundleSource())).toBeNull();
  });

  it(`uses no built-in method newer than ES${LEVEL}`, () => {
    expect(newerBuiltIns(bundleSource())).toEqual([]);
  });
});

describe('the HTML pages (browsers Google supports for Sheets)', () => {
  it('are built', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['sidebar.html', 'import-dialog.html']));
  });

  it.each(PAGES)(
    `%s: inline scripts are ES${LEVEL} syntax, built-ins ES${PAGE_BUILT_INS}`,
    (page) => {
      const scripts = inlineScripts(readFileSync(join(DIST, page), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(syntaxErrorAt(script)).toBeNull();
        expect(newerBuiltIns(script, PAGE_BUILT_INS)).toEqual([]);
      }
    },
  );
});

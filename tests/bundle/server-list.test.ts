/**
 * One list of server functions (src/addon/server-api.ts): the bundle's exports, the top-level
 * stubs the build wrote, the custom functions' docs (entry-points.ts), the menu's callbacks and
 * the README must all name the same functions.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOM_FUNCTIONS as DOCS } from '../../src/addon/entry-points';
import { bundleSource, loadBundle, type BundleContext } from '../helpers/bundle';
import { emulateBundle } from '../helpers/emulator';

type Fn = (...args: unknown[]) => unknown;
type Group = Record<string, Fn>;

interface ServerList {
  SERVER_FUNCTIONS: Group;
  CUSTOM_FUNCTIONS: Group;
  TRIGGERS: Group;
  MENU_COMMANDS: Group;
  CLIENT_CALLS: Group;
}

const ROOT = join(__dirname, '..', '..');

function serverList(ctx: BundleContext): ServerList {
  return ctx.ODRGuard as ServerList;
}

const ctx = loadBundle();
const list = serverList(ctx);
const NAMES = Object.keys(list.SERVER_FUNCTIONS);

describe('the server list in dist/Code.js', () => {
  it('is the union of its groups, one function per name, none ending in _', () => {
    const grouped = new Set(
      [list.CUSTOM_FUNCTIONS, list.TRIGGERS, list.MENU_COMMANDS, list.CLIENT_CALLS].flatMap((g) =>
        Object.entries(g).map(([name, fn]) => {
          expect(list.SERVER_FUNCTIONS[name]).toBe(fn);
          return name;
        }),
      ),
    );
    expect([...grouped].sort()).toEqual([...NAMES].sort());
    expect(NAMES.filter((n) => n.endsWith('_'))).toEqual([]);
    expect(NAMES).toEqual(expect.arrayContaining(['ODR', 'onOpen', 'getDashboard']));
  });

  it('has exactly one top-level stub per name, and nothing else at top level', () => {
    const source = bundleSource();
    for (const name of NAMES) {
      expect({ name, stubs: source.split(`\nfunction ${name}(`).length - 1 }).toEqual({
        name,
        stubs: 1,
      });
      expect(typeof ctx[name]).toBe('function');
    }
    const own = Object.keys(ctx).filter((k) => !['console', 'Logger'].includes(k));
    expect(own.sort()).toEqual(['ODRGuard', ...NAMES].sort());
  });

  it('wires each stub to its own function, passing the arguments and the result through', () => {
    const fresh = loadBundle();
    const functions = serverList(fresh).SERVER_FUNCTIONS;
    const calls: { name: string; args: unknown[] }[] = [];
    for (const name of NAMES) {
      functions[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        return `result of ${name}`;
      };
    }
    for (const name of NAMES) {
      const doc = DOCS.find((d) => d.name === name);
      const args = doc ? doc.params.map((_, i) => `arg${i}`) : ['x', 2];
      expect((fresh[name] as Fn)(...args)).toBe(`result of ${name}`);
      expect(calls.pop()).toEqual({ name, args });
    }
  });

  it('documents exactly the custom functions, with as many parameters as each takes', () => {
    expect(DOCS.map((d) => d.name)).toEqual(Object.keys(list.CUSTOM_FUNCTIONS));
    for (const doc of DOCS) {
      expect({ name: doc.name, params: doc.params.length }).toEqual({
        name: doc.name,
        params: list.CUSTOM_FUNCTIONS[doc.name].length,
      });
    }
  });
});

describe('the menu', () => {
  function menuNames(authMode: string, trigger = 'onOpen'): string[] {
    const { emulator, call } = emulateBundle();
    call(trigger, { authMode });
    return emulator.ui.menus.flatMap((m) =>
      m.items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : [])),
    );
  }

  it('runs exactly the menu commands, each a top-level function', () => {
    const names = menuNames('NONE');
    expect([...names].sort()).toEqual(Object.keys(list.MENU_COMMANDS).sort());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(typeof ctx[name]).toBe('function');
    expect(menuNames('NONE', 'onInstall')).toEqual(names);
  });

  it('names no server function by a string in its source', () => {
    const source = readFileSync(join(ROOT, 'src', 'addon', 'menu.ts'), 'utf8');
    const quoted = NAMES.filter((n) => source.includes(`'${n}'`) || source.includes(`"${n}"`));
    expect(quoted).toEqual([]);
  });
});

describe('the sidebar and dialogs', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
    });
  }

  it('call only client calls', () => {
    const called = new Set<string>();
    for (const text of sources(join(ROOT, 'src', 'ui'))) {
      for (const m of text.matchAll(/callServer\(\s*'(\w+)'/g)) called.add(m[1]);
    }
    expect(called.size).toBeGreaterThan(3);
    const notClient = [...called].filter((n) => !(n in list.CLIENT_CALLS));
    expect(notClient).toEqual([]);
  });
});

describe('README.md', () => {
  it('documents exactly the custom functions, in list order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- functions:start -->');
    const end = readme.indexOf('<!-- functions:end -->');
    expect(start).toBeGreaterThan(0);
    const headings = [...readme.slice(start, end).matchAll(/^### `(\w+)\(/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.keys(list.CUSTOM_FUNCTIONS));
  });
});

/**
 * Least privilege and the lint guard: the manifest asks only for the documented scopes, the
 * bundle names no service that reaches outside the spreadsheet, and ESLint rejects HTML sinks
 * and eval in the UI code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DIST } from '../helpers/emulator';

/** The documented minimal set (README "Reliability and security"): each with its reason. */
const ALLOWED_SCOPES: Record<string, string> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly':
    'read and write only the spreadsheet the add-on is used in',
  'https://www.googleapis.com/auth/script.container.ui': 'show the menu, sidebar and dialogs',
};

const FORBIDDEN_REFERENCES = [
  'UrlFetchApp',
  'MailApp',
  'GmailApp',
  'DriveApp',
  'DocumentApp',
  'CalendarApp',
  'ScriptApp.getOAuthToken',
  'ScriptApp.newTrigger',
  'Jdbc',
];

describe('least privilege', () => {
  it('dist/appsscript.json asks for no scope beyond the documented minimal set', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as {
      oauthScopes?: string[];
      dependencies?: { enabledAdvancedServices?: unknown[] };
      urlFetchWhitelist?: unknown;
    };
    const scopes = manifest.oauthScopes ?? [];
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.filter((s) => !(s in ALLOWED_SCOPES))).toEqual([]);
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    expect(manifest.urlFetchWhitelist).toBeUndefined();
    console.log(`scopes: ${scopes.map((s) => s.replace(/^.*\/auth\//, '')).join(', ')}`);
  });

  it('the bundle references no service that reaches outside the spreadsheet', () => {
    const files = ['Code.js', 'sidebar.html', 'import-dialog.html'].map((f) => join(DIST, f));
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // a page not built yet
      }
      const found = FORBIDDEN_REFERENCES.filter((ref) => text.includes(ref));
      expect({ file, found }).toEqual({ file, found: [] });
    }
  });
});

interface LintMessage {
  ruleId: string | null;
  severity: number;
}

const ROOT = join(__dirname, '..', '..');

/**
 * ESLint's API (`new ESLint().lintText`) on snippets filed under src/ui/. It runs in a plain
 * Node process: jest's module sandbox cannot load eslint.config.mjs (dynamic import).
 */
function lint(snippets: readonly string[]): LintMessage[][] {
  const program = `
    const { ESLint } = require('eslint');
    const snippets = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const code of snippets) {
        const [result] = await eslint.lintText(code, { filePath: 'src/ui/hardening-probe.ts' });
        out.push(result.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity })));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-e', program], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as LintMessage[][];
}

describe('ESLint guards the UI against HTML sinks and eval', () => {
  const SNIPPETS: [string, string][] = [
    [
      'innerHTML',
      'export function f(el: HTMLElement, s: string): void {\n  el.innerHTML = s;\n}\n',
    ],
    [
      'outerHTML',
      'export function f(el: HTMLElement, s: string): void {\n  el.outerHTML = s;\n}\n',
    ],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, s: string): void {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
    ],
    ['eval', 'export function f(s: string): unknown {\n  return eval(s);\n}\n'],
    [
      'new Function',
      "export function f(s: string): unknown {\n  return new Function('x', s);\n}\n",
    ],
  ];

  const TEXT_CONTENT =
    'export function f(el: HTMLElement, s: string): void {\n  el.textContent = s;\n}\n';
  let results: LintMessage[][] = [];
  beforeAll(() => {
    results = lint([...SNIPPETS.map(([, code]) => code), TEXT_CONTENT]);
  });

  it.each(SNIPPETS.map(([name], i) => [name, i] as const))(
    '%s in src/ui is an error',
    (_name, i) => {
      const errors = results[i].filter((m) => m.severity === 2);
      expect(errors.map((m) => m.ruleId)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^(no-restricted-properties|no-eval|no-new-func|no-implied-eval|@typescript-eslint\/no-implied-eval)$/,
          ),
        ]),
      );
    },
  );

  it('textContent is fine', () => {
    expect(results[SNIPPETS.length].filter((m) => m.severity === 2)).toEqual([]);
  });
});

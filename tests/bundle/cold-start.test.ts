/**
 * Apps Script evaluates the whole bundle afresh for every custom-function call, so what the
 * bundle does when it loads is paid by every call (BENCHMARKS.md, "Bundle cold start"). These
 * check the two things that made loading slow and could come back unnoticed: data tables built
 * with Unicode normalisation at load, and the keyword tables parsed as literals.
 */
import vm from 'node:vm';
import { bundleSource } from '../helpers/bundle';

/** Evaluates the bundle in a fresh context and records every String#normalize call it makes. */
function normalisationsAtLoad(): { text: string; form: string }[] {
  const ctx = vm.createContext({
    console: { log: () => undefined },
    Logger: { log: () => undefined },
  });
  vm.runInContext(
    `var __normalised = [];
     var __normalize = String.prototype.normalize;
     String.prototype.normalize = function (form) {
       __normalised.push({ text: String(this), form: String(form) });
       return __normalize.call(this, form);
     };`,
    ctx,
  );
  vm.runInContext(bundleSource(), ctx, { filename: 'Code.js' });
  return vm.runInContext('__normalised', ctx) as { text: string; form: string }[];
}

describe('loading the bundle', () => {
  test('normalises no header, status or alias (those tables are built on first use)', () => {
    // Only the Japanese negation patterns of the categoriser are normalised at load.
    const others = normalisationsAtLoad().filter((c) => !c.text.includes('ない'));
    expect(others).toEqual([]);
  });

  test('holds the keyword tables as the generated index string, not as literals', () => {
    const source = bundleSource();
    expect(/\bvar KEYWORD_INDEX\d* = [`"]/.test(source)).toBe(true);
    expect(/\bvar KEYWORDS\d* = \{/.test(source)).toBe(false);
  });
});

/**
 * `String.prototype.matchAll` is ES2020, and Apps Script is only known to run ES2019 (see
 * tests/bundle/syntax.test.ts): this is the same loop over `RegExp.prototype.exec`.
 */

/**
 * Every match of `re` in `text`, in order, like `[...text.matchAll(re)]`. `re` need not be
 * global and is not changed (its `lastIndex` stays as it was): a global copy does the scanning.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const scanner = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const unicode = re.flags.includes('u');
  const out: RegExpExecArray[] = [];
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (one
    // code point under the u flag, as matchAll does).
    if (m[0] === '') {
      const at = scanner.lastIndex;
      const wide = unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      scanner.lastIndex = at + (wide ? 2 : 1);
    }
  }
  return out;
}

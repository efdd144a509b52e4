/**
 * The pseudo-locale check (issue 10): run a writer or view with the user locale `x-pseudo`, where
 * every catalog string renders as ⟦English⟧, then look for user-visible words outside the
 * markers. Words there did not pass through the catalog: a leak that a Chinese seller would
 * read in English (or an English seller in Chinese).
 */

/** Amazon's own codes and units: the same in every language, never prose. */
const CODES = new Set(['MFN', 'AFN', 'ALL', 'ODR', 'FBA', 'FBM', 'SKU', 'ASIN', 'ID', 'MB', 'KB']);

/** Text with every ⟦…⟧ segment (nested ones included) removed. */
export function outsideMarkers(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '⟦') depth++;
    else if (ch === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * Words (two or more letters, any script) of `text` that sit outside the pseudo markers and are
 * not among `data` — the seller's own values the view shows as they are (order ids, sheet names,
 * buyer comments, file names).
 */
export function catalogLeaks(text: string, data: readonly string[] = []): string[] {
  let rest = outsideMarkers(text);
  for (const value of [...data].sort((a, b) => b.length - a.length)) {
    if (value.length > 0) rest = rest.split(value).join(' ');
  }
  return (rest.match(/\p{L}{2,}/gu) ?? []).filter((word) => !CODES.has(word));
}

/** All leaks of many texts, each with the text it came from, for a readable failure. */
export function leaksIn(texts: readonly string[], data: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const words = catalogLeaks(text, data);
    if (words.length > 0) found.push(`${words.join(' ')}  ←  ${text.slice(0, 160)}`);
  }
  return found;
}

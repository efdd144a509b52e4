/**
 * The zh-CN check (issue 10): a Chinese seller's screen holds no English prose. Latin-script
 * words are allowed only where they are data (order ids, sheet names, buyer comments), Amazon's
 * codes (MFN, AFN, ODR, SKU, ASIN …) or the product's name.
 */
import { catalogLeaks } from './pseudo';

const PRODUCT = 'ODR Guard';

/** Latin-script words (two or more letters) of `text` that are neither data nor codes. */
export function englishWords(text: string, data: readonly string[] = []): string[] {
  return catalogLeaks(text, [PRODUCT, ...data]).filter((word) => /^\p{Script=Latin}+$/u.test(word));
}

/** All English words of many texts, each with the text it came from, for a readable failure. */
export function englishIn(texts: readonly string[], data: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const words = englishWords(text, data);
    if (words.length > 0) found.push(`${words.join(' ')}  ←  ${text.slice(0, 160)}`);
  }
  return found;
}

/**
 * Negation for the categoriser: which words negate, how far their scope reaches and whether a
 * phrase found in a text is negated. A phrase governed by a negation is dropped — in
 * Latin-script languages a negating word among the three words before it in the same clause
 * ("not damaged", "kein Schaden", "ni cassé"), in Chinese a 没/未/不/无/非 right before it
 * (没有损坏), in Japanese a negating ending right after it (壊れていない, 破損なし).
 * phrases.ts uses the same words to tell phrases that carry their own negation.
 */
export const CONTRACTION =
  "(?:do|does|did|is|was|are|were|has|have|had|wo|ca|could|would|should|ai|must|need)n'?t";
const CONTRACTION_RE = new RegExp(`^${CONTRACTION}$`);

/** Words that negate what follows them in the same clause (Latin-script languages). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'nothing',
  'nothin',
  'nuthin',
  'none',
  'nor',
  'neither',
  'zero',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
  'keines',
  'keinerlei',
  'ohne',
  'nie',
  'niemals',
  'nichts',
  'weder',
  'pas',
  'sans',
  'aucun',
  'aucune',
  'jamais',
  'ni',
  'rien',
  'ne',
  'sin',
  'nunca',
  'ningun',
  'ninguna',
  'ninguno',
  'nada',
  'non',
  'senza',
  'mai',
  'nessun',
  'nessuna',
  'nessuno',
  'niente',
  'nulla',
]);

/**
 * Words and marks that end a clause: a negation does not reach past them. "Just", "only",
 * "seulement"… also end its scope: "nothing broken just the wrong colour", "pas cassé, juste
 * trop petit", "not only late but broken" negate the first complaint, not the one after.
 */
const CLAUSE_BREAK =
  /[.,;:!?()\n\u3001\u3002]|\b(?:but|and|however|although|though|yet|just|only|simply|merely|rather|instead|except|aber|und|jedoch|doch|sondern|nur|blo(?:ss|ß)|lediglich|allerdings|mais|et|juste|seulement|simplement|plutot|sauf|cependant|pourtant|toutefois|pero|y|sino|solo|solamente|simplemente|ma|soltanto|semplicemente|invece|&)\b/g;
const ZH_NEGATION_BEFORE = /(?:[没未不无非别]|没有)(?:有|是|被|怎么|什么)?[都也]?$/;
/** Japanese negates after the stem: 壊れていない, 破損なし, 傷もなく, 遅れてもいない. */
// Built from normalised text: the matcher sees "ず" as "す" + a combining mark (NFKD), so
// voiced kana are alternatives, never members of a character class ("が" would add "か").
const JA_NEGATION_AFTER = new RegExp(
  '^(?:て|で|し|は|が|も|い|お|ら|ん|一つ|ひとつ){0,6}(?:ない|なく|ません|なかった|ず|なし|無し|無く|無い)'.normalize(
    'NFKD',
  ),
);
export const JA_NEGATION_IN_PHRASE = new RegExp(
  'ない|なく|なし|ません|なかった|ず|しか|未|不|無'.normalize('NFKD'),
);
export const ZH_NEGATION_IN_PHRASE = /[没未不无非缺少]/;
export const KANA = /[\u3040-\u30ff]/;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || CONTRACTION_RE.test(word) || word === "n'";
}

/** A word after a French "ne … que" phrase: restrictive ("je n'en ai reçu que trois"). */
const QUE_NEXT = /^\s*(?:[a-z0-9\u00df-\u024f]+\s+)?qu(?:e\b|')/;
const QUE_WORD = /\bqu(?:e\b|')/;

function negatedBefore(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 60), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  const words = (before.slice(clauseStart).match(/[a-z0-9\u00df-\u024f']+/g) ?? []).slice(-3);
  // "nothing's broken", "nothin' wrong": the contraction or a dropped g still negates.
  const negators = words.filter((w) => isNegator(w.replace(/'s$|'$/, '')) || w.startsWith("n'"));
  if (negators.length === 0) return false;
  if (!negators.every((w) => w === 'ne' || w.startsWith("n'"))) return true;
  // A lone French "ne" / "n'" with a "que" restricts instead of negating: "je n'en ai reçu que
  // trois", "il n'y avait qu'une chaise" (only three, only one).
  const first = words.findIndex((w) => w === 'ne' || w.startsWith("n'"));
  const queBetween = words.slice(first + 1).some((w) => w === 'que' || w.startsWith("qu'"));
  return !(queBetween || QUE_WORD.test(norm.slice(start, end)) || QUE_NEXT.test(norm.slice(end)));
}

/**
 * Whether a phrase found at [start, end) of the normalised text is negated. `negative`: the
 * phrase carries its own negation or names a problem either way (no check); `cjk`: a Chinese or
 * Japanese phrase.
 */
export function isNegated(
  k: { negative: boolean; cjk: boolean },
  norm: string,
  start: number,
  end: number,
): boolean {
  if (k.negative) return false;
  if (!k.cjk) return negatedBefore(norm, start, end);
  if (KANA.test(norm)) return JA_NEGATION_AFTER.test(norm.slice(end, end + 10));
  return ZH_NEGATION_BEFORE.test(norm.slice(Math.max(0, start - 4), start));
}

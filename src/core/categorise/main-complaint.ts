/**
 * Precedence: which of the complaints a text names made the order fail (the labelling
 * guidelines' order, docs/categoriser.md), with the words that decided it, and the scores of
 * every category the words pointed to.
 */
import { CATEGORY_IDS, type TextCategory, type ThemeId } from './categories';
import type { Signal } from './reading';

const NEVER_ARRIVED = new Set<ThemeId>(['neverArrived', 'markedDelivered']);
const HAD_THE_ITEM = new Set<ThemeId>(['partialOrder', 'returnRefused']);
const PRODUCT: ReadonlySet<TextCategory> = new Set<TextCategory>([
  'damaged',
  'notAsDescribed',
  'incomplete',
]);

/**
 * The category the main complaint of these signals belongs to, with the signals for it.
 * `sentBack`: the texts say the buyer sent the item back.
 */
export function mainComplaint(
  signals: readonly Signal[],
  sentBack: boolean,
): { category: TextCategory; decisive: Signal[] } | null {
  if (signals.length === 0) return null;
  const strong = signals.filter((s) => !s.weak);
  const pool = strong.length > 0 ? strong : signals;
  const themed = (themes: ReadonlySet<ThemeId>): Signal[] =>
    pool.filter((s) => themes.has(s.match.theme));
  const inCategory = (category: TextCategory): Signal[] =>
    pool.filter((s) => s.match.category === category);

  const neverArrived = themed(NEVER_ARRIVED);
  // "Only part came", "the return was refused / its label never came" and "I sent it back" mean
  // the buyer had (some of) the item: not receiving is about the rest, the label or the money.
  if (neverArrived.length > 0 && themed(HAD_THE_ITEM).length === 0 && !sentBack) {
    return { category: 'notReceived', decisive: neverArrived };
  }
  const refund = inCategory('returnRefund');
  if (refund.length > 0) return { category: 'returnRefund', decisive: refund };
  const product = pool.filter((s) => PRODUCT.has(s.match.category));
  if (product.length > 0) {
    // Strong words count 2 and weak ones 1 (from all signals); the first named breaks a tie.
    const score = new Map<TextCategory, number>();
    const first = new Map<TextCategory, number>();
    for (const s of signals) {
      const c = s.match.category;
      if (!PRODUCT.has(c)) continue;
      score.set(c, (score.get(c) ?? 0) + (s.weak ? 1 : 2));
      if (!first.has(c)) first.set(c, s.start);
    }
    const best = [...new Set(product.map((s) => s.match.category))].sort(
      (a, b) =>
        (score.get(b) ?? 0) - (score.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
    )[0];
    return { category: best, decisive: signals.filter((s) => s.match.category === best) };
  }
  const delivery = inCategory('notReceived');
  // After a return, "still nothing", "never came", "waiting for weeks" are about the money.
  if (delivery.length > 0 && sentBack) {
    const aboutTheRefund = delivery.map((s) => ({
      ...s,
      match: { ...s.match, theme: 'refund' as const, category: 'returnRefund' as const },
    }));
    return { category: 'returnRefund', decisive: aboutTheRefund };
  }
  if (delivery.length > 0) return { category: 'notReceived', decisive: delivery };
  const service = inCategory('service');
  if (service.length > 0) return { category: 'service', decisive: service };
  return null;
}

const REASON_WEIGHT = 2;
const COMMENT_WEIGHT = 1;

export function scoresOf(
  signals: readonly Signal[],
  decided: TextCategory | null,
): { category: TextCategory; score: number }[] {
  const scoreOf = new Map<TextCategory, number>();
  const counted = new Set<string>();
  for (const { match: m } of signals) {
    const key = `${m.source}\u0000${m.category}\u0000${m.text.toLowerCase()}`;
    if (counted.has(key)) continue; // "broken, broken, broken" is one signal
    counted.add(key);
    const weight = m.source === 'reason' ? REASON_WEIGHT : COMMENT_WEIGHT;
    scoreOf.set(m.category, (scoreOf.get(m.category) ?? 0) + weight);
  }
  return [...scoreOf]
    .map(([category, score]) => ({ category, score }))
    .sort(
      (a, b) =>
        Number(b.category === decided) - Number(a.category === decided) ||
        b.score - a.score ||
        CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category),
    );
}

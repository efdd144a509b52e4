/**
 * Complaint categories for the plan of action (docs/rules.md §5, issue 4, issue 12): each defective
 * order gets one category from its claim / chargeback reason and the buyer's comment, by
 * keyword rules in English, German, French, Spanish, Italian, Japanese and Chinese
 * (docs/categoriser.md). The seller's own category (the defects table's category column)
 * always wins.
 *
 * Rules, in order:
 * 1. A recognised seller override on any of the order's defect records decides.
 * 2. Otherwise the main complaint decides. The words of a claim or chargeback reason (Amazon's
 *    or the bank's own classification) are read first; the comment decides only when the
 *    reasons name nothing. Among the complaints a text names, the one that made the order fail
 *    wins (the labelling guidelines' precedence):
 *    a. never arrived / shown delivered but not there → not received (unless only part came);
 *    b. a refund or return not handled → return or refund;
 *    c. a product problem (damaged, not as described, incomplete) → the one with the most
 *       words, the first named on a tie;
 *    d. late or tracking only → not received;
 *    e. service or seller conduct, only when nothing above is named.
 *    Weak words ("cheap", "still waiting") count only when no ordinary word is found.
 * 3. No complaint words at all (none negated, no neutral term such as "never again" or "Late
 *    presentment"): the small model of model.ts may recognise the complaint in a comment or a
 *    claim reason when one category is clearly ahead (never in a bank's reason).
 * 4. A chargeback whose words name no category goes to `chargeback`.
 * 5. Nothing named: `uncategorised`.
 *
 * Negation: a phrase governed by a negation is dropped (negation.ts). "The item itself was fine"
 * takes back damage (reading.ts). The words that decided are returned with every categorisation
 * (`decisive`).
 *
 * This file holds the entry points; the parts: phrases.ts (compiling the tables' phrases and
 * their index keys), keyword-lookup.ts (the index at run time), negation.ts, reading.ts (the
 * phrases found in one text), main-complaint.ts (precedence and scores), override.ts (the
 * seller's category column).
 */
import type { DefectType } from '../engine/types';

import type { CategoryId, TextCategory, ThemeId } from './categories';
import { mainComplaint, scoresOf } from './main-complaint';
import { guessCategory } from './model';
import { readCategoryOverride } from './override';
import { read, type KeywordMatch, type TextSource } from './reading';

/** Words of the seller's data that decided a category. */
export interface DecidingWords {
  text: string;
  source: TextSource;
  /** The keyword's theme; null when the model decided. */
  theme: ThemeId | null;
}

export type CategoryBasis =
  /** The seller's category column. */
  | 'override'
  /** The words found name one category only. */
  | 'keywords'
  /** The words name several categories; the main complaint (precedence) decided. */
  | 'mainComplaint'
  /** No complaint words; the model trained on the corpus recognised the complaint. */
  | 'model'
  /** A chargeback whose words name no category (rule 4). */
  | 'chargeback'
  /** No keyword at all. */
  | 'noKeywords';

export interface Categorisation {
  category: CategoryId;
  basis: CategoryBasis;
  /** Every keyword found, also those of the categories that lost: the evidence. */
  matched: KeywordMatch[];
  /**
   * The words that decided the category, as written: the main complaint's keywords, or the
   * words that pulled the model most (theme null). Empty for an override or when nothing
   * decided.
   */
  decisive: DecidingWords[];
  /** The categories keywords pointed to, the decided one first, then by score. */
  scores: { category: TextCategory; score: number }[];
  /** An override the seller typed that could not be read, so the keywords decided. */
  unreadOverride: string | null;
}

/** What categorising needs from a defect record (`DefectRecord` has all of it). */
export interface CategoryInput {
  type: DefectType;
  comment: string;
  reason: string;
  category: string;
}

/**
 * Categorises one defective order from all its counting defect records (an order with a
 * negative feedback and an A-to-z claim is one defective order, docs/rules.md §1).
 */
export function categoriseOrder(records: readonly CategoryInput[]): Categorisation {
  let override: CategoryId | null = null;
  let unreadOverride: string | null = null;
  for (const r of records) {
    const text = r.category.trim();
    if (text === '') continue;
    const id = readCategoryOverride(text);
    if (id && !override) override = id;
    if (!id && unreadOverride === null) unreadOverride = text;
  }
  // Records of one row share its texts; each distinct text is read once.
  const reasons = [...new Set(records.map((r) => r.reason.trim()).filter(Boolean))];
  const comments = [...new Set(records.map((r) => r.comment.trim()).filter(Boolean))];
  const readReasons = reasons.map((t) => read(t, 'reason'));
  const readComments = comments.map((t) => read(t, 'comment'));
  const fromReasons = readReasons.flatMap((r) => r.signals);
  const fromComments = readComments.flatMap((r) => r.signals);
  const all = [...fromReasons, ...fromComments];
  const matched = all.map((s) => s.match);
  const base = { matched, unreadOverride: override ? null : unreadOverride };
  if (override) {
    return {
      category: override,
      basis: 'override',
      decisive: [],
      scores: scoresOf(all, null),
      ...base,
    };
  }
  // A reason is Amazon's or the bank's classification: it decides when it names anything.
  const main =
    mainComplaint(
      fromReasons,
      readReasons.some((r) => r.sentBack),
    ) ??
    mainComplaint(
      fromComments,
      readComments.some((r) => r.sentBack),
    );
  if (main) {
    const categories = new Set(matched.map((m) => m.category));
    return {
      category: main.category,
      basis: categories.size > 1 ? 'mainComplaint' : 'keywords',
      decisive: main.decisive.map(({ match: m }) => ({
        text: m.text,
        source: m.source,
        theme: m.theme,
      })),
      scores: scoresOf(all, main.category),
      ...base,
    };
  }
  const scores = scoresOf(all, null);
  // No complaint words at all — none negated ("no damage"), none neutral ("Late presentment"):
  // the model may still recognise the complaint in a comment or claim reason. A bank's reason is
  // left to rule 4, and the model stays silent unless one category is clearly ahead.
  const silent = [...readReasons, ...readComments].every((r) => !r.spokeOfComplaints);
  const chargeback = records.some((r) => r.type === 'chargeback');
  const modelTexts: [string[], TextSource][] = [
    [chargeback ? [] : reasons, 'reason'],
    [comments, 'comment'],
  ];
  for (const [texts, source] of silent ? modelTexts : []) {
    const guess = texts.length > 0 ? guessCategory(texts.join('\n')) : null;
    if (guess && guess.category !== 'uncategorised' && guess.category !== 'chargeback') {
      const decisive = guess.words.map((text) => ({ text, source, theme: null }));
      return { category: guess.category, basis: 'model', decisive, scores, ...base };
    }
  }
  if (chargeback) {
    return { category: 'chargeback', basis: 'chargeback', decisive: [], scores, ...base };
  }
  return { category: 'uncategorised', basis: 'noKeywords', decisive: [], scores, ...base };
}

/** Categorises a single defect record. */
export function categoriseDefect(record: CategoryInput): Categorisation {
  return categoriseOrder([record]);
}

/** Categorises free text as a comment (handy for tests and the sidebar). */
export function categoriseText(comment: string, reason = ''): Categorisation {
  return categoriseOrder([{ type: 'negativeFeedback', comment, reason, category: '' }]);
}

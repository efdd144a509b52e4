/**
 * Reading one text: the phrases found in it as spans of the normalised text (longest first, no
 * two overlapping, negated ones dropped), mapped back to the words as written, and what else
 * the text says (complaints negated or neutral terms, an item sent back, damage or a late
 * refund taken back).
 */
import { THEME_CATEGORY, type TextCategory, type ThemeId } from './categories';
import { candidatesFor, keywordsOf, regexOf } from './keyword-lookup';
import { isNegated } from './negation';
import { normalise } from './normalise';
import type { Keyword } from './phrases';

export type TextSource = 'reason' | 'comment' | 'override';

/** One keyword found in the seller's data, as the buyer or the claim wrote it. */
export interface KeywordMatch {
  /** The matched words as written in the source text. */
  text: string;
  theme: ThemeId;
  category: TextCategory;
  source: TextSource;
}

/** A keyword match with what the decision needs besides the evidence. */
export interface Signal {
  match: KeywordMatch;
  start: number;
  weak: boolean;
}

/** The signals of a text, and whether it also held negated complaint words or neutral terms. */
export interface Reading {
  signals: Signal[];
  /** "No damage", "nothing missing", "Late presentment": the text speaks about complaints. */
  spokeOfComplaints: boolean;
  /** "Returned it", "retour réceptionné": the buyer sent the item back (RETURN_MADE). */
  sentBack: boolean;
}

function findSignals(text: string, source: TextSource): Signal[] {
  return read(text, source).signals;
}

export function read(text: string, source: TextSource): Reading {
  if (!text) return { signals: [], spokeOfComplaints: false, sentBack: false };
  const { norm, from } = normalise(text);
  interface Candidate {
    start: number;
    end: number;
    keyword: Keyword;
  }
  const candidates: Candidate[] = [];
  const hasDigit = /\d/.test(norm);
  for (const keyword of candidatesFor(norm).flatMap(keywordsOf)) {
    if (keyword.needsDigit && !hasDigit) continue;
    const re = regexOf(keyword);
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      candidates.push({ start: m.index, end: m.index + m[0].length, keyword });
    }
  }
  // Longest first, so "package went missing" beats "missing" and "pas reçu le bon" beats
  // "pas reçu"; on equal length a phrase without gaps wins.
  candidates.sort(
    (a, b) =>
      Number(a.keyword.weak) - Number(b.keyword.weak) ||
      b.end - b.start - (a.end - a.start) ||
      Number(a.keyword.gapped) - Number(b.keyword.gapped) ||
      a.start - b.start,
  );
  const taken: { start: number; end: number; negated: boolean }[] = [];
  const signals: Signal[] = [];
  let damageTakenBack = false;
  let refundTakenBack = false;
  let sentBack = false;
  let spokeOfComplaints = false;
  for (const c of candidates) {
    // A phrase found blocks the phrases overlapping it; a negated one only those inside it
    // ("没有损坏" also hides "坏", but "que ver con las fotos" after "nada" leaves "nada que ver").
    const k = c.keyword;
    // Words of a return made name no complaint: they neither block nor are blocked.
    if (k.effect === 'sentBack') {
      sentBack ||= !isNegated(k, norm, c.start, c.end);
      continue;
    }
    const blocked = taken.some((t) =>
      t.negated ? t.start <= c.start && c.end <= t.end : c.start < t.end && t.start < c.end,
    );
    if (blocked) continue;
    const negated = isNegated(k, norm, c.start, c.end);
    taken.push({ start: c.start, end: c.end, negated });
    if (negated || k.effect === 'neutral') {
      spokeOfComplaints = true;
      continue;
    }
    if (k.effect === 'takesBackDamage' || k.effect === 'takesBackRefund') {
      if (k.effect === 'takesBackDamage') damageTakenBack = true;
      else refundTakenBack = true;
      continue;
    }
    signals.push({
      start: c.start,
      weak: k.weak,
      match: {
        text: text.slice(from[c.start], from[c.end]),
        theme: k.effect,
        category: THEME_CATEGORY[k.effect],
        source,
      },
    });
  }
  // "The item itself was fine" takes back breakage, not "but it doesn't turn on"; "the refund
  // came eventually" takes back the refund's lateness, not a refused return.
  const takenBack = (theme: ThemeId): boolean =>
    (damageTakenBack && (theme === 'broken' || theme === 'packaging')) ||
    (refundTakenBack && theme === 'refund');
  const kept = signals.filter((s) => !takenBack(s.match.theme));
  return {
    signals: kept.sort((a, b) => a.start - b.start),
    spokeOfComplaints: spokeOfComplaints || damageTakenBack || refundTakenBack,
    sentBack,
  };
}

/** Finds the keywords in one text: longest phrases first, no two matches overlapping. */
export function findKeywords(text: string, source: TextSource): KeywordMatch[] {
  return findSignals(text, source).map((s) => s.match);
}

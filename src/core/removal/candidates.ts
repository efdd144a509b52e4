/**
 * Negative feedback Amazon would remove (docs/rules.md §3, help 201905470): feedback that contains
 * personal information or obscene language, that is entirely a product review, or — on an FBA
 * order — that is about delivery or Amazon's customer service. Every removed feedback takes a
 * defect out of the ODR, so the seller should ask; Amazon decides, so these are candidates,
 * never certainties. The request must go in within 90 days of the feedback.
 *
 * The check is deliberately cautious: a feedback that mentions the seller's service or the
 * fulfilment in any way is not "entirely a product review".
 */
import type { Channel, ChannelScope, Day } from '../engine/types';
import type { DefectRecord } from '../engine/dataset-types';
import type { WindowResult } from '../engine/odr';
import { excerpt, redactEmails, redactPhones } from '../engine/text';
import { REMOVAL_WORDS, type RemovalVocabulary } from './vocabulary';

export type RemovalReason = 'personalInfo' | 'obscene' | 'fbaDelivery' | 'productReview';

/** Strongest first: a policy breach is removed whatever else the feedback says. */
export const REMOVAL_REASONS: readonly RemovalReason[] = [
  'personalInfo',
  'obscene',
  'fbaDelivery',
  'productReview',
];

/** Days after the feedback within which the seller must ask (help 201905470). */
export const REMOVAL_REQUEST_DAYS = 90;

export interface RemovalCheck {
  reason: RemovalReason;
  /** The words that decided it (for a personal-information hit: what kind, never the value). */
  words: string[];
}

/** Case and accents folded, apostrophes dropped ("didn't" → "didnt"), spaces collapsed. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]/g, '')
    .replace(/\s+/g, ' ');
}

type Vocab = Record<keyof RemovalVocabulary, RegExp[]>;

function latinPattern(entry: string): RegExp {
  const whole = entry.endsWith('$');
  const body = fold(whole ? entry.slice(0, -1) : entry)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${body})${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
}

function substringPattern(entry: string): RegExp {
  return new RegExp(`()(${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'u');
}

let compiled: Vocab | null = null;

/** Compiled once per run (custom functions call this for every defective order). */
function vocabulary(): Vocab {
  if (compiled) return compiled;
  const out: Vocab = { service: [], delivery: [], product: [], obscene: [] };
  for (const kind of Object.keys(out) as (keyof RemovalVocabulary)[]) {
    out[kind] = [
      ...REMOVAL_WORDS.latin[kind].map(latinPattern),
      ...REMOVAL_WORDS.ja[kind].map(substringPattern),
      ...REMOVAL_WORDS.zh[kind].map(substringPattern),
    ];
  }
  compiled = out;
  return out;
}

function hits(folded: string, patterns: readonly RegExp[]): string[] {
  const words: string[] = [];
  for (const re of patterns) {
    const m = re.exec(folded);
    if (m && !words.includes(m[2])) words.push(m[2]);
  }
  return words;
}

/** Phone numbers as the engine's redaction finds them (order ids, dates and amounts are not). */
export function containsPhoneNumber(text: string): boolean {
  return redactPhones(text) !== text;
}

/** Why Amazon would remove this negative feedback, or null when no rule clearly applies. */
export function removalReason(comment: string, channel: Channel | null): RemovalCheck | null {
  const text = comment.trim();
  if (text === '') return null;
  const personal: string[] = [];
  if (redactEmails(text) !== text) personal.push('e-mail address');
  if (containsPhoneNumber(text)) personal.push('phone number');
  if (personal.length > 0) return { reason: 'personalInfo', words: personal };
  const folded = fold(text);
  const v = vocabulary();
  const obscene = hits(folded, v.obscene);
  if (obscene.length > 0) return { reason: 'obscene', words: obscene };
  if (channel === 'AFN') {
    const delivery = hits(folded, v.delivery);
    if (delivery.length > 0) return { reason: 'fbaDelivery', words: delivery };
  }
  const product = hits(folded, v.product);
  if (product.length > 0 && hits(folded, v.service).length === 0) {
    return { reason: 'productReview', words: product };
  }
  return null;
}

export interface RemovalCandidate {
  orderId: string;
  /** Index into the dataset's orders. */
  order: number;
  channel: Channel | null;
  reason: RemovalReason;
  words: string[];
  /** The feedback's comment, one line, personal data removed. */
  comment: string;
  /** 1-based row of the feedback in its range. */
  row: number;
  feedbackDay: Day | null;
  /** Last day to ask for removal; null when the feedback date is unknown. */
  requestBy: Day | null;
  /** The 90 days are over: Amazon no longer takes the request. */
  passed: boolean;
}

function isCountingFeedback(record: DefectRecord): boolean {
  return record.type === 'negativeFeedback' && record.counts;
}

/** The window's negative feedback that Amazon would likely remove, in the window's order. */
export function removalCandidates(result: WindowResult, today: Day): RemovalCandidate[] {
  const out: RemovalCandidate[] = [];
  for (const order of result.defective) {
    for (const record of order.records) {
      if (!isCountingFeedback(record)) continue;
      const check = removalReason(record.comment, order.channel);
      if (!check) continue;
      const requestBy = record.date === null ? null : record.date + REMOVAL_REQUEST_DAYS;
      out.push({
        orderId: order.orderId,
        order: order.order,
        channel: order.channel,
        reason: check.reason,
        words: check.words,
        comment: excerpt(record.comment),
        row: record.row,
        feedbackDay: record.date,
        requestBy,
        passed: requestBy !== null && requestBy < today,
      });
    }
  }
  return out;
}

export interface RateIfRemoved {
  scope: ChannelScope;
  orders: number;
  defective: number;
  rate: number | null;
  /** Orders that would have no counting defect left if every open candidate were removed. */
  defectiveIfRemoved: number;
  rateIfRemoved: number | null;
  /** Candidates still within their 90 days (the ones the figure assumes removed). */
  candidates: number;
}

/**
 * Each channel's rate if Amazon removed every candidate still within its 90 days. An order
 * stays defective while it keeps a claim, a chargeback or another negative feedback that is not
 * a candidate: one order counts once (docs/rules.md §1).
 */
export function ratesIfRemoved(
  result: WindowResult,
  candidates: readonly RemovalCandidate[],
): RateIfRemoved[] {
  const removable = new Set(candidates.filter((c) => !c.passed).map((c) => `${c.order}:${c.row}`));
  return result.scopes.map((scope) => {
    const stats = result.stats[scope];
    let cleared = 0;
    let open = 0;
    for (const order of result.defective) {
      if (scope !== 'ALL' && order.channel !== scope) continue;
      const left = order.records.filter(
        (r) => r.counts && !(isCountingFeedback(r) && removable.has(`${order.order}:${r.row}`)),
      );
      open += order.records.filter((r) => removable.has(`${order.order}:${r.row}`)).length;
      if (left.length === 0) cleared++;
    }
    const defectiveIfRemoved = stats.defective - cleared;
    return {
      scope,
      orders: stats.orders,
      defective: stats.defective,
      rate: stats.rate,
      defectiveIfRemoved,
      rateIfRemoved: stats.orders > 0 ? defectiveIfRemoved / stats.orders : null,
      candidates: open,
    };
  });
}

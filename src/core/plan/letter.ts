/**
 * The draft appeal letter, in English (the language Seller Performance reads), assembled from
 * the plan's sections, and the checks that flag phrases which get plans rejected (odr-rules §5:
 * concise, factual bullet points; no emotive language; blame nobody; no promises).
 * Seller-specific facts the data cannot know stay as [bracketed] placeholders, so the draft
 * never states an action the seller has not confirmed.
 */
import { categoryLabel, themeLabel } from '../categorise';
import { formatPercent, msg, render, type Message } from '../i18n';
import type {
  AppealLetter,
  CategorySection,
  LetterFlag,
  LetterFlagKind,
  OrderStatus,
  PlanSummary,
} from './types';

interface FlagRule {
  kind: LetterFlagKind;
  re: RegExp;
  reason: Message;
  /** Only flag when the sentence carries no fact (no digit, hence no count and no order id). */
  unlessFacts?: boolean;
}

const CARRIERS =
  'usps|ups|fedex|dhl|royal mail|hermes|evri|dpd|gls|canada post|australia post|la poste|colissimo|correos|poste italiane|japan post|yamato|sagawa|china post|yanwen|yunexpress|4px|the post office';

export const LETTER_RULES: readonly FlagRule[] = [
  {
    kind: 'apology',
    re: /\b(?:sorry|apologi[sz]\w*|apolog(?:y|ies)|regret\w*|forgive)\b/gi,
    reason: msg('plan.flag.apology'),
    unlessFacts: true,
  },
  {
    kind: 'blame',
    re: /\b(?:the|our|a) (?:carrier|courier|shipping company|delivery company|postal service)s?\b/gi,
    reason: msg('plan.flag.blameCarrier'),
  },
  {
    kind: 'blame',
    re: new RegExp(
      `\\b(?:${CARRIERS}|carriers?|couriers?)\\b[^.!?\\n]{0,40}?\\b(?:lost|loses|lose|delay\\w*|damag\\w*|fault|fail\\w*|mishandl\\w*|late|broke)\\b`,
      'gi',
    ),
    reason: msg('plan.flag.blameNamedCarrier'),
  },
  {
    kind: 'blame',
    re: /\b(?:buyers?|customers?|clients?)(?:'s?)?\b[^.!?\n]{0,40}?\b(?:lied|lies|lying|liars?|fraud\w*|scam\w*|abus\w*|misus\w*|fault|by mistake|did not read|didn't read|unreasonable|dishonest)\b/gi,
    reason: msg('plan.flag.blameBuyer'),
  },
  {
    kind: 'blame',
    re: /\bamazon(?:'s)?\b[^.!?\n]{0,30}?\b(?:fault|mistake|error|unfair\w*|wrong\w*|blame\w*)\b/gi,
    reason: msg('plan.flag.blameAmazon'),
  },
  {
    kind: 'blame',
    re: /\b(?:not our fault|no fault of (?:ours|our own)|beyond our control|out of our control|not responsible|unfair\w*)\b/gi,
    reason: msg('plan.flag.deflect'),
  },
  {
    kind: 'promise',
    re: /\b(?:will|shall|going to) (?:try|attempt|strive|endeavou?r|make sure|ensure|be more careful|do (?:our|my) best)\b|\btry (?:to|our best|harder)\b|\bhope(?:fully| to)?\b|\b(?:do|doing) our (?:best|utmost)\b|\b(?:won't|will not|never) happen again\b|\bpromis\w*\b|\bmore careful\b/gi,
    reason: msg('plan.flag.promise'),
  },
  {
    kind: 'emotive',
    re: /\b(?:beg|begging|desperate\w*|livelihood|please (?:reinstate|forgive|help)|our family|devastat\w*)\b/gi,
    reason: msg('plan.flag.emotive'),
  },
];

interface Sentence {
  text: string;
  start: number;
}

/** Every match of a global regex (String.prototype.matchAll is past ES2019, see design notes). */
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    out.push(m);
    if (m[0] === '') global.lastIndex++;
  }
  return out;
}

/** Splits into lines, then sentences: a flag shows the sentence it sits in. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of allMatches(text, /[^\n.!?]+[.!?]*/g)) {
    if (m[0].trim() === '') continue;
    out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** Flags phrases that get plans rejected, with the offending text and the reason. */
export function flagLetter(text: string): LetterFlag[] {
  const flags: LetterFlag[] = [];
  for (const sentence of sentences(text)) {
    const hasFacts = /\d/.test(sentence.text);
    for (const rule of LETTER_RULES) {
      if (rule.unlessFacts && hasFacts) continue;
      for (const m of allMatches(sentence.text, rule.re)) {
        const index = sentence.start + m.index;
        const end = index + m[0].length;
        // One flag per spot: "The courier was late" is one blame, not two.
        if (
          flags.some(
            (f) => f.kind === rule.kind && index < f.index + f.phrase.length && f.index < end,
          )
        )
          continue;
        flags.push({
          kind: rule.kind,
          phrase: m[0],
          text: sentence.text.trim(),
          reason: rule.reason,
          index,
        });
      }
    }
  }
  return flags.sort((a, b) => a.index - b.index);
}

const MAX_IDS = 10;

function idList(ids: readonly string[]): string {
  if (ids.length <= MAX_IDS) return ids.join(', ');
  return `${ids.slice(0, MAX_IDS).join(', ')} and ${ids.length - MAX_IDS} more (listed in the attached plan)`;
}

const STATUS_VERBS: Readonly<Record<OrderStatus, string>> = {
  refunded: 'Refunded',
  replaced: 'Replaced',
  'contacted buyer': 'Contacted the buyer of',
  'claim appealed': 'Appealed the claim of',
  'feedback removal requested': 'Requested feedback removal for',
};

function correctiveLines(
  section: CategorySection,
  statuses: Readonly<Record<string, OrderStatus | ''>>,
): string[] {
  const byStatus = new Map<OrderStatus, string[]>();
  const open: string[] = [];
  for (const id of section.orderIds) {
    const status = statuses[id];
    if (status) {
      const list = byStatus.get(status) ?? [];
      list.push(id);
      byStatus.set(status, list);
    } else open.push(id);
  }
  const lines = [...byStatus].map(
    ([status, ids]) =>
      `${STATUS_VERBS[status]} ${ids.length === 1 ? 'order' : `${ids.length} orders`}: ${idList(ids)}.`,
  );
  if (open.length > 0) {
    const which = open.length === section.orderIds.length ? 'these orders' : idList(open);
    lines.push(
      `[Action taken for ${which}: refunded / replaced / contacted buyer / claim appealed / feedback removal requested]`,
    );
  }
  return lines;
}

/** Catalog texts in the letter are taken in English: Seller Performance reads English. */
const english = (m: Message): string => render('en', m);

/** Assembles the English draft letter from the summary and the category sections. */
export function buildLetter(
  summary: PlanSummary,
  sections: readonly CategorySection[],
  statuses: Readonly<Record<string, OrderStatus | ''>> = {},
): AppealLetter {
  const lines: string[] = ['Plan of Action: Order Defect Rate', ''];
  lines.push(`Order Defect Rate, ${summary.windowStart} to ${summary.windowEnd}:`);
  for (const c of summary.channels) {
    const who = c.scope === 'ALL' ? 'All orders' : c.scope;
    const rate = c.rate === null ? 'no orders' : formatPercent(c.rate);
    const verdict =
      c.status === 'OK' ? 'under the target' : `target under ${formatPercent(summary.target)}`;
    lines.push(`- ${who}: ${rate} (${c.defective} of ${c.orders} orders); ${verdict}.`);
  }
  const counts = summary.defectCounts;
  lines.push(
    `- Defective orders: ${summary.defectiveOrders} (negative feedback ${counts.negativeFeedback}, A-to-z claims ${counts.atoz}, chargebacks ${counts.chargeback}).`,
  );
  if (sections.length > 0) {
    lines.push(
      `- Complaint categories: ${sections.map((s) => `${english(categoryLabel(s.category))} ${s.orders}`).join(', ')}.`,
    );
  }
  sections.forEach((s, i) => {
    const label = english(categoryLabel(s.category));
    lines.push(
      '',
      `${i + 1}. ${label}: ${s.orders} ${s.orders === 1 ? 'order' : 'orders'} (${formatPercent(s.share)} of defective orders), ordered ${s.firstOrderDate} to ${s.lastOrderDate}`,
      'Root cause:',
    );
    const finding = s.rootCause.sellerFinding.trim();
    lines.push(`- ${finding || '[Your finding: why it happened, with facts]'}`);
    lines.push(`- Orders: ${idList(s.orderIds)}.`);
    if (s.themes.length > 0) {
      lines.push(
        `- Buyers' words and claim reasons: ${s.themes.map((t) => `${english(themeLabel(t.theme))} (${t.orders})`).join(', ')}.`,
      );
    }
    lines.push('Corrective actions taken:');
    for (const l of correctiveLines(s, statuses)) lines.push(`- ${l}`);
    lines.push('Preventive measures:');
    if (s.preventive.length === 0) lines.push('- [The check now in place for this cause]');
    for (const m of s.preventive) lines.push(`- ${english(m.text)}`);
    lines.push(`Evidence attached: ${s.evidence.map(english).join('; ')}.`);
  });
  const text = lines.join('\n');
  return { text, characters: [...text].length, flags: flagLetter(text) };
}

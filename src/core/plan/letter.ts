/**
 * The draft appeal letter, in English (the language Seller Performance reads), assembled from
 * the argued channels' sections, and the checks that flag phrases which get plans rejected
 * (docs/rules.md §5: concise, factual bullet points; no emotive language; blame nobody; no
 * promises). The letter is made of parts — catalog messages and the seller's own words — so the
 * English text and a Chinese rendering for the seller's understanding say the same thing.
 * It states only what the seller filled in: a part not filled yet is left out and listed as a
 * gap (gaps.ts), never a [placeholder] in a letter the seller might paste.
 */
import { categoryLabel, themeLabel } from '../categorise';
import { DEFECT_TYPES } from '../engine/types';
import { msg, render, type Locale, type Message, type MessageParam } from '../i18n';
import { PLACEHOLDER, inLetter, itemEnglish } from './gaps';
import { dayRange, listOf, productName } from './phrases';
import type {
  AppealLetter,
  CategorySection,
  ChannelPart,
  LetterFlag,
  LetterFlagKind,
  LetterLine,
  OrderStatus,
  PlanItem,
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

/** Order ids the letter lists in full; beyond that, "and n more (listed in the attached plan)". */
const MAX_IDS = 10;

function idList(ids: readonly string[]): MessageParam {
  if (ids.length <= MAX_IDS) return ids.join(', ');
  return msg('letter.idsMore', {
    ids: ids.slice(0, MAX_IDS).join(', '),
    more: ids.length - MAX_IDS,
  });
}

const STATUS_LINE: Readonly<
  Record<OrderStatus, 'refunded' | 'replaced' | 'contacted' | 'appealed' | 'removal'>
> = {
  refunded: 'refunded',
  replaced: 'replaced',
  'contacted buyer': 'contacted',
  'claim appealed': 'appealed',
  'feedback removal requested': 'removal',
};

const bullet = (text: MessageParam): Message => msg('letter.bullet', { text });

/** The actions taken per order: listed ones grouped, the seller's own words per order. */
function correctiveLines(section: CategorySection): Message[] {
  const byStatus = new Map<OrderStatus, string[]>();
  const typed: Message[] = [];
  for (const row of section.corrective.rows) {
    if (row.status) {
      const list = byStatus.get(row.status) ?? [];
      list.push(row.orderId);
      byStatus.set(row.status, list);
    } else if (row.actionText.trim() !== '') {
      typed.push(
        bullet(msg('letter.actionText', { orderId: row.orderId, text: row.actionText.trim() })),
      );
    }
  }
  const grouped = [...byStatus].map(([status, ids]) =>
    bullet(
      ids.length === 1
        ? msg(`letter.action.${STATUS_LINE[status]}.one` as const, { ids: idList(ids) })
        : msg(`letter.action.${STATUS_LINE[status]}.other` as const, {
            n: ids.length,
            ids: idList(ids),
          }),
    ),
  );
  return [...grouped, ...typed];
}

/** A list item as the letter states it: the guide's text or the seller's own words. */
const itemText = (item: PlanItem): MessageParam => item.text;

/** Items with a [placeholder] left are gaps, not letter text. */
const filledIn = (item: PlanItem): boolean => !PLACEHOLDER.test(itemEnglish(item));

function channelLines(part: ChannelPart, target: number): Message[] {
  const c = part.summary;
  const rate = {
    channel:
      c.scope === 'ALL' ? msg('letter.allOrders') : msg(`letter.channel.${c.scope}` as const),
    rate: { percent: c.rate },
    defective: c.defective,
    orders: c.orders,
    target: { percent: target },
  };
  return [bullet(msg(c.status === 'OK' ? 'letter.rateUnder' : 'letter.rateMissed', rate))];
}

function sectionLines(section: CategorySection, n: number, part: ChannelPart): LetterLine[] {
  const label =
    section.category === 'uncategorised'
      ? msg('letter.otherComplaints')
      : categoryLabel(section.category);
  const share =
    part.scope === 'ALL'
      ? msg('letter.shareOfAll', { share: { percent: section.share } })
      : msg('letter.shareOf', { share: { percent: section.share }, channel: part.scope });
  const lines: LetterLine[] = [
    '',
    msg(section.orders === 1 ? 'letter.section.one' : 'letter.section.other', {
      n,
      label,
      orders: section.orders,
      share,
      range:
        section.firstOrderDate === section.lastOrderDate
          ? { day: section.firstOrderDate }
          : dayRange(section.firstOrderDate, section.lastOrderDate),
    }),
    msg('letter.rootCause'),
  ];
  const finding = section.rootCause.sellerFinding.trim();
  if (finding !== '') lines.push(bullet(finding));
  lines.push(msg('letter.orders', { ids: idList(section.orderIds) }));
  if (section.products.length > 0) {
    lines.push(
      msg('letter.products', {
        list: listOf(
          section.products.map((p) =>
            msg(part.scope === 'ALL' ? 'letter.productAll' : 'letter.product', {
              product: productName(p),
              orders: p.orders,
              rate: { percent: p.rate },
              average: { percent: p.channelRate },
              channel: part.scope,
            }),
          ),
        ),
      }),
    );
  }
  if (section.themes.length > 0) {
    lines.push(
      msg('letter.themes', {
        list: listOf(
          section.themes.map((t) =>
            msg('plan.countedItem', { item: themeLabel(t.theme), n: t.orders }),
          ),
        ),
      }),
    );
  }
  const corrective = correctiveLines(section);
  if (corrective.length > 0) lines.push(msg('letter.corrective'), ...corrective);
  const measures = section.preventive.filter(filledIn);
  if (measures.length > 0)
    lines.push(msg('letter.preventive'), ...measures.map((m) => bullet(itemText(m))));
  const evidence = section.evidence.filter(filledIn);
  if (evidence.length > 0) lines.push(msg('letter.evidence', { list: joinSemicolon(evidence) }));
  return lines;
}

/** Evidence items joined with "; " (a nested list keeps each item a message of its own). */
function joinSemicolon(items: readonly PlanItem[]): MessageParam {
  if (items.length === 1) return itemText(items[0]);
  const half = Math.ceil(items.length / 2);
  return msg('letter.semicolonPair', {
    head: joinSemicolon(items.slice(0, half)),
    tail: joinSemicolon(items.slice(half)),
  });
}

/** Renders the letter's parts in a locale: English to send, Chinese to understand it. */
export function renderLetter(lines: readonly LetterLine[], locale: Locale): string[] {
  return lines.map((line) => (typeof line === 'string' ? line : render(locale, line)));
}

/** Assembles the letter from the argued channels; `ready` when no gap is left. */
export function buildLetter(
  summary: PlanSummary,
  parts: readonly ChannelPart[],
  ready: boolean,
): AppealLetter {
  const lines: LetterLine[] = [msg('letter.title'), ''];
  lines.push(
    msg('letter.window', { from: { day: summary.windowStart }, to: { day: summary.windowEnd } }),
  );
  for (const part of parts) lines.push(...channelLines(part, summary.target));
  const counts = { negativeFeedback: 0, atoz: 0, chargeback: 0 };
  let defective = 0;
  for (const part of parts) {
    defective += part.summary.defective;
    for (const t of DEFECT_TYPES) counts[t] += part.summary[t];
  }
  lines.push(
    bullet(
      msg('letter.defects', {
        n: defective,
        negativeFeedback: counts.negativeFeedback,
        atoz: counts.atoz,
        chargeback: counts.chargeback,
      }),
    ),
  );
  const sections = parts.flatMap((part) =>
    part.sections.filter(inLetter).map((s) => ({ part, s })),
  );
  if (sections.length > 0) {
    lines.push(
      bullet(
        msg('letter.categories', {
          list: listOf(
            sections.map(({ part, s }) =>
              msg(parts.length > 1 ? 'letter.categoryCountIn' : 'letter.categoryCount', {
                label:
                  s.category === 'uncategorised'
                    ? msg('letter.otherComplaints')
                    : categoryLabel(s.category),
                n: s.orders,
                channel: part.scope,
              }),
            ),
          ),
        }),
      ),
    );
  }
  sections.forEach(({ part, s }, i) => lines.push(...sectionLines(s, i + 1, part)));
  const english = renderLetter(lines, 'en');
  const text = english.join('\n');
  return { lines, text, characters: [...text].length, flags: flagLetter(text), ready };
}

/**
 * What is left to fill in before the letter can be sent (issue 13): a letter a seller might paste
 * carries no placeholder and no "Uncategorised" heading, so every unfilled part is listed here
 * instead — in the plan sheet above the letter, and for the sidebar's checklist steps 3 and 4
 * (readiness.ts). The letter is ready when nothing is left.
 */
import { categoryLabel } from '../categorise';
import { excerpt } from '../engine/text';
import { msg, render, type Message, type MessageParam } from '../i18n';
import { firstOf, listOf } from './phrases';
import type { CategorySection, ChannelPart, PlanGap, PlanItem } from './types';

/** A [bracketed] part of a suggestion the seller is to replace with their own facts. */
export const PLACEHOLDER = /\[[^\]\n]+\]/;

/** Letters of a script other than Latin: text Seller Performance cannot read as it is. */
const NOT_LATIN = /[^\P{L}\p{Script=Latin}]/u;

export function isNonLatin(text: string): boolean {
  return NOT_LATIN.test(text);
}

const MAX_IDS = 5;

/** Order ids, the first few and "and n more". */
export function someIds(ids: readonly string[]): MessageParam {
  return firstOf(ids, MAX_IDS);
}

/** The English text of an item, which the letter would carry. */
export function itemEnglish(item: PlanItem): string {
  return typeof item.text === 'string' ? item.text : render('en', item.text);
}

/** An item as a gap names it: the guide's text in the seller's language, or their own words. */
function itemParam(item: PlanItem): MessageParam {
  return typeof item.text === 'string' ? excerpt(item.text, 80) : item.text;
}

/** Whether a section goes into the letter: uncategorised orders only with the seller's finding. */
export function inLetter(section: CategorySection): boolean {
  return section.category !== 'uncategorised' || section.rootCause.sellerFinding.trim() !== '';
}

function where(part: ChannelPart, section: CategorySection): Message {
  return part.scope === 'ALL'
    ? msg('plan.gap.sectionAll', { category: categoryLabel(section.category) })
    : msg('plan.gap.section', { channel: part.scope, category: categoryLabel(section.category) });
}

function sectionGaps(part: ChannelPart, section: CategorySection): PlanGap[] {
  const at = where(part, section);
  if (!inLetter(section)) {
    return [
      {
        kind: 'uncategorised',
        text: msg('plan.gap.uncategorised', {
          where: at,
          n: section.orders,
          ids: someIds(section.orderIds),
        }),
      },
    ];
  }
  const gaps: PlanGap[] = [];
  const finding = section.rootCause.sellerFinding.trim();
  if (finding === '') gaps.push({ kind: 'finding', text: msg('plan.gap.finding', { where: at }) });
  const open = section.corrective.rows.filter((r) => r.status === '' && r.actionText.trim() === '');
  if (open.length > 0) {
    gaps.push({
      kind: 'actions',
      text: msg('plan.gap.actions', {
        where: at,
        n: open.length,
        ids: someIds(open.map((r) => r.orderId)),
      }),
    });
  }
  for (const item of [...section.preventive, ...section.evidence]) {
    if (PLACEHOLDER.test(itemEnglish(item)))
      gaps.push({
        kind: 'placeholder',
        text: msg('plan.gap.placeholder', { where: at, item: itemParam(item) }),
      });
  }
  if (section.preventive.length === 0)
    gaps.push({ kind: 'noMeasure', text: msg('plan.gap.noMeasure', { where: at }) });
  const foreign: MessageParam[] = [];
  if (isNonLatin(finding)) foreign.push(msg('plan.gap.yourFinding'));
  for (const row of section.corrective.rows)
    if (isNonLatin(row.actionText))
      foreign.push(msg('plan.gap.yourAction', { orderId: row.orderId }));
  for (const item of [...section.preventive, ...section.evidence])
    if (item.source === 'seller' && isNonLatin(itemEnglish(item))) foreign.push(itemParam(item));
  if (foreign.length > 0)
    gaps.push({
      kind: 'notEnglish',
      text: msg('plan.gap.notEnglish', { where: at, what: listOf(foreign) }),
    });
  return gaps;
}

/** Every gap of the argued channels, in the plan's order. */
export function planGaps(parts: readonly ChannelPart[]): PlanGap[] {
  return parts.flatMap((part) => part.sections.flatMap((section) => sectionGaps(part, section)));
}

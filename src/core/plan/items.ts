/**
 * What the seller typed, carried into the next plan (issue 13): their findings, the action per
 * order (a listed one or their own words, whatever they say), their notes, and the lists as they
 * left them — suggestions kept, rewritten, added or deleted. A suggestion the seller deleted stays
 * deleted: the plan's record (sheet.ts) says which suggestions a list showed, so a guide key
 * missing from the list read back is a deletion, while one the list never showed is new and is
 * added.
 */
import type { CategoryId } from '../categorise';
import type { ChannelScope } from '../engine/types';
import { redactEmails } from '../engine/text';
import { msg, type MessageKey } from '../i18n';
import {
  ORDER_STATUSES,
  type FilledItem,
  type FilledPlan,
  type ListBlock,
  type OrderStatus,
  type PlanItem,
} from './types';

/** A filled plan with every part present. */
export function completeFilled(filled: Partial<FilledPlan> | undefined): FilledPlan {
  return {
    findings: filled?.findings ?? {},
    actions: filled?.actions ?? {},
    lists: filled?.lists ?? {},
    shown: filled?.shown ?? {},
    notes: filled?.notes ?? {},
  };
}

/** The key a section's finding is read and written under: `MFN:damaged`. */
export function sectionKey(scope: ChannelScope, category: CategoryId): string {
  return `${scope}:${category}`;
}

/** The key of one of a section's lists: `MFN:damaged:preventive`. */
export function listKey(scope: ChannelScope, category: CategoryId, block: ListBlock): string {
  return `${sectionKey(scope, category)}:${block}`;
}

/**
 * The seller's finding for a section: under its channel, else (a plan written before channels
 * were argued apart) under the category alone.
 */
export function findingFor(filled: FilledPlan, scope: ChannelScope, category: CategoryId): string {
  return redactEmails(
    filled.findings[sectionKey(scope, category)] ?? filled.findings[category] ?? '',
  );
}

/** An order's action: a listed status, or the seller's own words kept as typed. */
export function actionFor(
  filled: FilledPlan,
  orderId: string,
): { status: OrderStatus | ''; actionText: string } {
  const typed = (filled.actions[orderId] ?? '').trim();
  if (typed === '') return { status: '', actionText: '' };
  const status = ORDER_STATUSES.find((s) => s === typed);
  return status ? { status, actionText: '' } : { status: '', actionText: redactEmails(typed) };
}

export function guideItem(key: MessageKey): PlanItem {
  return { source: 'guide', key, text: msg(key) };
}

function fromFilled(item: FilledItem): PlanItem {
  return 'key' in item
    ? guideItem(item.key)
    : { source: 'seller', key: null, text: redactEmails(item.text) };
}

/**
 * A section's list: the guide's suggestions that apply now, as the seller left them in their
 * last plan — their order, their wording, their deletions — plus suggestions that apply now and
 * that list never showed. Without a record of what the list showed (a plan written by an older
 * version, or the record deleted), nothing is added to a list the seller already had.
 */
export function mergeList(
  filled: FilledPlan,
  scope: ChannelScope,
  category: CategoryId,
  block: ListBlock,
  applicable: readonly MessageKey[],
): PlanItem[] {
  const key = listKey(scope, category, block);
  const read = filled.lists[key] ?? filled.lists[`${category}:${block}`];
  if (read === undefined) return applicable.map(guideItem);
  const items = read.map(fromFilled);
  const shown = filled.shown[key];
  if (shown === undefined) return items;
  const kept = new Set(read.flatMap((item) => ('key' in item ? [item.key] : [])));
  const wasShown = new Set(shown);
  for (const k of applicable) if (!kept.has(k) && !wasShown.has(k)) items.push(guideItem(k));
  return items;
}

/**
 * The appeal step's note: the sidebar's, and what the seller typed into the last plan's note
 * cell — both kept when they differ, so neither is lost.
 */
export function mergeNote(checklistNote: string, sheetNote: string | undefined): string {
  const fromSidebar = checklistNote.trim();
  const fromSheet = (sheetNote ?? '').trim();
  if (fromSheet === '' || fromSheet === fromSidebar) return redactEmails(fromSidebar);
  if (fromSidebar === '' || fromSheet.includes(fromSidebar)) return redactEmails(fromSheet);
  return redactEmails(`${fromSheet}\n${fromSidebar}`);
}

/**
 * Every guide suggestion each list of `sections` has shown the seller: what it shows now plus
 * what earlier plans showed (so a deletion is remembered however many plans later).
 */
export function seenSuggestions(
  filled: FilledPlan,
  sections: readonly {
    scope: ChannelScope;
    category: CategoryId;
    lists: Record<ListBlock, readonly PlanItem[]>;
  }[],
): Record<string, MessageKey[]> {
  const seen: Record<string, MessageKey[]> = {};
  for (const { scope, category, lists } of sections) {
    for (const block of ['corrective', 'preventive', 'evidence'] as const) {
      const key = listKey(scope, category, block);
      const keys = new Set<MessageKey>(filled.shown[key] ?? []);
      for (const item of lists[block]) if (item.key !== null) keys.add(item.key);
      seen[key] = [...keys];
    }
  }
  return seen;
}

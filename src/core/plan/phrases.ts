/**
 * Small messages the plan composes from catalog keys: lists joined the locale's way, defect-type
 * names, day ranges. Pure; the sheet renders them in the user's locale.
 */
import type { DefectType } from '../engine/types';
import { msg, type Message, type MessageParam } from '../i18n';

/**
 * Items joined with the locale's list separator (", " / "、"). A balanced tree of nested
 * messages, so a long list renders without deep recursion.
 */
export function listOf(items: readonly MessageParam[]): MessageParam {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  const half = Math.ceil(items.length / 2);
  return msg('plan.list', {
    head: listOf(items.slice(0, half)),
    separator: msg('common.listSeparator'),
    tail: listOf(items.slice(half)),
  });
}

/** "never arrived / lost (2)": an item with the number of orders it concerns. */
export function counted(item: MessageParam, n: number): Message {
  return msg('plan.countedItem', { item, n });
}

export function defectTypeLabel(type: DefectType): Message {
  return msg(`plan.defectType.${type}` as const);
}

/** "negative feedback 3" / "A-to-z claims 2": a defect type with its count. */
export function defectTypeCount(type: DefectType, n: number): Message {
  if (type === 'negativeFeedback') return msg('plan.typeCount.negativeFeedback', { n });
  return msg(`plan.typeCount.${type}.${n === 1 ? 'one' : 'other'}` as const, { n });
}

/** Two ISO days as a range: "2024-01-01 to 2024-02-29", "2024年1月1日至2024年2月29日". */
export function dayRange(from: string, to: string): Message {
  return msg('common.dayRange', { from: { day: from }, to: { day: to } });
}

/**
 * Reading back what the seller filled in their latest plan sheet — in whichever language it was
 * written, or in the layouts of earlier versions — so writing the plan again keeps every cell
 * they filled (issue 13): findings, the action per order whatever its words, the lists of
 * corrective actions, preventive measures and evidence as they left them (kept, rewritten,
 * added, deleted), and the appeal steps' notes.
 */
import {
  ORDER_STATUSES,
  ORDER_STATUS_KEYS,
  type FilledItem,
  type FilledPlan,
  type ListBlock,
  type OrderStatus,
} from './types';
import { BULLET, PLAN_COLUMNS, type PlanRecord } from './sheet';
import { suggestionKeys } from './guidance';
import { sectionKey } from './items';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../categorise';
import type { ChannelScope } from '../engine/types';
import { LOCALES, render, t, type MessageKey } from '../i18n';

/** The plan sheet's name in every locale: "Plan of Action", "行动计划". */
function sheetNamePrefixes(): string[] {
  return LOCALES.map((locale) => t(locale, 'plan.sheetName'));
}

/** A catalog text in every locale, to recognise it in a sheet written in any of them. */
function inEveryLocale(key: MessageKey): string[] {
  return LOCALES.map((locale) => t(locale, key));
}

/**
 * A label cell of a plan written in any locale, or in the bilingual layout of earlier versions
 * ("Your finding (why it happened) / 您的结论（问题为何发生）"), whose English comes first.
 */
function isLabel(cell: string, key: MessageKey): boolean {
  return inEveryLocale(key).some((text) => cell === text || cell.startsWith(`${text} / `));
}

/** The category a section heading ("2.1 Not received / late — 2 (33.33%)") names, if any. */
function headingCategory(text: string): CategoryId | null {
  let best: { id: CategoryId; length: number } | null = null;
  for (const id of CATEGORY_IDS) {
    for (const label of LOCALES.map((locale) => render(locale, categoryLabel(id)))) {
      if (text.startsWith(label) && (best === null || label.length > best.length))
        best = { id, length: label.length };
    }
  }
  return best?.id ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A heading template of every locale as a pattern whose group 1 is the channel. */
function channelHeading(key: MessageKey): RegExp[] {
  return inEveryLocale(key).map(
    (text) => new RegExp(`^${escapeRegExp(text).replace('\\{channel\\}', '(MFN|AFN|ALL)')}$`),
  );
}

type Part = { kind: 'argued'; scope: ChannelScope } | { kind: 'legacy' } | { kind: 'other' };

function partOf(heading: string): Part | null {
  for (const key of ['plan.part.missed', 'plan.part.preparation'] as const) {
    for (const re of channelHeading(key)) {
      const m = re.exec(heading);
      if (m) return { kind: 'argued', scope: m[1] as ChannelScope };
    }
  }
  if (channelHeading('plan.part.other').some((re) => re.test(heading))) return { kind: 'other' };
  if (isLabel(heading, 'plan.categories')) return { kind: 'legacy' };
  return null;
}

/** A guide suggestion's text in every locale → its key, for one category's lists. */
function suggestionIndex(category: CategoryId): Record<ListBlock, Map<string, MessageKey>> {
  const keys = suggestionKeys(category);
  const index = (list: readonly MessageKey[]) => {
    const map = new Map<string, MessageKey>();
    for (const key of list) for (const text of inEveryLocale(key)) map.set(text, key);
    return map;
  };
  return {
    corrective: index(keys.corrective),
    preventive: index(keys.preventive),
    evidence: index(keys.evidence),
  };
}

/** Each listed action in every locale (and the canonical English), lower-cased → the status. */
function statusIndex(): Map<string, OrderStatus> {
  const statusOf = new Map<string, OrderStatus>();
  for (const status of ORDER_STATUSES) {
    statusOf.set(status, status);
    for (const text of inEveryLocale(ORDER_STATUS_KEYS[status]))
      statusOf.set(text.toLowerCase(), status);
  }
  return statusOf;
}

/** The plan's record of what each list showed, from the title cell's note; null if absent. */
export function readPlanRecord(note: string): PlanRecord['shown'] | null {
  const json = note
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith('{'));
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const shown = (parsed as { shown?: unknown }).shown;
    if (typeof shown !== 'object' || shown === null) return null;
    const out: PlanRecord['shown'] = {};
    for (const [key, value] of Object.entries(shown as Record<string, unknown>)) {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value;
    }
    return out;
  } catch {
    return null;
  }
}

/** A cell as text: a date the seller typed (Sheets hands a Date) as its day, not a timestamp. */
function text(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const time = (cell as Date).getTime();
    return Number.isNaN(time) ? '' : (cell as Date).toISOString().slice(0, 10);
  }
  return String(cell);
}

/**
 * Reads the seller's work back from a plan sheet this module laid out (any locale, or the
 * layouts of earlier versions), with the title cell's note (the record of what each list
 * showed; '' when absent). Reading stops at the letter, whose lines are generated.
 */
export function readFilledPlan(values: readonly (readonly unknown[])[], note = ''): FilledPlan {
  const filled: FilledPlan = { findings: {}, actions: {}, lists: {}, shown: {}, notes: {} };
  const shown = readPlanRecord(note);
  if (shown) {
    // Only the lists the keys name: a record is data the seller could edit.
    for (const [key, keys] of Object.entries(shown)) filled.shown[key] = keys as MessageKey[];
  }
  const statusOf = statusIndex();
  let part: Part | null = null;
  let inSteps = false;
  let category: CategoryId | null = null;
  let index: Record<ListBlock, Map<string, MessageKey>> | null = null;
  let block: ListBlock | 'root' | null = null;
  /** The first row after a list's subheading is its guidance, unless it is a bullet. */
  let guidanceNext = false;
  let inOrderTable = false;
  let afterTable = false;
  const sectionPrefix = (): string | null => {
    if (part?.kind === 'argued' && category) return sectionKey(part.scope, category);
    if (part?.kind === 'legacy' && category) return category;
    return null;
  };
  for (const row of values) {
    const first = text(row[0]).trim();
    const top = /^(\d+)\. (.*)$/.exec(first);
    const sub = /^\d+\.\d+ (.*)$/.exec(first);
    if (sub && part !== null) {
      category = part.kind === 'other' ? null : headingCategory(sub[1]);
      index = category ? suggestionIndex(category) : null;
      block = null;
      inOrderTable = false;
      afterTable = false;
      continue;
    }
    if (top && !inSteps) {
      const heading = top[2];
      if (isLabel(heading, 'plan.letter')) break;
      if (isLabel(heading, 'plan.appealSteps')) {
        part = null;
        inSteps = true;
        continue;
      }
      const next = partOf(heading);
      if (next !== null || part === null) {
        part = next;
        category = null;
        block = null;
        inOrderTable = false;
        continue;
      }
    }
    if (inSteps) {
      if (top && isLabel(top[2], 'plan.letter')) break;
      const step = /^([1-5])\. /.exec(first);
      const note = text(row[5]).trim();
      if (step && note !== '') filled.notes[Number(step[1])] = note;
      continue;
    }
    if (part === null) continue;

    if (isLabel(first, 'plan.column.orderId')) {
      inOrderTable = true;
      continue;
    }
    if (inOrderTable) {
      if (first === '' || row.slice(1).every((c) => c === '' || c === null)) {
        inOrderTable = false;
        afterTable = true;
      } else {
        const action = text(row[PLAN_COLUMNS - 1]).trim();
        if (action !== '') filled.actions[first] = statusOf.get(action.toLowerCase()) ?? action;
        continue;
      }
    }
    const prefix = sectionPrefix();
    if (prefix === null || index === null || category === null) continue;
    if (isLabel(first, 'plan.rootCause')) {
      block = 'root';
      continue;
    }
    const startsBlock = (['corrective', 'preventive', 'evidence'] as const).find((b) =>
      isLabel(first, BLOCK_LABELS[b]),
    );
    if (startsBlock) {
      block = startsBlock;
      afterTable = false;
      guidanceNext = true;
      filled.lists[`${prefix}:${block}`] = [];
      continue;
    }
    if (block === 'root') {
      if (isLabel(first, 'plan.sellerFinding')) {
        const finding = text(row[1]).trim();
        if (finding !== '') filled.findings[prefix] = finding;
      }
      continue;
    }
    if (block === null || afterTable) continue;
    if (guidanceNext) {
      guidanceNext = false;
      if (!first.startsWith(BULLET.trim())) continue;
    }
    if (first === '') continue;
    const item = first.startsWith(BULLET) ? first.slice(BULLET.length).trim() : first;
    if (item === '') continue;
    const key = index[block].get(item);
    const read: FilledItem = key ? { key } : { text: item };
    filled.lists[`${prefix}:${block}`].push(read);
  }
  return filled;
}

const BLOCK_LABELS: Record<ListBlock, MessageKey> = {
  corrective: 'plan.correctiveActions',
  preventive: 'plan.preventiveMeasures',
  evidence: 'plan.evidence',
};

/** The newest plan sheet among `names` ("Plan of Action 2024-01-15 (2)" beats "… (1)"), any locale. */
export function latestPlanSheet(names: readonly string[]): string | null {
  const prefix = sheetNamePrefixes().map(escapeRegExp).join('|');
  const re = new RegExp(`^(?:${prefix}) (\\d{4}-\\d{2}-\\d{2})(?: \\((\\d+)\\))?$`);
  const plans = names
    .map((name) => ({ name, m: re.exec(name) }))
    .filter((p): p is { name: string; m: RegExpExecArray } => p.m !== null)
    .sort((a, b) =>
      a.m[1] === b.m[1] ? Number(a.m[2] ?? 1) - Number(b.m[2] ?? 1) : a.m[1] < b.m[1] ? -1 : 1,
    );
  return plans.length > 0 ? plans[plans.length - 1].name : null;
}

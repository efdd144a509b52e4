/**
 * Reading back what the seller filled in their latest plan sheet — in whichever language it was
 * written, or in the bilingual layout of earlier versions — so writing the plan again keeps it.
 */
import { ORDER_STATUSES, ORDER_STATUS_KEYS, type OrderStatus } from './types';
import { PLAN_COLUMNS } from './sheet';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../categorise';
import { LOCALES, render, t, type MessageKey } from '../i18n';

/** The plan sheet's name in every locale: "Plan of Action", "行动计划". */
function sheetNamePrefixes(): string[] {
  return LOCALES.map((locale) => t(locale, 'plan.sheetName'));
}

/** What the seller filled in a plan sheet, to carry into the next plan. */
export interface FilledPlan {
  findings: Partial<Record<CategoryId, string>>;
  statuses: Record<string, OrderStatus>;
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

/**
 * Reads the seller's own findings and per-order actions back from a plan sheet this module laid
 * out — in English, in Chinese, or in the bilingual layout of earlier versions — so writing the
 * plan again (after new data, or to refresh the letter) keeps them. Only the shaded input cells
 * are read: a finding row's column B under its category heading, and the status column of the
 * per-order tables when it holds one of the listed actions (in any language).
 */
export function readFilledPlan(values: readonly (readonly unknown[])[]): FilledPlan {
  const findings: Partial<Record<CategoryId, string>> = {};
  const statuses: Record<string, OrderStatus> = {};
  const statusOf = new Map<string, OrderStatus>();
  for (const status of ORDER_STATUSES) {
    statusOf.set(status, status);
    for (const text of inEveryLocale(ORDER_STATUS_KEYS[status]))
      statusOf.set(text.toLowerCase(), status);
  }
  let category: CategoryId | null = null;
  let inOrderTable = false;
  for (const row of values) {
    const first = String(row[0] ?? '');
    const heading = /^2\.\d+ (.*)$/.exec(first);
    if (heading) {
      category = headingCategory(heading[1]);
      inOrderTable = false;
      continue;
    }
    if (/^\d+\. /.test(first) && !first.startsWith('2.')) category = null;
    if (category && isLabel(first, 'plan.sellerFinding')) {
      const finding = String(row[1] ?? '').trim();
      if (finding) findings[category] = finding;
      continue;
    }
    if (isLabel(first, 'plan.column.orderId')) {
      inOrderTable = true;
      continue;
    }
    if (inOrderTable) {
      const status = statusOf.get(
        String(row[PLAN_COLUMNS - 1] ?? '')
          .trim()
          .toLowerCase(),
      );
      if (first === '' || row.slice(1).every((c) => c === '')) inOrderTable = false;
      else if (status) statuses[first] = status;
    }
  }
  return { findings, statuses };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

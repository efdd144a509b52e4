/**
 * The plan of action as data (issue 4, odr-rules §5): built from the seller's own defective
 * orders, one section per complaint category, answering root cause, corrective actions and
 * preventive measures, plus the five appeal steps and a draft letter. Pure: texts are Message
 * values the sheet renders in the user's locale (sheet.ts); the letter is English (letter.ts).
 * Buyer e-mail addresses never get in: every buyer-written text passes `redactEmails` before it
 * lands in the plan.
 */
import type { DefectType } from '../engine/types';
import { DEFECT_TYPES } from '../engine/types';
import { dayToIso } from '../engine/dates';
import type { Dataset } from '../engine/dataset';
import { DEFAULT_TARGET, type DefectiveOrder, type WindowResult } from '../engine/odr';
import { channelSummary, missedTargetMessages } from '../engine/outlook';
import { excerpt, redactEmails } from '../engine/text';
import {
  CATEGORY_IDS,
  categoriseWindow,
  categoryLabel,
  themeLabel,
  type CategoryId,
  type Categorisation,
  type ThemeId,
} from '../categorise';
import { msg, type Message } from '../i18n';
import { buildLetter } from './letter';
import { CATEGORY_GUIDES } from './guidance';
import { CHECKLIST_STEPS, type ChecklistData } from './checklist';
import { counted, dayRange, defectTypeCount, listOf } from './phrases';
import type {
  AppealStep,
  CategorySection,
  OrderRow,
  OrderStatus,
  PlanOfAction,
  PlanOptions,
  PlanSummary,
  PreventiveMeasure,
  ReasonCount,
  ThemeCount,
} from './types';

type Member = { order: DefectiveOrder; cat: Categorisation };

function typesOf(order: DefectiveOrder): DefectType[] {
  return DEFECT_TYPES.filter((t) => order[t]);
}

function typeCounts(orders: readonly DefectiveOrder[]): Record<DefectType, number> {
  const counts: Record<DefectType, number> = { negativeFeedback: 0, atoz: 0, chargeback: 0 };
  for (const o of orders) for (const t of typesOf(o)) counts[t]++;
  return counts;
}

function summarise(data: Dataset, result: WindowResult, target: number): PlanSummary {
  const channels = result.scopes.map((scope) => channelSummary(data, result, scope, target));
  return {
    windowStart: dayToIso(result.window.start),
    windowEnd: dayToIso(result.window.end),
    target,
    channels,
    defectCounts: typeCounts(result.defective),
    defectiveOrders: result.defective.length,
    missedTargets: missedTargetMessages(channels, result.window, target),
  };
}

function dedupeCount<K>(values: Iterable<K>, into: Map<K, number>): void {
  for (const v of new Set(values)) into.set(v, (into.get(v) ?? 0) + 1);
}

/** The themes the section's words carry, by orders, with up to three examples each. */
function themesOf(members: readonly Member[]): ThemeCount[] {
  const themeOrders = new Map<ThemeId, number>();
  const themeExamples = new Map<ThemeId, Set<string>>();
  for (const { cat } of members) {
    dedupeCount(
      cat.matched.map((m) => m.theme),
      themeOrders,
    );
    for (const m of cat.matched) {
      const set = themeExamples.get(m.theme) ?? new Set<string>();
      if (set.size < 3) set.add(excerpt(m.text, 60).toLowerCase());
      themeExamples.set(m.theme, set);
    }
  }
  return [...themeOrders]
    .map(([theme, n]) => ({ theme, orders: n, examples: [...(themeExamples.get(theme) ?? [])] }))
    .sort((a, b) => b.orders - a.orders || a.theme.localeCompare(b.theme));
}

/** The claim and chargeback reasons given, by orders. */
function reasonsOf(members: readonly Member[]): ReasonCount[] {
  const reasonOrders = new Map<string, number>();
  for (const { order } of members) {
    dedupeCount(order.records.map((r) => excerpt(r.reason, 80)).filter(Boolean), reasonOrders);
  }
  return [...reasonOrders]
    .map(([reason, n]) => ({ reason, orders: n }))
    .sort((a, b) => b.orders - a.orders || a.reason.localeCompare(b.reason));
}

/** The root cause's fact bullets: share and dates, defect types, themes, reasons, overrides. */
function factsOf(section: Omit<CategorySection, 'rootCause'>, total: number): Message[] {
  const facts = [
    msg('plan.fact.share', {
      orders: section.orders,
      total,
      share: { percent: section.share },
      range:
        section.firstOrderDate === section.lastOrderDate
          ? { day: section.firstOrderDate }
          : dayRange(section.firstOrderDate, section.lastOrderDate),
    }),
    msg('plan.fact.defectTypes', {
      list: listOf(
        DEFECT_TYPES.filter((t) => section.defectCounts[t] > 0).map((t) =>
          defectTypeCount(t, section.defectCounts[t]),
        ),
      ),
    }),
  ];
  if (section.themes.length > 0) {
    const list = listOf(section.themes.map((t) => counted(themeLabel(t.theme), t.orders)));
    facts.push(msg('plan.fact.themes', { list }));
  }
  if (section.reasons.length > 0) {
    const list = listOf(section.reasons.map((r) => counted(r.reason, r.orders)));
    facts.push(msg('plan.fact.reasons', { list }));
  }
  if (section.overrides > 0) facts.push(msg('plan.fact.overrides', { n: section.overrides }));
  return facts;
}

/**
 * The category's preventive measures: the standard ones, plus those the buyers' words point to,
 * which come first since they answer what buyers actually said.
 */
function measuresFor(category: CategoryId, themes: readonly ThemeCount[]): PreventiveMeasure[] {
  const present = new Set(themes.map((t) => t.theme));
  return CATEGORY_GUIDES[category].preventive
    .map((p) => ({ p, hits: p.themes.filter((t) => present.has(t)) }))
    .filter(({ p, hits }) => p.always || hits.length > 0)
    .sort((a, b) => Number(b.hits.length > 0) - Number(a.hits.length > 0))
    .map(({ p, hits }) => ({
      text: msg(p.text),
      basis:
        hits.length > 0
          ? msg('plan.basis.fromData', { themes: listOf(hits.map(themeLabel)) })
          : msg('plan.basis.standard'),
      fromData: hits.length > 0,
    }));
}

function orderRow(order: DefectiveOrder, cat: Categorisation, status: OrderStatus | ''): OrderRow {
  const comments = [...new Set(order.records.map((r) => r.comment.trim()).filter(Boolean))];
  const reasons = [...new Set(order.records.map((r) => r.reason.trim()).filter(Boolean))];
  return {
    orderId: order.orderId,
    orderDate: dayToIso(order.day),
    channel: order.channel ?? '',
    defectTypes: typesOf(order),
    category: cat.category,
    categoryBasis: cat.basis,
    comment: excerpt(comments.join(' | ')),
    reason: excerpt(reasons.join(' | '), 80),
    status,
  };
}

function buildSection(
  category: CategoryId,
  members: readonly Member[],
  totalDefective: number,
  options: PlanOptions,
): CategorySection {
  const guide = CATEGORY_GUIDES[category];
  const orders = members.map((m) => m.order);
  const themes = themesOf(members);
  const section = {
    category,
    orders: orders.length,
    share: totalDefective > 0 ? orders.length / totalDefective : 0,
    firstOrderDate: dayToIso(orders[0].day),
    lastOrderDate: dayToIso(orders[orders.length - 1].day),
    orderIds: orders.map((o) => o.orderId),
    defectCounts: typeCounts(orders),
    themes,
    reasons: reasonsOf(members),
    overrides: members.filter((m) => m.cat.basis === 'override').length,
    corrective: {
      suggestions: guide.corrective.map((key) => msg(key)),
      rows: members.map(({ order, cat }) =>
        orderRow(order, cat, options.statuses?.[order.orderId] ?? ''),
      ),
    },
    preventive: measuresFor(category, themes),
    evidence: guide.evidence.map((key) => msg(key)),
  };
  return {
    ...section,
    rootCause: {
      facts: factsOf(section, totalDefective),
      prompt: msg(guide.prompt),
      sellerFinding: redactEmails(options.findings?.[category] ?? ''),
    },
  };
}

/** Things the seller should look at before sending: unreadable overrides, unknown orders. */
function warningsOf(data: Dataset, categorised: readonly Member[]): Message[] {
  const warnings: Message[] = [];
  for (const { order, cat } of categorised) {
    if (cat.unreadOverride !== null) {
      warnings.push(
        msg('plan.warning.unreadOverride', {
          orderId: order.orderId,
          value: excerpt(cat.unreadOverride, 40),
          category: categoryLabel(cat.category),
        }),
      );
    }
  }
  const unknownOrders = data.findings.filter((f) => f.kind === 'unknownOrder');
  if (unknownOrders.length > 0) {
    const n = unknownOrders.reduce((sum, f) => sum + f.count, 0);
    warnings.push(msg('plan.warning.unknownOrders', { n }));
  }
  return warnings;
}

/** The five appeal steps, titled as in the sidebar checklist, done when every item is ticked. */
function appealSteps(checklist: ChecklistData | undefined): AppealStep[] {
  return CHECKLIST_STEPS.map((def, i) => {
    const state = checklist?.steps[i];
    return {
      step: i + 1,
      id: def.id,
      title: msg(`checklist.${def.id}.title` as const),
      done: state !== undefined && state.done.length > 0 && state.done.every(Boolean),
      note: redactEmails(state?.note ?? ''),
    };
  });
}

/** Builds the plan of action for the window in `result` from the seller's own data. */
export function buildPlan(
  data: Dataset,
  result: WindowResult,
  options: PlanOptions = {},
): PlanOfAction {
  const target = options.target ?? DEFAULT_TARGET;
  const summary = summarise(data, result, target);
  const categorised = categoriseWindow(result);
  const groups = new Map<CategoryId, Member[]>();
  for (const member of categorised) {
    const list = groups.get(member.cat.category) ?? [];
    list.push(member);
    groups.set(member.cat.category, list);
  }
  const sections = CATEGORY_IDS.filter((id) => groups.has(id)).map((id) =>
    buildSection(id, groups.get(id) ?? [], result.defective.length, options),
  );
  return {
    summary,
    sections,
    steps: appealSteps(options.checklist),
    letter: buildLetter(summary, sections, options.statuses ?? {}),
    warnings: warningsOf(data, categorised),
  };
}

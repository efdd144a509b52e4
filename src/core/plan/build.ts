/**
 * The plan of action as data (issue 4, odr-rules §5): built from the seller's own defective
 * orders, one section per complaint category, answering root cause, corrective actions and
 * preventive measures, plus the five appeal steps and a draft letter. Pure: the sheet writer in
 * src/addon renders it. Buyer e-mail addresses never get in: every buyer-written text passes
 * `redactEmails` before it lands in the plan.
 */
import type { DefectType } from '../engine/types';
import { DEFECT_TYPES } from '../engine/types';
import { dayToIso } from '../engine/dates';
import type { Dataset } from '../engine/dataset';
import { DEFECT_LABELS } from '../engine/rules';
import { DEFAULT_TARGET, type DefectiveOrder, type WindowResult } from '../engine/odr';
import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  THEME_LABELS,
  categoriseWindow,
  type CategoryId,
  type Categorisation,
  type ThemeId,
} from '../categorise';
import { buildLetter } from './letter';
import { CATEGORY_GUIDES } from './guidance';
import { bilingualText, planText } from './strings';
import {
  APPEAL_STEPS,
  ORDER_STATUSES,
  type CategorySection,
  type ChannelSummary,
  type OrderRow,
  type OrderStatus,
  type PlanOfAction,
  type PlanOptions,
  type PlanSummary,
  type PreventiveMeasure,
  type ThemeCount,
} from './types';
import { excerpt, redactEmails } from '../engine/text';
import { channelOutlook } from '../engine/outlook';

function typesOf(order: DefectiveOrder): DefectType[] {
  return DEFECT_TYPES.filter((t) => order[t]);
}

function percent(rate: number): string {
  return `${(Math.round(rate * 10000) / 100).toFixed(2)}%`;
}

function typeCounts(orders: readonly DefectiveOrder[]): Record<DefectType, number> {
  const counts: Record<DefectType, number> = { negativeFeedback: 0, atoz: 0, chargeback: 0 };
  for (const o of orders) for (const t of typesOf(o)) counts[t]++;
  return counts;
}

function describeTypeCounts(counts: Record<DefectType, number>): string {
  const names: Record<DefectType, [string, string]> = {
    negativeFeedback: ['negative feedback', 'negative feedback'],
    atoz: ['A-to-z claim', 'A-to-z claims'],
    chargeback: ['chargeback', 'chargebacks'],
  };
  return DEFECT_TYPES.filter((t) => counts[t] > 0)
    .map((t) => `${names[t][counts[t] === 1 ? 0 : 1]} ${counts[t]}`)
    .join(', ');
}

function summarise(
  data: Dataset,
  result: WindowResult,
  target: number,
  bilingual: boolean,
): PlanSummary {
  const channels: ChannelSummary[] = result.scopes.map((scope) => {
    const o = channelOutlook(data, result, scope, target);
    return {
      scope,
      orders: o.orders,
      defective: o.defective,
      rate: o.rate,
      negativeFeedback: o.negativeFeedback,
      atoz: o.atoz,
      chargeback: o.chargeback,
      underTarget: o.underTarget,
      ordersNeeded: o.ordersNeeded,
      backUnderTargetOn: o.backUnderTargetOn === null ? null : dayToIso(o.backUnderTargetOn),
    };
  });
  const missedTargets = channels
    .filter((c) => !c.underTarget)
    .map((c) => {
      const who = c.scope === 'ALL' ? 'ODR' : `${c.scope} ODR`;
      const back = c.backUnderTargetOn
        ? `; at current volume it is back under target on ${c.backUnderTargetOn}`
        : '';
      return (
        `${who} ${percent(c.rate ?? 0)} (${c.defective} of ${c.orders} orders) is not under the ` +
        `${percent(target)} target; ${c.ordersNeeded} more defect-free orders would bring it under${back}.`
      );
    });
  return {
    heading: planText('summary', bilingual),
    windowStart: dayToIso(result.window.start),
    windowEnd: dayToIso(result.window.end),
    target,
    channels,
    defectCounts: typeCounts(result.defective),
    defectiveOrders: result.defective.length,
    missedTargets,
  };
}

function dedupeCount<K>(values: Iterable<K>, into: Map<K, number>): void {
  for (const v of new Set(values)) into.set(v, (into.get(v) ?? 0) + 1);
}

function buildSection(
  category: CategoryId,
  members: { order: DefectiveOrder; cat: Categorisation }[],
  totalDefective: number,
  bilingual: boolean,
  options: PlanOptions,
): CategorySection {
  const guide = CATEGORY_GUIDES[category];
  const orders = members.map((m) => m.order);
  const themeOrders = new Map<ThemeId, number>();
  const themeExamples = new Map<ThemeId, Set<string>>();
  const reasonOrders = new Map<string, number>();
  for (const { order, cat } of members) {
    dedupeCount(
      cat.matched.map((m) => m.theme),
      themeOrders,
    );
    for (const m of cat.matched) {
      const set = themeExamples.get(m.theme) ?? new Set<string>();
      if (set.size < 3) set.add(excerpt(m.text, 60).toLowerCase());
      themeExamples.set(m.theme, set);
    }
    dedupeCount(order.records.map((r) => excerpt(r.reason, 80)).filter(Boolean), reasonOrders);
  }
  // Themes that point to this category first: they are its evidence; others are side notes.
  const themes: ThemeCount[] = [...themeOrders]
    .map(([theme, n]) => ({
      theme,
      label: bilingualText(THEME_LABELS[theme], bilingual),
      orders: n,
      examples: [...(themeExamples.get(theme) ?? [])],
    }))
    .sort((a, b) => b.orders - a.orders || a.theme.localeCompare(b.theme));
  const reasons = [...reasonOrders]
    .map(([reason, n]) => ({ reason, orders: n }))
    .sort((a, b) => b.orders - a.orders || a.reason.localeCompare(b.reason));
  const defectCounts = typeCounts(orders);
  const share = totalDefective > 0 ? orders.length / totalDefective : 0;
  const first = dayToIso(orders[0].day);
  const last = dayToIso(orders[orders.length - 1].day);
  const overrides = members.filter((m) => m.cat.basis === 'override').length;
  const facts = [
    `${orders.length} of ${totalDefective} defective orders (${percent(share)}), ordered ${first} to ${last}.`,
    `Defect types: ${describeTypeCounts(defectCounts)}.`,
  ];
  if (themes.length > 0) {
    facts.push(
      `Themes in buyers' words and claim reasons: ${themes.map((t) => `${THEME_LABELS[t.theme].en} (${t.orders})`).join(', ')}.`,
    );
  }
  if (reasons.length > 0) {
    facts.push(`Reasons given: ${reasons.map((r) => `${r.reason} (${r.orders})`).join(', ')}.`);
  }
  if (overrides > 0) facts.push(`Category set by the seller for ${overrides} of these orders.`);
  const presentThemes = new Set(themeOrders.keys());
  const measures: PreventiveMeasure[] = guide.preventive
    .map((p) => {
      const hits = p.themes.filter((t) => presentThemes.has(t));
      return {
        text: p.text,
        basis:
          hits.length > 0
            ? `Buyers' words mention: ${hits.map((t) => THEME_LABELS[t].en).join(', ')}.`
            : 'Standard measure for this category in Amazon’s plan-of-action guidance.',
        fromData: hits.length > 0,
        always: p.always,
      };
    })
    .filter((m) => m.always || m.fromData)
    // Measures the data points to come first: they answer what buyers actually said.
    .sort((a, b) => Number(b.fromData) - Number(a.fromData))
    .map(({ text, basis, fromData }) => ({ text, basis, fromData }));
  const label = CATEGORY_LABELS[category];
  return {
    category,
    heading: bilingualText(label, bilingual),
    orders: orders.length,
    share,
    firstOrderDate: first,
    lastOrderDate: last,
    orderIds: orders.map((o) => o.orderId),
    defectCounts,
    themes,
    reasons,
    overrides,
    rootCause: {
      heading: planText('rootCause', bilingual),
      facts,
      prompt: guide.prompt,
      sellerFinding: redactEmails(options.findings?.[category] ?? ''),
    },
    corrective: {
      heading: planText('correctiveActions', bilingual),
      guidance: planText('guideCorrective', bilingual),
      suggestions: guide.corrective,
      rows: members.map(({ order, cat }) =>
        orderRow(order, cat, options.statuses?.[order.orderId] ?? ''),
      ),
      statusOptions: ORDER_STATUSES,
    },
    preventive: {
      heading: planText('preventiveMeasures', bilingual),
      guidance:
        category === 'uncategorised'
          ? planText('guideUncategorised', bilingual)
          : planText('guidePreventive', bilingual),
      measures,
    },
    evidence: {
      heading: planText('evidence', bilingual),
      guidance: planText('guideEvidence', bilingual),
      items: guide.evidence,
    },
  };
}

function orderRow(order: DefectiveOrder, cat: Categorisation, status: OrderStatus | ''): OrderRow {
  const comments = [...new Set(order.records.map((r) => r.comment.trim()).filter(Boolean))];
  const reasons = [...new Set(order.records.map((r) => r.reason.trim()).filter(Boolean))];
  return {
    orderId: order.orderId,
    orderDate: dayToIso(order.day),
    channel: order.channel ?? '',
    defectTypes: typesOf(order)
      .map((t) => DEFECT_LABELS[t])
      .join(', '),
    category: CATEGORY_LABELS[cat.category].en,
    categoryBasis: cat.basis,
    comment: excerpt(comments.join(' | ')),
    reason: excerpt(reasons.join(' | '), 80),
    status,
  };
}

/** Builds the plan of action for the window in `result` from the seller's own data. */
export function buildPlan(
  data: Dataset,
  result: WindowResult,
  options: PlanOptions = {},
): PlanOfAction {
  const bilingual = options.bilingual ?? false;
  const target = options.target ?? DEFAULT_TARGET;
  const summary = summarise(data, result, target, bilingual);
  const categorised = categoriseWindow(result);
  const groups = new Map<CategoryId, { order: DefectiveOrder; cat: Categorisation }[]>();
  for (const member of categorised) {
    const list = groups.get(member.cat.category) ?? [];
    list.push(member);
    groups.set(member.cat.category, list);
  }
  const sections = CATEGORY_IDS.filter((id) => groups.has(id)).map((id) =>
    buildSection(id, groups.get(id) ?? [], result.defective.length, bilingual, options),
  );
  const warnings: string[] = [];
  for (const { order, cat } of categorised) {
    if (cat.unreadOverride !== null) {
      warnings.push(
        `Order ${order.orderId}: category "${excerpt(cat.unreadOverride, 40)}" not recognised; the keywords decided (${CATEGORY_LABELS[cat.category].en}).`,
      );
    }
  }
  const unknownOrders = data.findings.filter((f) => f.kind === 'unknownOrder');
  if (unknownOrders.length > 0) {
    const n = unknownOrders.reduce((sum, f) => sum + f.count, 0);
    warnings.push(
      `${n} defect(s) name orders that are not in the orders range and are left out; run =ODR_CHECK to see which.`,
    );
  }
  const checklist = new Map((options.checklist ?? []).map((c) => [c.step, c]));
  const steps = APPEAL_STEPS.map((text, i) => {
    const state = checklist.get(i + 1);
    return {
      step: i + 1,
      text: bilingualText(text, bilingual),
      done: state?.done ?? false,
      note: redactEmails(state?.note ?? ''),
    };
  });
  const letter = buildLetter(summary, sections, options.statuses ?? {});
  const notes = [planText('guideStyle', bilingual)];
  if (sections.length === 0) notes.push(planText('noDefects', bilingual));
  return {
    title: `${planText('title', bilingual)} — ${planText('window', bilingual)} ${summary.windowStart} – ${summary.windowEnd}`,
    bilingual,
    asOf: summary.windowEnd,
    notes,
    summary,
    categoriesHeading: planText('categories', bilingual),
    sections,
    steps: { heading: planText('appealSteps', bilingual), items: steps },
    letter: {
      ...letter,
      heading: planText('letter', bilingual),
      guidance: planText('guideLetter', bilingual),
    },
    warnings,
  };
}

/** A channel's status line for display: "MFN 1.52% — not under target". */
export function channelLine(c: ChannelSummary, bilingual: boolean): string {
  const rate = c.rate === null ? '—' : percent(c.rate);
  return `${c.scope} ${rate} — ${planText(c.underTarget ? 'underTarget' : 'overTarget', bilingual)}`;
}

export { percent as formatPercent };

/**
 * The plan of action as data (issue 4, issue 13, docs/rules.md §5): it argues the channel that
 * missed the target — root causes, corrective actions, preventive measures and the letter come
 * from that channel's defective orders (one part per channel when both miss; the worse channel,
 * marked as preparation, when none does) — while the other channel's defects stand apart with
 * guidance that fits it (FBA: Amazon fulfils and handles returns). Per category: the facts, the
 * products behind the orders, the feedback Amazon may remove, and what the seller filled in
 * their last plan, kept. Pure: texts are Message values the sheet renders in the user's locale;
 * the letter is English with a rendering for the seller's understanding (letter.ts).
 * Buyer e-mail addresses never get in: every buyer-written text passes `redactEmails`.
 */
import type { ChannelScope, DefectType } from '../engine/types';
import { DEFECT_TYPES } from '../engine/types';
import { dayToIso } from '../engine/dates';
import type { Dataset } from '../engine/dataset-types';
import { DEFAULT_TARGET, type DefectiveOrder, type WindowResult } from '../engine/odr';
import { channelSummary, missedTargetMessages } from '../engine/outlook';
import { excerpt } from '../engine/text';
import {
  productBreakdown,
  productColumns,
  type ProductBreakdown,
  type ProductStats,
} from '../engine/products';
import {
  CATEGORY_IDS,
  categoriseWindow,
  categoryLabel,
  themeLabel,
  type CategoryId,
  type Categorisation,
  type ThemeId,
} from '../categorise';
import { msg, type Message, type MessageKey } from '../i18n';
import { ratesIfRemoved, removalCandidates, type RemovalCandidate } from '../removal/candidates';
import type { ChannelSummary } from '../wire/types';
import { buildLetter } from './letter';
import { planGaps } from './gaps';
import { FBA_OTHER, guideFor } from './guidance';
import { CHECKLIST_STEPS, type ChecklistData } from './checklist';
import { counted, dayRange, defectTypeCount, firstOf, listOf, productName } from './phrases';
import {
  actionFor,
  completeFilled,
  findingFor,
  mergeList,
  mergeNote,
  seenSuggestions,
} from './items';
import type {
  AppealStep,
  CategorySection,
  ChannelPart,
  FilledPlan,
  OrderRow,
  OtherChannelPart,
  PlanOfAction,
  PlanOptions,
  PlanSummary,
  PreventiveMeasure,
  ProductShare,
  ReasonCount,
  RemovalNote,
  ThemeCount,
} from './types';

type Member = { order: DefectiveOrder; cat: Categorisation };

/** What every section of the plan draws on, computed once. */
interface Context {
  filled: FilledPlan;
  removal: Map<number, RemovalNote>;
  /** Per argued scope: the products of each defective order, when the orders carry SKUs. */
  products: Map<
    ChannelScope,
    { breakdown: ProductBreakdown; byOrder: Map<number, ProductStats[]> }
  >;
}

/** The products named per category in the root cause. */
const PRODUCTS_NAMED = 3;
/** The claim reasons named per category (1,500 chargebacks may give 1,500 reasons). */
const MAX_REASONS = 10;

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

/** The root cause's fact bullets: share and dates, types, themes, reasons, products, overrides. */
function factsOf(
  section: Omit<CategorySection, 'rootCause'>,
  total: number,
  scope: ChannelScope,
): Message[] {
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
  if (section.products.length > 0) {
    const list = listOf(
      section.products.map((p) =>
        msg(scope === 'ALL' ? 'plan.fact.productAll' : 'plan.fact.product', {
          product: productName(p),
          orders: p.orders,
          rate: { percent: p.rate },
          average: { percent: p.channelRate },
          channel: scope,
        }),
      ),
    );
    facts.push(msg('plan.fact.products', { list }));
  } else if (section.productsSpread > 0) {
    facts.push(
      msg('plan.fact.productsSpread', { orders: section.orders, products: section.productsSpread }),
    );
  }
  if (section.themes.length > 0) {
    const list = listOf(section.themes.map((t) => counted(themeLabel(t.theme), t.orders)));
    facts.push(msg('plan.fact.themes', { list }));
  }
  if (section.reasons.length > 0) {
    const list = firstOf(
      section.reasons.map((r) => counted(r.reason, r.orders)),
      MAX_REASONS,
    );
    facts.push(msg('plan.fact.reasons', { list }));
  }
  if (section.overrides > 0) facts.push(msg('plan.fact.overrides', { n: section.overrides }));
  return facts;
}

/**
 * The category's preventive measures that apply: the standard ones, plus those the buyers'
 * words point to, which come first since they answer what buyers actually said.
 */
function applicableMeasures(
  category: CategoryId,
  scope: ChannelScope,
  themes: readonly ThemeCount[],
): { key: MessageKey; hits: ThemeId[] }[] {
  const present = new Set(themes.map((t) => t.theme));
  return guideFor(category, scope)
    .preventive.map((p) => ({ key: p.text, hits: p.themes.filter((t) => present.has(t)), p }))
    .filter(({ p, hits }) => p.always || hits.length > 0)
    .sort((a, b) => Number(b.hits.length > 0) - Number(a.hits.length > 0))
    .map(({ key, hits }) => ({ key, hits }));
}

function measuresFor(
  category: CategoryId,
  scope: ChannelScope,
  themes: readonly ThemeCount[],
  filled: FilledPlan,
): PreventiveMeasure[] {
  const applicable = applicableMeasures(category, scope, themes);
  const hitsOf = new Map(applicable.map((a) => [a.key, a.hits]));
  const present = new Set(themes.map((t) => t.theme));
  const guide = guideFor(category, scope);
  return mergeList(
    filled,
    scope,
    category,
    'preventive',
    applicable.map((a) => a.key),
  ).map((item) => {
    if (item.key === null) return { ...item, basis: msg('plan.basis.seller'), fromData: false };
    // A kept measure the data no longer points to keeps the basis its themes would give.
    const hits =
      hitsOf.get(item.key) ??
      (guide.preventive.find((p) => p.text === item.key)?.themes ?? []).filter((t) =>
        present.has(t),
      );
    return {
      ...item,
      basis:
        hits.length > 0
          ? msg('plan.basis.fromData', { themes: listOf(hits.map(themeLabel)) })
          : msg('plan.basis.standard'),
      fromData: hits.length > 0,
    };
  });
}

function orderRow(order: DefectiveOrder, cat: Categorisation, ctx: Context): OrderRow {
  const comments = [...new Set(order.records.map((r) => r.comment.trim()).filter(Boolean))];
  const reasons = [...new Set(order.records.map((r) => r.reason.trim()).filter(Boolean))];
  const scope: ChannelScope = order.channel ?? 'ALL';
  const products = ctx.products.get(scope)?.byOrder.get(order.order) ?? [];
  return {
    orderId: order.orderId,
    orderDate: dayToIso(order.day),
    channel: order.channel ?? '',
    defectTypes: typesOf(order),
    category: cat.category,
    categoryBasis: cat.basis,
    comment: excerpt(comments.join(' | ')),
    reason: excerpt(reasons.join(' | '), 80),
    products: products.map((p) => p.key),
    ...actionFor(ctx.filled, order.orderId),
    removal: ctx.removal.get(order.order) ?? null,
  };
}

/** The products carrying most of the section's orders, with their rate against the channel's. */
function sectionProducts(
  members: readonly Member[],
  scope: ChannelScope,
  ctx: Context,
  channelRate: number | null,
): { named: ProductShare[]; spread: number } {
  const products = ctx.products.get(scope);
  if (!products) return { named: [], spread: 0 };
  const counts = new Map<ProductStats, number>();
  for (const { order } of members)
    for (const p of products.byOrder.get(order.order) ?? [])
      counts.set(p, (counts.get(p) ?? 0) + 1);
  // A product "carries" a category's defects when it is behind two or more of its orders, or
  // behind the one order of a one-order category.
  const carrying = [...counts].filter(([, n]) => n >= 2 || members.length === 1);
  const named = carrying
    .sort(
      ([a, x], [b, y]) =>
        y - x ||
        b.defective * a.orders - a.defective * b.orders ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .slice(0, PRODUCTS_NAMED)
    .map(([p, n]) => ({
      sku: p.sku,
      asin: p.asin,
      name: p.name,
      orders: n,
      rate: p.defective / p.orders,
      channelRate,
    }));
  return { named, spread: named.length === 0 && members.length >= 3 ? counts.size : 0 };
}

function buildSection(
  scope: ChannelScope,
  category: CategoryId,
  members: readonly Member[],
  channel: ChannelSummary,
  ctx: Context,
): CategorySection {
  const guide = guideFor(category, scope);
  const orders = members.map((m) => m.order);
  const themes = themesOf(members);
  const total = channel.defective;
  const products = sectionProducts(members, scope, ctx, channel.rate);
  const section = {
    scope,
    category,
    orders: orders.length,
    share: total > 0 ? orders.length / total : 0,
    firstOrderDate: dayToIso(orders[0].day),
    lastOrderDate: dayToIso(orders[orders.length - 1].day),
    orderIds: orders.map((o) => o.orderId),
    defectCounts: typeCounts(orders),
    themes,
    reasons: reasonsOf(members),
    overrides: members.filter((m) => m.cat.basis === 'override').length,
    products: products.named,
    productsSpread: products.spread,
    corrective: {
      suggestions: mergeList(ctx.filled, scope, category, 'corrective', guide.corrective),
      rows: members.map(({ order, cat }) => orderRow(order, cat, ctx)),
    },
    preventive: measuresFor(category, scope, themes, ctx.filled),
    evidence: mergeList(ctx.filled, scope, category, 'evidence', guide.evidence),
  };
  return {
    ...section,
    rootCause: {
      facts: factsOf(section, total, scope),
      prompt: msg(guide.prompt),
      sellerFinding: findingFor(ctx.filled, scope, category),
    },
  };
}

function groupByCategory(members: readonly Member[]): Map<CategoryId, Member[]> {
  const groups = new Map<CategoryId, Member[]>();
  for (const member of members) {
    const list = groups.get(member.cat.category) ?? [];
    list.push(member);
    groups.set(member.cat.category, list);
  }
  return groups;
}

function inScope(order: DefectiveOrder, scope: ChannelScope): boolean {
  return scope === 'ALL' || order.channel === scope;
}

/**
 * The channels the plan argues: those not under target; when none misses, the worse one as
 * preparation (by rate, compared in integers; MFN on a tie).
 */
function arguedScopes(channels: readonly ChannelSummary[]): {
  scopes: ChannelScope[];
  role: ChannelPart['role'];
} {
  const missed = channels.filter((c) => c.status !== 'OK').map((c) => c.scope);
  if (missed.length > 0) return { scopes: missed, role: 'missed' };
  let worst: ChannelSummary | null = null;
  for (const c of channels) {
    if (worst === null || c.defective * worst.orders > worst.defective * c.orders) worst = c;
  }
  return { scopes: worst ? [worst.scope] : [], role: 'preparation' };
}

/** The removal candidate of each defective order (an open one before one whose time is over). */
function removalByOrder(candidates: readonly RemovalCandidate[]): Map<number, RemovalNote> {
  const out = new Map<number, RemovalNote>();
  for (const c of candidates) {
    const known = out.get(c.order);
    if (known && !known.passed) continue;
    out.set(c.order, {
      reason: c.reason,
      requestBy: c.requestBy === null ? null : dayToIso(c.requestBy),
      passed: c.passed,
    });
  }
  return out;
}

/** The other channel's defective orders per category, with the guidance that fits it. */
function otherPart(
  scope: ChannelScope,
  summary: ChannelSummary,
  members: readonly Member[],
  ctx: Context,
): OtherChannelPart | null {
  if (scope === 'ALL' || members.length === 0) return null;
  const groups = groupByCategory(members);
  return {
    scope,
    summary,
    groups: CATEGORY_IDS.filter((id) => groups.has(id)).map((category) => ({
      category,
      responsibility: scope === 'AFN' ? FBA_OTHER[category].responsibility : null,
      guidance: scope === 'AFN' ? msg(FBA_OTHER[category].note) : null,
      rows: (groups.get(category) ?? []).map(({ order, cat }) => orderRow(order, cat, ctx)),
    })),
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
function appealSteps(checklist: ChecklistData | undefined, filled: FilledPlan): AppealStep[] {
  return CHECKLIST_STEPS.map((def, i) => {
    const state = checklist?.steps[i];
    return {
      step: i + 1,
      id: def.id,
      title: msg(`checklist.${def.id}.title` as const),
      done: state !== undefined && state.done.length > 0 && state.done.every(Boolean),
      note: mergeNote(state?.note ?? '', filled.notes[i + 1]),
    };
  });
}

function focusOf(parts: readonly ChannelPart[], role: ChannelPart['role']): Message {
  const channels = listOf(parts.map((p) => p.scope));
  if (parts.length === 0) return msg('plan.focus.none');
  return role === 'missed'
    ? msg('plan.focus.missed', { channels })
    : msg('plan.focus.preparation', { channels });
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
  const candidates = removalCandidates(result, options.today ?? result.window.end);
  const ifRemoved = new Map(ratesIfRemoved(result, candidates).map((r) => [r.scope, r]));
  const { scopes, role } = arguedScopes(summary.channels);
  const ctx: Context = {
    filled: completeFilled(options.filled),
    removal: removalByOrder(candidates),
    products: new Map(),
  };
  const columns = options.orders ? productColumns(options.orders) : null;
  if (options.orders && columns) {
    for (const scope of result.scopes) {
      const breakdown = productBreakdown(options.orders, columns, data, result, scope);
      const byOrder = new Map<number, ProductStats[]>();
      for (const p of breakdown.products) {
        for (const o of p.defectiveOrders) {
          const list = byOrder.get(o) ?? [];
          list.push(p);
          byOrder.set(o, list);
        }
      }
      ctx.products.set(scope, { breakdown, byOrder });
    }
  }
  const parts: ChannelPart[] = scopes.map((scope) => {
    const channel = summary.channels.find((c) => c.scope === scope) as ChannelSummary;
    const groups = groupByCategory(categorised.filter((m) => inScope(m.order, scope)));
    const removal = ifRemoved.get(scope);
    return {
      scope,
      role,
      summary: channel,
      sections: CATEGORY_IDS.filter((id) => groups.has(id)).map((id) =>
        buildSection(scope, id, groups.get(id) ?? [], channel, ctx),
      ),
      ifRemoved:
        removal && removal.candidates > 0
          ? { candidates: removal.candidates, rate: removal.rateIfRemoved }
          : null,
    };
  });
  const otherScope = result.scopes.find((s) => !scopes.includes(s));
  const other =
    otherScope === undefined
      ? null
      : otherPart(
          otherScope,
          summary.channels.find((c) => c.scope === otherScope) as ChannelSummary,
          categorised.filter((m) => inScope(m.order, otherScope)),
          ctx,
        );
  const gaps = planGaps(parts);
  const seen = seenSuggestions(
    ctx.filled,
    parts.flatMap((part) =>
      part.sections.map((s) => ({
        scope: part.scope,
        category: s.category,
        lists: {
          corrective: s.corrective.suggestions,
          preventive: s.preventive,
          evidence: s.evidence,
        },
      })),
    ),
  );
  return {
    summary,
    parts,
    focus: focusOf(parts, role),
    other,
    steps: appealSteps(options.checklist, ctx.filled),
    letter: buildLetter(summary, parts, gaps.length === 0),
    gaps,
    warnings: warningsOf(data, categorised),
    seen,
  };
}

/**
 * The rules doc §5 table as data: per complaint category, the catalog keys of what to think about
 * for the root cause, typical corrective actions, preventive measures (with the themes in the
 * buyers' words that make each one apply) and the evidence to attach — for seller-fulfilled
 * orders (CATEGORY_GUIDES) and for FBA orders (FBA_GUIDES: Amazon fulfils them and handles their
 * returns, so delivery and packaging complaints are Amazon's to strike through, while product
 * complaints stay the seller's; docs/rules.md §5). The texts are in
 * src/core/i18n/plan-guidance.ts.
 */
import type { CategoryId, ThemeId } from '../categorise';
import type { ChannelScope } from '../engine/types';
import type { MessageKey } from '../i18n';

export interface PreventiveGuide {
  text: MessageKey;
  /** Themes that make the measure apply when buyers' words carry them. */
  themes: readonly ThemeId[];
  /** Listed even when no buyer's words point to it: the category's standard measure. */
  always: boolean;
}

export interface CategoryGuide {
  prompt: MessageKey;
  corrective: readonly MessageKey[];
  preventive: readonly PreventiveGuide[];
  evidence: readonly MessageKey[];
}

/** docs/rules.md §5's table: root cause → corrective → preventive, per category. */
export const CATEGORY_GUIDES: Readonly<Record<CategoryId, CategoryGuide>> = {
  notReceived: {
    prompt: 'guide.notReceived.prompt',
    corrective: ['guide.notReceived.corrective.refunded', 'guide.notReceived.corrective.reshipped'],
    preventive: [
      {
        text: 'guide.notReceived.preventive.buyShipping',
        themes: ['tracking', 'neverArrived', 'markedDelivered'],
        always: true,
      },
      {
        text: 'guide.notReceived.preventive.confirmSameDay',
        themes: ['tracking', 'late'],
        always: true,
      },
      { text: 'guide.notReceived.preventive.handlingTime', themes: ['late'], always: true },
      { text: 'guide.notReceived.preventive.transitTimes', themes: ['late'], always: false },
      {
        text: 'guide.notReceived.preventive.addressCheck',
        themes: ['markedDelivered'],
        always: false,
      },
    ],
    evidence: [
      'guide.notReceived.evidence.tracking',
      'guide.notReceived.evidence.labelReceipts',
      'guide.notReceived.evidence.confirmationTimes',
      'guide.notReceived.evidence.refundRecords',
    ],
  },
  damaged: {
    prompt: 'guide.damaged.prompt',
    corrective: [
      'guide.damaged.corrective.refundedOrReplaced',
      'guide.damaged.corrective.quarantined',
    ],
    preventive: [
      {
        text: 'guide.damaged.preventive.qualityCheck',
        themes: ['defective', 'broken'],
        always: true,
      },
      {
        text: 'guide.damaged.preventive.packagingStandard',
        themes: ['packaging', 'broken'],
        always: true,
      },
      { text: 'guide.damaged.preventive.supplierAudit', themes: ['defective'], always: true },
    ],
    evidence: [
      'guide.damaged.evidence.checklist',
      'guide.damaged.evidence.packagingPhotos',
      'guide.damaged.evidence.supplierReports',
      'guide.damaged.evidence.refundRecords',
    ],
  },
  notAsDescribed: {
    prompt: 'guide.notAsDescribed.prompt',
    corrective: [
      'guide.notAsDescribed.corrective.listingsCorrected',
      'guide.notAsDescribed.corrective.refundedOrReplaced',
    ],
    preventive: [
      {
        text: 'guide.notAsDescribed.preventive.listingReview',
        themes: ['listingMismatch', 'size'],
        always: true,
      },
      {
        text: 'guide.notAsDescribed.preventive.scanVerification',
        themes: ['wrongItem'],
        always: true,
      },
      { text: 'guide.notAsDescribed.preventive.sizeCharts', themes: ['size'], always: false },
      {
        text: 'guide.notAsDescribed.preventive.authorisedStock',
        themes: ['usedOrFake'],
        always: false,
      },
    ],
    evidence: [
      'guide.notAsDescribed.evidence.listingScreenshots',
      'guide.notAsDescribed.evidence.productPhotos',
      'guide.notAsDescribed.evidence.scanLogs',
    ],
  },
  incomplete: {
    prompt: 'guide.incomplete.prompt',
    corrective: [
      'guide.incomplete.corrective.sentParts',
      'guide.incomplete.corrective.stockChecked',
    ],
    preventive: [
      {
        text: 'guide.incomplete.preventive.packingChecklist',
        themes: ['missingParts'],
        always: true,
      },
      { text: 'guide.incomplete.preventive.quantityScan', themes: ['partialOrder'], always: true },
      {
        text: 'guide.incomplete.preventive.listingContents',
        themes: ['missingParts'],
        always: true,
      },
    ],
    evidence: [
      'guide.incomplete.evidence.packingChecklist',
      'guide.incomplete.evidence.contentsPhotos',
      'guide.incomplete.evidence.replacementTracking',
    ],
  },
  returnRefund: {
    prompt: 'guide.returnRefund.prompt',
    corrective: [
      'guide.returnRefund.corrective.authorised',
      'guide.returnRefund.corrective.refunded',
    ],
    preventive: [
      { text: 'guide.returnRefund.preventive.dailyQueue', themes: ['returnRefused'], always: true },
      {
        text: 'guide.returnRefund.preventive.autoAuthorisation',
        themes: ['returnRefused'],
        always: true,
      },
      { text: 'guide.returnRefund.preventive.refundTime', themes: ['refund'], always: false },
    ],
    evidence: [
      'guide.returnRefund.evidence.refundRecords',
      'guide.returnRefund.evidence.settingsScreenshot',
    ],
  },
  service: {
    prompt: 'guide.service.prompt',
    corrective: ['guide.service.corrective.contacted'],
    preventive: [
      { text: 'guide.service.preventive.replyTime', themes: ['noReply'], always: true },
      { text: 'guide.service.preventive.templates', themes: ['noReply', 'rude'], always: true },
      { text: 'guide.service.preventive.dailyCheck', themes: ['noReply'], always: false },
      { text: 'guide.service.preventive.training', themes: ['rude'], always: false },
    ],
    evidence: [
      'guide.service.evidence.responseTimes',
      'guide.service.evidence.templates',
      'guide.service.evidence.coverSchedule',
    ],
  },
  chargeback: {
    prompt: 'guide.chargeback.prompt',
    corrective: ['guide.chargeback.corrective.answered'],
    preventive: [
      { text: 'guide.chargeback.preventive.orderAddress', themes: [], always: true },
      { text: 'guide.chargeback.preventive.signature', themes: [], always: true },
      { text: 'guide.chargeback.preventive.answerNotices', themes: [], always: true },
    ],
    evidence: ['guide.chargeback.evidence.responses', 'guide.chargeback.evidence.proofOfDelivery'],
  },
  uncategorised: {
    prompt: 'guide.uncategorised.prompt',
    corrective: ['guide.uncategorised.corrective.contacted'],
    preventive: [],
    evidence: ['guide.uncategorised.evidence.messages'],
  },
};

/**
 * The same table for FBA orders a plan argues (AFN missed the target). Amazon picks, packs,
 * delivers and takes returns: no shipping service, packaging standard or return queue of the
 * seller's is proposed; delivery complaints are Amazon's to strike through, while listings,
 * product quality and what goes into each unit sent to FBA stay the seller's.
 */
export const FBA_GUIDES: Readonly<Record<CategoryId, CategoryGuide>> = {
  notReceived: {
    prompt: 'guide.fba.notReceived.prompt',
    corrective: [
      'guide.fba.notReceived.corrective.strikeThrough',
      'guide.fba.notReceived.corrective.claimReview',
    ],
    preventive: [{ text: 'guide.fba.preventive.weeklyFeedbackCheck', themes: [], always: true }],
    evidence: ['guide.fba.evidence.requests'],
  },
  damaged: {
    prompt: 'guide.fba.damaged.prompt',
    corrective: [
      'guide.fba.damaged.corrective.strikeThrough',
      'guide.fba.damaged.corrective.inspected',
    ],
    preventive: [
      {
        text: 'guide.fba.damaged.preventive.inboundCheck',
        themes: ['defective', 'broken'],
        always: true,
      },
      { text: 'guide.damaged.preventive.supplierAudit', themes: ['defective'], always: true },
      { text: 'guide.fba.damaged.preventive.returnsReview', themes: ['defective'], always: true },
      {
        text: 'guide.fba.preventive.weeklyFeedbackCheck',
        themes: ['broken', 'packaging'],
        always: false,
      },
    ],
    evidence: [
      'guide.damaged.evidence.checklist',
      'guide.damaged.evidence.supplierReports',
      'guide.fba.damaged.evidence.returnsReport',
      'guide.fba.evidence.requests',
    ],
  },
  notAsDescribed: {
    prompt: 'guide.fba.notAsDescribed.prompt',
    corrective: [
      'guide.notAsDescribed.corrective.listingsCorrected',
      'guide.fba.notAsDescribed.corrective.inventoryChecked',
    ],
    preventive: [
      {
        text: 'guide.notAsDescribed.preventive.listingReview',
        themes: ['listingMismatch', 'size'],
        always: true,
      },
      {
        text: 'guide.fba.notAsDescribed.preventive.ownLabels',
        themes: ['wrongItem', 'usedOrFake'],
        always: true,
      },
      { text: 'guide.notAsDescribed.preventive.sizeCharts', themes: ['size'], always: false },
      {
        text: 'guide.notAsDescribed.preventive.authorisedStock',
        themes: ['usedOrFake'],
        always: false,
      },
    ],
    evidence: [
      'guide.notAsDescribed.evidence.listingScreenshots',
      'guide.notAsDescribed.evidence.productPhotos',
      'guide.fba.notAsDescribed.evidence.labels',
    ],
  },
  incomplete: {
    prompt: 'guide.fba.incomplete.prompt',
    corrective: ['guide.fba.incomplete.corrective.inventoryChecked'],
    preventive: [
      {
        text: 'guide.fba.incomplete.preventive.packingChecklist',
        themes: ['missingParts', 'partialOrder'],
        always: true,
      },
      {
        text: 'guide.incomplete.preventive.listingContents',
        themes: ['missingParts'],
        always: true,
      },
    ],
    evidence: [
      'guide.incomplete.evidence.packingChecklist',
      'guide.incomplete.evidence.contentsPhotos',
    ],
  },
  returnRefund: {
    prompt: 'guide.fba.returnRefund.prompt',
    corrective: ['guide.fba.returnRefund.corrective.claimReview'],
    preventive: [{ text: 'guide.fba.preventive.weeklyFeedbackCheck', themes: [], always: true }],
    evidence: ['guide.fba.evidence.requests'],
  },
  service: {
    prompt: 'guide.fba.service.prompt',
    corrective: [
      'guide.service.corrective.contacted',
      'guide.fba.service.corrective.strikeThrough',
    ],
    preventive: [
      { text: 'guide.service.preventive.replyTime', themes: ['noReply'], always: true },
      { text: 'guide.service.preventive.templates', themes: ['noReply', 'rude'], always: true },
      { text: 'guide.service.preventive.dailyCheck', themes: ['noReply'], always: false },
    ],
    evidence: ['guide.service.evidence.responseTimes', 'guide.fba.evidence.requests'],
  },
  chargeback: {
    prompt: 'guide.fba.chargeback.prompt',
    corrective: ['guide.fba.chargeback.corrective.proof'],
    preventive: [{ text: 'guide.chargeback.preventive.answerNotices', themes: [], always: true }],
    evidence: ['guide.chargeback.evidence.responses'],
  },
  uncategorised: CATEGORY_GUIDES.uncategorised,
};

/** The guide for a channel's orders: FBA orders get the FBA table. */
export function guideFor(category: CategoryId, scope: ChannelScope): CategoryGuide {
  return scope === 'AFN' ? FBA_GUIDES[category] : CATEGORY_GUIDES[category];
}

/** Whose the complaints of a category are on FBA orders (docs/rules.md §5). */
export type Responsibility = 'amazon' | 'seller' | 'shared';

/**
 * For FBA orders a plan does not argue (AFN under target while MFN misses): who answers for
 * each category, and the one thing to do about it.
 */
export const FBA_OTHER: Readonly<
  Record<CategoryId, { responsibility: Responsibility; note: MessageKey }>
> = {
  notReceived: { responsibility: 'amazon', note: 'plan.fba.notReceived' },
  damaged: { responsibility: 'shared', note: 'plan.fba.damaged' },
  notAsDescribed: { responsibility: 'seller', note: 'plan.fba.notAsDescribed' },
  incomplete: { responsibility: 'seller', note: 'plan.fba.incomplete' },
  returnRefund: { responsibility: 'amazon', note: 'plan.fba.returnRefund' },
  service: { responsibility: 'shared', note: 'plan.fba.service' },
  chargeback: { responsibility: 'shared', note: 'plan.fba.chargeback' },
  uncategorised: { responsibility: 'shared', note: 'plan.fba.uncategorised' },
};

/** Every suggestion key a category's blocks may hold, on any channel (to read a sheet back). */
export function suggestionKeys(category: CategoryId): {
  corrective: MessageKey[];
  preventive: MessageKey[];
  evidence: MessageKey[];
} {
  const guides = [CATEGORY_GUIDES[category], FBA_GUIDES[category]];
  const unique = (keys: MessageKey[]) => [...new Set(keys)];
  return {
    corrective: unique(guides.flatMap((g) => [...g.corrective])),
    preventive: unique(guides.flatMap((g) => g.preventive.map((p) => p.text))),
    evidence: unique(guides.flatMap((g) => [...g.evidence])),
  };
}

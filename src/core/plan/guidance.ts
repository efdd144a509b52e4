/**
 * The rules doc §5 table as data: per complaint category, the catalog keys of what to think about
 * for the root cause, typical corrective actions, preventive measures (with the themes in the
 * buyers' words that make each one apply) and the evidence to attach. The texts are in
 * src/core/i18n/plan-guidance.ts.
 */
import type { CategoryId, ThemeId } from '../categorise';
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

/** odr-rules §5's table: root cause → corrective → preventive, per category. */
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

/**
 * The rules doc §5 table as data: per complaint category, what to think about for the root cause,
 * typical corrective actions, preventive measures (with the themes that make each one apply)
 * and the evidence to attach.
 */
import type { CategoryId, ThemeId } from '../categorise';

export interface CategoryGuide {
  prompt: string;
  corrective: string[];
  preventive: { text: string; themes: readonly ThemeId[]; always: boolean }[];
  evidence: string[];
}

/** odr-rules §5's table: root cause → corrective → preventive, per category. */
export const CATEGORY_GUIDES: Readonly<Record<CategoryId, CategoryGuide>> = {
  notReceived: {
    prompt:
      'Why did these orders arrive late or not at all? For example: untracked or slow shipping service, shipment confirmed late, handling time shorter than the warehouse achieves, parcels lost in transit.',
    corrective: [
      'Refunded the buyers whose orders did not arrive.',
      'Re-shipped with tracking where the buyer still wanted the item.',
    ],
    preventive: [
      {
        text: 'Every order ships with Amazon Buy Shipping and a valid tracking number (claims protected when shipped on time).',
        themes: ['tracking', 'neverArrived', 'markedDelivered'],
        always: true,
      },
      {
        text: 'Shipment is confirmed in Seller Central the same day the parcel is handed over, with its tracking number.',
        themes: ['tracking', 'late'],
        always: true,
      },
      {
        text: 'Handling time is set to what the warehouse achieves and reviewed weekly against actual ship dates.',
        themes: ['late'],
        always: true,
      },
      {
        text: 'Shipping templates use the transit times measured on delivered orders for each region.',
        themes: ['late'],
        always: false,
      },
      {
        text: 'The delivery address is checked against the Amazon order before the label prints; signature confirmation above a set order value.',
        themes: ['markedDelivered'],
        always: false,
      },
    ],
    evidence: [
      'Tracking numbers with delivery scans for the affected orders',
      'Buy Shipping label receipts',
      'Shipment-confirmation timestamps',
      'Refund and re-shipment records',
    ],
  },
  damaged: {
    prompt:
      'Why did these items arrive damaged or faulty? For example: a supplier batch with defects, packaging too weak for the product, no check before shipping.',
    corrective: [
      'Refunded or replaced the damaged or defective items.',
      'Quarantined and inspected the remaining stock of the affected SKUs.',
    ],
    preventive: [
      {
        text: 'Pre-shipment quality check on every unit against a written checklist (function test and visual check).',
        themes: ['defective', 'broken'],
        always: true,
      },
      {
        text: 'Packaging standard per SKU: [box strength, padding, fragile items double-boxed], with a drop test for fragile items.',
        themes: ['packaging', 'broken'],
        always: true,
      },
      {
        text: 'Supplier audit and incoming-stock inspection; faulty batches are quarantined before sale.',
        themes: ['defective'],
        always: true,
      },
    ],
    evidence: [
      'The quality-check checklist',
      'Photos of the packaging standard',
      'Supplier inspection reports or invoices',
      'Refund and replacement records',
    ],
  },
  notAsDescribed: {
    prompt:
      'Why did buyers receive something different from the listing? For example: listing errors (title, images, size chart), picking errors, mixed-up stock.',
    corrective: [
      'Corrected the listings (title, images, description, size chart) of the affected SKUs.',
      'Refunded or replaced the affected buyers.',
    ],
    preventive: [
      {
        text: 'Listing review: title, images, bullet points and size chart checked against the physical product.',
        themes: ['listingMismatch', 'size'],
        always: true,
      },
      {
        text: "Pick-and-pack verification: every item's barcode is scanned against the order before the parcel is sealed.",
        themes: ['wrongItem'],
        always: true,
      },
      {
        text: 'Size charts are measured on samples of each SKU and match the listing.',
        themes: ['size'],
        always: false,
      },
      {
        text: 'Stock comes only from authorised suppliers with invoices on file; returned items are inspected and never resold as new.',
        themes: ['usedOrFake'],
        always: false,
      },
    ],
    evidence: [
      'Screenshots of the corrected listings (before and after)',
      'Photos of the product next to the listing',
      'Pick-and-pack scan logs',
    ],
  },
  incomplete: {
    prompt:
      'Why were parts or items missing? For example: no packing list per SKU, multi-unit orders not counted, supplier packs incomplete.',
    corrective: [
      'Sent the missing parts or refunded the buyers.',
      'Checked the remaining stock for complete contents.',
    ],
    preventive: [
      {
        text: 'Packing checklist per SKU listing every part and accessory, ticked before the parcel is sealed.',
        themes: ['missingParts'],
        always: true,
      },
      {
        text: 'Pick-and-pack verification by scan, including a quantity check for multi-unit orders.',
        themes: ['partialOrder'],
        always: true,
      },
      {
        text: 'The listing states exactly what is in the box.',
        themes: ['missingParts'],
        always: true,
      },
    ],
    evidence: [
      'The packing checklist per SKU',
      'Photos of packed contents',
      'Tracking of the replacement parts sent',
    ],
  },
  returnRefund: {
    prompt:
      'Why were returns or refunds not handled? For example: return requests left over 48 hours, returns refused, refunds issued late.',
    corrective: ['Authorised the open return requests.', 'Refunded the buyers.'],
    preventive: [
      {
        text: 'The return queue is checked every day and requests are answered within 24 hours.',
        themes: ['returnRefused'],
        always: true,
      },
      {
        text: "Automatic return authorisation is on for requests within Amazon's return policy.",
        themes: ['returnRefused'],
        always: true,
      },
      {
        text: 'Refunds are issued within 2 business days of the return arriving.',
        themes: ['refund'],
        always: false,
      },
    ],
    evidence: [
      'Return authorisation and refund records with dates',
      'Screenshot of the return settings',
    ],
  },
  service: {
    prompt:
      'Why did buyers go without an answer? For example: slow or no replies, no cover at weekends, no templates for common questions.',
    corrective: ['Contacted each buyer and resolved the open questions.'],
    preventive: [
      {
        text: 'Buyer messages are answered within 24 hours, weekends included (named cover).',
        themes: ['noReply'],
        always: true,
      },
      {
        text: 'Message templates for common questions (delivery status, returns, faults).',
        themes: ['noReply', 'rude'],
        always: true,
      },
      {
        text: 'A daily check of Buyer-Seller Messaging for messages without a reply.',
        themes: ['noReply'],
        always: false,
      },
      {
        text: 'Customer-service staff trained on standard replies, with an escalation rule for complaints.',
        themes: ['rude'],
        always: false,
      },
    ],
    evidence: [
      'Buyer-Seller Messaging response-time report',
      'The message templates',
      'The support cover schedule',
    ],
  },
  chargeback: {
    prompt:
      'Why did buyers dispute the charge with their bank? For example: shipped to an address other than the order, no proof of delivery, no answer to the chargeback notice.',
    corrective: [
      'Answered each chargeback notice within 7 days with tracking and proof of delivery.',
    ],
    preventive: [
      {
        text: 'Orders ship only to the address in the Amazon order.',
        themes: [],
        always: true,
      },
      {
        text: 'Signature confirmation for orders above [order value].',
        themes: [],
        always: true,
      },
      {
        text: 'Chargeback notices are answered within 7 days with tracking and proof of delivery.',
        themes: [],
        always: true,
      },
    ],
    evidence: [
      'The chargeback responses with tracking',
      'Proof of delivery and signature confirmations',
    ],
  },
  uncategorised: {
    prompt:
      'These orders name no clear cause. Read the comments and messages, set the category column, and write the plan again.',
    corrective: ['Contacted each buyer to understand and resolve the problem.'],
    preventive: [],
    evidence: ['Buyer messages for these orders'],
  },
};

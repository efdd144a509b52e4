/**
 * The deadlines sellers live by (docs/rules.md §3), computed from a defect's own date where the data
 * gives one: answer an A-to-z claim within 48 hours, appeal a granted one within 30 days, answer
 * a chargeback within 7 days, request feedback removal within 90 days.
 */
import type { Day } from './types';
import type { DefectRecord } from './dataset-types';

export type DeadlineKind = 'atozResponse' | 'atozAppeal' | 'chargebackResponse' | 'feedbackRemoval';

export interface DeadlineDays {
  kind: DeadlineKind;
  by: Day;
  passed: boolean;
}

const GRANTED_RE = /\b(grant|decided|seller fault|closed|refunded)/i;

export function deadlineOf(record: DefectRecord, today: Day): DeadlineDays | null {
  if (record.date === null || !record.counts) return null;
  let kind: DeadlineKind;
  let days: number;
  if (record.type === 'atoz') {
    // A decided claim can still be appealed; an open one needs an answer within 48 hours.
    [kind, days] = GRANTED_RE.test(record.status) ? ['atozAppeal', 30] : ['atozResponse', 2];
  } else if (record.type === 'chargeback') {
    [kind, days] = ['chargebackResponse', 7];
  } else {
    [kind, days] = ['feedbackRemoval', 90];
  }
  const by = record.date + days;
  return { kind, by, passed: by < today };
}

/** The deadline to show for an order: the next one still open, else the last one missed. */
export function mostUrgent(records: readonly DefectRecord[], today: Day): DeadlineDays | null {
  const all = records.map((r) => deadlineOf(r, today)).filter((d): d is DeadlineDays => d !== null);
  const open = all.filter((d) => !d.passed).sort((a, b) => a.by - b.by);
  if (open.length > 0) return open[0];
  return all.sort((a, b) => b.by - a.by)[0] ?? null;
}

/**
 * Reads defects: the defects table (a defect list, a Feedback report or the ODR download), the
 * defect flags on order rows, whether each defect counts (docs/rules.md §2), and the findings
 * about defects that do not count or whose order is missing.
 */
import type { Cell, DefectType, Table, ZoneOffset } from './types';
import { t } from '../i18n';
import { reasonWithCode } from './text';
import { InputError } from './errors';
import {
  acceptedHeaders,
  describeHeadersSeen,
  matchHeader,
  orderIdKey,
  type HeaderMatch,
} from './columns';
import { readDay } from './dates';
import {
  classifyDefect,
  isStruckThroughComment,
  readDefectType,
  readFlag,
  readRating,
} from './rules';
import type { DefectRecord, DefectSource, DefectTableKind, OrderIndex } from './dataset-types';
import type { FindingCollector } from './findings';
import {
  addNoIdFinding,
  cellText,
  decideColumn,
  isBlankRow,
  noteDateDecision,
  type Unplaced,
} from './table-cells';

interface InlineColumns {
  nfCol?: number;
  ratingCol?: number;
  atozCol?: number;
  cbCol?: number;
}

function blankDefect(
  orderId: string,
  order: number,
  type: DefectType,
  source: DefectSource,
  row: number,
): DefectRecord {
  return {
    orderId,
    order,
    type,
    status: '',
    counts: true,
    excludedBy: null,
    exclusion: null,
    statusRecognised: true,
    evidence: '',
    date: null,
    rating: null,
    comment: '',
    reason: '',
    category: '',
    source,
    row,
  };
}

/** Applies a flag-or-status cell to a defect; returns null when the cell says "no defect". */
function defectFromFlag(
  cell: Cell,
  orderId: string,
  order: number,
  type: DefectType,
  source: DefectSource,
  row: number,
): DefectRecord | null {
  const flag = readFlag(cell);
  if (flag.kind === 'no') return null;
  const record = blankDefect(orderId, order, type, source, row);
  if (flag.kind === 'status') {
    record.status = flag.status;
    applyVerdict(record, '');
  }
  return record;
}

/**
 * Decides whether a defect counts from its status and, for a chargeback, its reason or reason
 * code (docs/rules.md §2: fraud chargebacks are Amazon's liability, and often show only in the card
 * network's reason code).
 */
function applyVerdict(record: DefectRecord, reason: string): void {
  const verdict = classifyDefect(record.type, record.status, reason);
  if (verdict.counts) {
    record.counts = true;
    record.statusRecognised = verdict.recognised;
  } else {
    record.counts = false;
    record.exclusion = verdict.excludedBy;
    record.evidence = verdict.evidence ?? '';
    record.excludedBy = t('en', verdict.excludedBy, { reason: record.evidence });
  }
}

export function readInlineDefects(
  row: readonly Cell[],
  rowNumber: number,
  id: string,
  index: number,
  cols: InlineColumns,
  seen: Set<string>,
  out: DefectRecord[],
): void {
  const push = (record: DefectRecord | null): void => {
    if (!record) return;
    const key = `${record.type}\u0000${id}`;
    if (seen.has(key)) return; // item rows of one order repeat the order's flags
    seen.add(key);
    out.push(record);
  };
  if (cols.ratingCol !== undefined) {
    const rating = readRating(row[cols.ratingCol]);
    if (rating !== null && rating <= 2) {
      const record = blankDefect(id, index, 'negativeFeedback', 'orders', rowNumber);
      record.rating = rating;
      push(record);
    }
  }
  if (cols.nfCol !== undefined) {
    const cell = row[cols.nfCol];
    const rating = readRating(cell);
    if (rating !== null && rating !== 1) {
      // 2–5 is a star rating; 1 reads as a yes-flag or as one star, a defect either way.
      if (rating <= 2)
        push({ ...blankDefect(id, index, 'negativeFeedback', 'orders', rowNumber), rating });
    } else {
      push(defectFromFlag(cell, id, index, 'negativeFeedback', 'orders', rowNumber));
    }
  }
  if (cols.atozCol !== undefined)
    push(defectFromFlag(row[cols.atozCol], id, index, 'atoz', 'orders', rowNumber));
  if (cols.cbCol !== undefined)
    push(defectFromFlag(row[cols.cbCol], id, index, 'chargeback', 'orders', rowNumber));
}

/** Tells which kind of defects table a header describes (docs/rules.md §6). */
export function defectTableKind(match: HeaderMatch): DefectTableKind | null {
  const c = match.columns;
  if (c.type !== undefined) return 'defectList';
  if (c.rating !== undefined) return 'feedbackReport';
  if (c.negativeFeedback !== undefined || c.atoz !== undefined || c.chargeback !== undefined)
    return 'odrDownload';
  return null;
}

export function readDefects(
  table: Table,
  orders: OrderIndex,
  zone: ZoneOffset,
  findings: FindingCollector,
  out: DefectRecord[],
): DefectTableKind {
  if (!Array.isArray(table) || table.length === 0) {
    throw new InputError(
      'defects: the range is empty. Select the defects table including its header row, or leave the argument out.',
    );
  }
  const match = matchHeader(table);
  const kind = match ? defectTableKind(match) : null;
  if (!match || !kind) {
    throw new InputError(
      `defects: not recognised as a Feedback report, a defect list or the ODR download (${describeHeadersSeen(table)}). ` +
        `It needs an order-id column (${acceptedHeaders('orderId', 3)}) and one of: a "Type" column ` +
        `(negative feedback / A-to-z / chargeback), a "Rating" column, or columns named ` +
        `"Negative feedback", "A-to-z claim", "Chargeback".`,
    );
  }
  const { columns, headerRow, headers } = match;
  const idCol = columns.orderId as number;
  const dateCol = columns.defectDate;
  const decision = dateCol === undefined ? null : decideColumn(table, dateCol, headerRow);
  if (decision && dateCol !== undefined)
    noteDateDecision(findings, 'defects', headers[dateCol], decision);
  const text = (row: readonly Cell[], col: number | undefined): string =>
    col === undefined ? '' : cellText(row[col]);

  for (let r = headerRow + 1; r < table.length; r++) {
    const row = table[r];
    if (!row || isBlankRow(row)) continue;
    const id = orderIdKey(row[idCol]);
    if (id === '') {
      addNoIdFinding(findings, 'defects', row[idCol], r + 1);
      continue;
    }
    const order = orders.byId.get(id) ?? -1;
    const reason = text(row, columns.reason);
    const code = columns.reasonCode === columns.reason ? '' : text(row, columns.reasonCode);
    const base = {
      date: decision && dateCol !== undefined ? readDay(row[dateCol], decision.order, zone) : null,
      comment: text(row, columns.comment),
      reason: reasonWithCode(reason, code),
      category: text(row, columns.category),
    };
    const records: DefectRecord[] = [];
    if (kind === 'odrDownload') {
      for (const [type, col] of [
        ['negativeFeedback', columns.negativeFeedback],
        ['atoz', columns.atoz],
        ['chargeback', columns.chargeback],
      ] as const) {
        if (col === undefined) continue;
        const record = defectFromFlag(row[col], id, order, type, 'defects', r + 1);
        if (record) records.push(record);
      }
    } else {
      let type: DefectType | null = 'negativeFeedback';
      if (kind === 'defectList') {
        type = readDefectType(row[columns.type as number]);
        if (type === null) {
          findings.add(
            'skippedRow',
            'defects',
            'finding.badType',
            { value: cellText(row[columns.type as number]) },
            r + 1,
          );
          continue;
        }
      }
      const record = blankDefect(id, order, type, 'defects', r + 1);
      if (columns.rating !== undefined && type === 'negativeFeedback') {
        const rating = readRating(row[columns.rating]);
        if (rating === null && kind === 'feedbackReport') {
          findings.add(
            'skippedRow',
            'defects',
            'finding.badRating',
            { value: cellText(row[columns.rating]) },
            r + 1,
          );
          continue;
        }
        record.rating = rating;
        if (rating !== null && rating > 2) {
          // 3 stars is neutral, 4–5 positive: feedback, but not a defect (docs/rules.md §1).
          findings.add('notDefects', 'defects', 'finding.notDefect', {}, r + 1);
          continue;
        }
      }
      if (columns.status !== undefined) record.status = cellText(row[columns.status]);
      applyVerdict(record, base.reason);
      if (record.counts && type === 'negativeFeedback' && isStruckThroughComment(base.comment)) {
        record.counts = false;
        record.exclusion = 'rules.why.struck';
        record.excludedBy = t('en', 'rules.why.struck');
      }
      records.push(record);
    }
    for (const record of records) {
      // A chargeback marked in the ODR download may carry its reason code in the row.
      if (kind === 'odrDownload' && record.counts && record.type === 'chargeback' && base.reason) {
        applyVerdict(record, base.reason);
      }
      record.date = base.date;
      record.comment = base.comment;
      record.reason = base.reason;
      record.category = base.category;
      out.push(record);
    }
  }
  return kind;
}

export function noteDefectFindings(
  defects: DefectRecord[],
  findings: FindingCollector,
  unplaced: Unplaced,
): void {
  for (const d of defects) {
    const table = d.source;
    if (!d.counts) {
      findings.add(
        'excludedDefects',
        table,
        'finding.excluded',
        d.evidence ? { why: d.exclusion ?? '', evidence: d.evidence } : { why: d.exclusion ?? '' },
        d.row,
      );
    } else if (!d.statusRecognised) {
      findings.add(
        'unrecognisedStatus',
        table,
        'finding.unknownStatus',
        { status: d.status },
        d.row,
      );
    }
    if (d.order < 0) {
      // The order is there, but none of its rows could be read: say which, not "not in range".
      const skipped = unplaced.get(d.orderId);
      if (skipped) {
        findings.add(
          'unplacedOrder',
          table,
          skipped.why === 'date' ? 'finding.orderDateUnreadable' : 'finding.orderChannelUnreadable',
          { orderId: d.orderId, row: skipped.row },
          d.row,
        );
      } else {
        findings.add('unknownOrder', table, 'finding.unknownOrder', { orderId: d.orderId }, d.row);
      }
    }
  }
}

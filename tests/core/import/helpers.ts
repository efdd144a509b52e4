import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type Message } from '../../../src/core/i18n';
import { FINGERPRINT_HEADER, type FileSummary, type ReportFile } from '../../../src/core/import';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'reports');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixture(name: string): ReportFile {
  return { name, content: fixtureBytes(name) };
}

/** Every string anywhere in a value (arrays, objects, Dates as ISO). */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Date) out.push(value.toISOString());
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

export const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/** A catalog message (or plain text) in English, for readable expectations. */
export function text(m: Message | string | null | undefined): string {
  if (m === null || m === undefined) return '';
  return typeof m === 'string' ? m : render('en', m);
}

/** A file's summary with its messages in English. */
export function english(summary: FileSummary): {
  skipped: { line: number; reason: string }[];
  ignored: { reason: string; count: number }[];
  notes: string[];
  error: string;
} {
  return {
    skipped: summary.skipped.map((s) => ({ line: s.line, reason: text(s.reason) })),
    ignored: summary.ignored.map((i) => ({ reason: text(i.reason), count: i.count })),
    notes: summary.notes.map(text),
    error: text(summary.error),
  };
}

/**
 * Ledger values as a person reads them: dates as YYYY-MM-DD (midnight UTC) or ISO instants, the
 * import's hidden bookkeeping column left out.
 */
export function plain(values: readonly (readonly unknown[])[] | null): unknown[][] {
  if (!values) throw new Error('no ledger values');
  const headerRow = values.slice(0, 10).find((row) => row.includes(FINGERPRINT_HEADER));
  const fp = headerRow ? headerRow.indexOf(FINGERPRINT_HEADER) : -1;
  return values.map((row) =>
    row
      .filter((_, c) => c !== fp)
      .map((v) =>
        v instanceof Date
          ? v.toISOString().endsWith('T00:00:00.000Z')
            ? v.toISOString().slice(0, 10)
            : v.toISOString()
          : v,
      ),
  );
}

/** Defects ledger rows as objects keyed by header, for readable expectations. */
export function records(values: readonly (readonly unknown[])[] | null): Record<string, unknown>[] {
  const [header, ...rows] = plain(values);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

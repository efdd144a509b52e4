import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFile } from '../../../src/core/import';

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

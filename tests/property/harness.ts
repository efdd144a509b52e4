/**
 * Calls the built bundle's custom functions as Sheets does (one emulated spreadsheet per time
 * zone, dates made in the bundle's realm) and checks the shape of every answer.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, emulateBundle } from '../helpers/emulator';
import type { Realm, Zone } from './model';

export interface ZoneEnv extends Realm {
  call: (name: string, ...args: unknown[]) => unknown;
}

const envs = new Map<Zone, ZoneEnv>();

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
}

/** The bundle loaded into an emulated spreadsheet whose time zone is `zone` (cached). */
export function envFor(zone: Zone): ZoneEnv {
  let env = envs.get(zone);
  if (!env) {
    const { ctx, call } = emulateBundle({ timeZone: zone });
    env = {
      call: (name, ...args) => call(name, ...args),
      Date: vm.runInContext('Date', ctx) as DateConstructor,
    };
    envs.set(zone, env);
  }
  return env;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell Sheets can show: a finite number, a string, a boolean or a valid Date. */
export function isGoodCell(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  return isDateValue(v) && !Number.isNaN(v.getTime());
}

/** Why a custom function's answer is not a finite number or a well-formed table; null if it is. */
export function shapeProblem(value: unknown, kind: 'number' | 'table'): string | null {
  if (kind === 'number') {
    return typeof value === 'number' && Number.isFinite(value)
      ? null
      : `not a finite number: ${String(value)}`;
  }
  if (!Array.isArray(value) || value.length === 0) return 'not a non-empty 2-D array';
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  if (width < 1) return 'first row is not a non-empty array';
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== width) return `row ${r} is not ${width} wide`;
    for (let c = 0; c < width; c++) {
      if (!isGoodCell(row[c])) return `cell ${r},${c} is ${String(row[c])} (${typeof row[c]})`;
    }
  }
  return null;
}

/** Words a seller-facing error names its problem with. */
const NAMES_PROBLEM =
  /orders|defects|as_of|channel|target|days|window|column|range|header|date|order id/i;

/** Why a thrown value is not a readable Error; null if it is. */
export function errorProblem(err: unknown): string | null {
  if (Object.prototype.toString.call(err) !== '[object Error]')
    return `threw a non-Error ${String(err)}`;
  const message = (err as Error).message;
  if (typeof message !== 'string' || message.trim() === '') return 'empty message';
  if (/undefined|\[object|NaN/.test(message))
    return `message leaks internals: ${message.slice(0, 300)}`;
  if (!NAMES_PROBLEM.test(message))
    return `message names no argument or data: ${message.slice(0, 300)}`;
  return null;
}

export const timeSpent = new Map<string, number>();

export function run(env: ZoneEnv, name: string, args: unknown[]): Outcome {
  const t0 = performance.now();
  try {
    return { ok: true, value: env.call(name, ...args) };
  } catch (err) {
    const problem = errorProblem(err);
    if (problem) throw new Error(`${name}: ${problem}`);
    return { ok: false, message: (err as Error).message };
  } finally {
    timeSpent.set(name, (timeSpent.get(name) ?? 0) + performance.now() - t0);
  }
}

/** Cases run per custom function, printed when the suite ends. */
export const casesRun = new Map<string, number>();

export function count(name: string, n = 1): void {
  casesRun.set(name, (casesRun.get(name) ?? 0) + n);
}

export function printSummary(label: string): void {
  const parts = [...casesRun].map(([name, n]) => `${name} ${n}`);
  const total = [...casesRun.values()].reduce((a, b) => a + b, 0);
  console.log(`property cases run (${label}): ${parts.join(', ')}; total ${total}`);
  console.log([...timeSpent].map(([n, ms]) => `${n} ${Math.round(ms)} ms`).join(', '));
}

/** Cell values compared across realms: Dates by time. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (isDateValue(value)) return `date:${value.getTime()}`;
  return value;
}

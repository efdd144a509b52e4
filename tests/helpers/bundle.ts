/**
 * Loads the built dist/Code.js into a fresh V8 context that holds only what Apps Script gives:
 * the JavaScript built-ins plus the services a test passes in. No require, process, setTimeout,
 * URL or fetch, so a Node-only or browser-only global in the bundle fails here as it would in
 * Apps Script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export type BundleContext = vm.Context & Record<string, unknown>;

/** Apps Script's own always-present globals that are harmless to provide. */
function appsScriptBasics(): Record<string, unknown> {
  const quiet = {
    log: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
  };
  return { console: quiet, Logger: { log: () => undefined } };
}

export function bundleSource(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

export function loadBundle(services: Record<string, unknown> = {}): BundleContext {
  const context = vm.createContext({ ...appsScriptBasics(), ...services }) as BundleContext;
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context;
}

/** Calls a top-level function of the bundle as Apps Script would. */
export function call<T = unknown>(context: BundleContext, name: string, ...args: unknown[]): T {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
  return (fn as (...a: unknown[]) => T)(...args);
}

/** Makes a Date inside the context, as Sheets hands dates to Apps Script. */
export function contextDate(context: BundleContext, iso: string): Date {
  return vm.runInContext(`new Date(${JSON.stringify(iso)})`, context) as Date;
}

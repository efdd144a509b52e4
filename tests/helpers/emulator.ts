/**
 * What tests need from the Apps Script emulator (tools/emulator): an emulated spreadsheet, the
 * built bundle loaded into it, and a starter for the local preview server.
 */
import { join } from 'node:path';
import {
  type BundleContext,
  type Emulator,
  type EmulatorOptions,
  callBundle,
  createEmulator,
  loadBundleInEmulator,
} from '../../tools/emulator';

export * from '../../tools/emulator';
export { startPreview } from '../../tools/preview';
export type { PreviewStartOptions as PreviewOptions, PreviewServer } from '../../tools/preview';

export const DIST = join(__dirname, '..', '..', 'dist');

/** An emulator with dist/ as its page directory and the built bundle loaded into it. */
export function emulateBundle(options: EmulatorOptions = {}): {
  emulator: Emulator;
  ctx: BundleContext;
  call: <T = unknown>(name: string, ...args: unknown[]) => T;
} {
  const emulator = createEmulator({ distDir: DIST, ...options });
  const ctx = loadBundleInEmulator(emulator, DIST);
  return {
    emulator,
    ctx,
    call: <T = unknown>(name: string, ...args: unknown[]): T => callBundle<T>(ctx, name, ...args),
  };
}

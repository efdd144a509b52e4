/**
 * `npm start` and the browser tests: the preview server (server.ts) showing ODR Guard
 * (odr-guard.ts). See README.md beside this file.
 */
import { ODR_GUARD } from './odr-guard';
import { startPreview as startServer, type PreviewOptions, type PreviewServer } from './server';

export type { PreviewAddon, PreviewServer } from './server';
export type { PreviewState } from './protocol';

export type PreviewStartOptions = Omit<PreviewOptions, 'addon'> &
  Partial<Pick<PreviewOptions, 'addon'>>;

export function startPreview(options: PreviewStartOptions = {}): Promise<PreviewServer> {
  return startServer({ addon: ODR_GUARD, ...options });
}

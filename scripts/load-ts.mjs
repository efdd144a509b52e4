// Loads a TypeScript module from a plain Node script: esbuild bundles it to a one-off file
// under build/ (one per process and call, so parallel runs never read each other's half-written
// file), which is loaded and then removed. Node modules get CommonJS, pure ones ESM.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let serial = 0;

/**
 * @param {string} root the project folder
 * @param {string} entry the module, relative to root
 * @param {{ platform?: 'node' | 'neutral' }} [options] 'node' for modules that use Node's APIs
 */
export async function loadTypeScript(root, entry, { platform = 'neutral' } = {}) {
  const outDir = join(root, 'build');
  mkdirSync(outDir, { recursive: true });
  const cjs = platform === 'node';
  const name = basename(entry).replace(/\.ts$/, '');
  const outfile = join(outDir, `${name}.${process.pid}.${serial++}.${cjs ? 'cjs' : 'mjs'}`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform,
    format: cjs ? 'cjs' : 'esm',
    target: 'node20',
    // Node modules load npm packages from node_modules (esbuild, for one, cannot be bundled).
    packages: cjs ? 'external' : undefined,
    outfile,
    logLevel: 'error',
  });
  try {
    return cjs
      ? createRequire(import.meta.url)(outfile)
      : await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

import type { Core } from './core';

/** Objects handed to script code carry their Core so each public call can be counted. */
export interface Counted {
  readonly _core: Core;
  /** Cells a call touches, for the per-cell part of the simulated latency. */
  _cells?(): number;
}

/**
 * Wraps every public prototype method (names not starting with `_`) so that calling it counts
 * one call under its method name. Methods call each other only through `_`-prefixed helpers, so
 * one script call is one count.
 */
export function instrument(cls: { prototype: object; name: string }, label = cls.name): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (this: Counted, ...args: unknown[]) => unknown;
    const wrapped = function (this: Counted, ...args: unknown[]): unknown {
      this._core.hit(label, name, this._cells ? this._cells() : 0);
      return original.apply(this, args);
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}

/** PropertiesService, CacheService, LockService, Session, Utilities, Logger, ScriptApp. */
import { randomUUID } from 'node:crypto';
import {
  type CacheStore,
  type Core,
  EXTERNAL_OWNER,
  type Execution,
  type LockKind,
  type PropertyStore,
} from './core';
import { isDateObject } from './cells';
import { assertTimeZone, formatDatePattern, zonedToEpoch } from './dates';

/**
 * Property limits. Google documents 9 KB per value and 500 KB per store; a value over 8,066
 * bytes is refused in practice (tanaikech, "Specification of Properties Service", 2023), so the
 * measured figure is modelled. The store counts keys and values.
 */
export const PROPERTY_VALUE_LIMIT = 8_066;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Google's cache limits: 100 KB per value, 250 characters per key, 6 hours at most. */
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
export const CACHE_MAX_SECONDS = 21_600;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertiesImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _store: PropertyStore,
  ) {}

  private _size(map: Map<string, string>): number {
    let total = 0;
    for (const [k, v] of map) total += bytes(k) + bytes(v);
    return total;
  }

  private _put(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store.map);
    for (const [k, v] of entries) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) {
        throw this._core.error(this._x, 'Argument too large: value');
      }
      next.set(k, v);
    }
    if (this._size(next) > PROPERTY_STORE_LIMIT) {
      throw this._core.error(
        this._x,
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._store.map.clear();
    for (const [k, v] of next) this._store.map.set(k, v);
  }

  getProperty(key: string): string | null {
    return this._store.map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (key === undefined || key === null) throw this._core.error(this._x, 'Invalid argument: key');
    this._put([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    this._put(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store.map);
  }
  getKeys(): string[] {
    return [...this._store.map.keys()];
  }
  deleteProperty(key: string): this {
    this._store.map.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store.map.clear();
    return this;
  }
}

export class PropertiesServiceImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this._core, this._x, this._core.properties.document);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this._core, this._x, this._core.properties.user);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this._core, this._x, this._core.properties.script);
  }
}

export class CacheImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _store: CacheStore,
  ) {}

  private _check(key: string, value: string, seconds: number): void {
    if (key.length > CACHE_KEY_LIMIT) throw this._core.error(this._x, 'Argument too large: key');
    if (bytes(value) > CACHE_VALUE_LIMIT) {
      throw this._core.error(this._x, 'Argument too large: value');
    }
    if (seconds < 1 || seconds > CACHE_MAX_SECONDS) {
      throw this._core.error(this._x, 'Invalid argument: expirationInSeconds');
    }
  }

  get(key: string): string | null {
    const e = this._store.map.get(String(key));
    if (!e) return null;
    if (e.expires <= this._core.now()) {
      this._store.map.delete(String(key));
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    const k = String(key);
    const v = String(value);
    this._check(k, v, expirationInSeconds);
    this._store.map.set(k, { value: v, expires: this._core.now() + expirationInSeconds * 1000 });
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    const entries = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) this._check(k, v, expirationInSeconds);
    for (const [k, v] of entries) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this._store.map.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._store.map.delete(String(k));
  }
}

export class CacheServiceImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}
  getDocumentCache(): CacheImpl {
    return new CacheImpl(this._core, this._x, this._core.caches.document);
  }
  getUserCache(): CacheImpl {
    return new CacheImpl(this._core, this._x, this._core.caches.user);
  }
  getScriptCache(): CacheImpl {
    return new CacheImpl(this._core, this._x, this._core.caches.script);
  }
}

/**
 * A lock of one kind, held by one execution at a time. Script code here is synchronous, so a
 * lock held by another execution (or from outside with Emulator.holdLock) is never released while
 * this one waits: tryLock returns false and waitLock throws, after adding the wait to simulatedMs.
 */
export class LockImpl {
  private _acquired = false;
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _kind: LockKind,
  ) {}

  private _take(timeoutInMillis: number): boolean {
    const state = this._core.locks[this._kind];
    if (state.owner === null || state.owner === this._x.id) {
      state.owner = this._x.id;
      this._acquired = true;
      return true;
    }
    this._core.simulatedMs += Math.max(0, Number(timeoutInMillis) || 0);
    return false;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._take(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._take(timeoutInMillis)) {
      throw this._core.error(
        this._x,
        'Lock timeout: another process was holding the lock for too long.',
      );
    }
  }
  releaseLock(): void {
    const state = this._core.locks[this._kind];
    if (this._acquired && state.owner === this._x.id) state.owner = null;
    this._acquired = false;
  }
  hasLock(): boolean {
    return this._acquired && this._core.locks[this._kind].owner === this._x.id;
  }
}

export class LockServiceImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}
  getDocumentLock(): LockImpl {
    return new LockImpl(this._core, this._x, 'document');
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this._core, this._x, 'script');
  }
  getUserLock(): LockImpl {
    return new LockImpl(this._core, this._x, 'user');
  }
}

export { EXTERNAL_OWNER };

export class UserImpl {
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
}

export class SessionImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}
  getActiveUserLocale(): string {
    return this._core.userLocale;
  }
  getScriptTimeZone(): string {
    return this._core.scriptTimeZone;
  }
  /** Consumer accounts running an add-on usually get '' here (privacy rules). */
  getActiveUser(): UserImpl {
    return new UserImpl('');
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl('');
  }
  getTemporaryActiveUserKey(): string {
    return 'emulated-user-key';
  }
}

export class BlobImpl {
  constructor(
    private _data: string,
    private _contentType: string | null,
    private _name: string | null,
  ) {}
  getDataAsString(): string {
    return this._data;
  }
  setDataFromString(s: string): this {
    this._data = String(s);
    return this;
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(t: string): this {
    this._contentType = t;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(n: string): this {
    this._name = n;
    return this;
  }
  getBytes(): number[] {
    return [...Buffer.from(this._data, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  }
}

export class UtilitiesImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateObject(date)) {
      throw this._core.error(
        this._x,
        "The parameters don't match the method signature for Utilities.formatDate.",
      );
    }
    try {
      assertTimeZone(timeZone);
    } catch {
      throw this._core.error(this._x, `Invalid argument: timeZone`);
    }
    try {
      return formatDatePattern(date.getTime(), timeZone, format);
    } catch (err) {
      throw this._core.error(this._x, err instanceof Error ? err.message : String(err));
    }
  }
  /** yyyy-MM-dd[ HH:mm[:ss]] patterns only; enough for round-tripping formatDate output. */
  parseDate(date: string, timeZone: string, format: string): Date {
    const fields: Record<string, number> = { y: 0, M: 1, d: 1, H: 0, m: 0, s: 0 };
    let pos = 0;
    const re = /(y+|M+|d+|H+|m+|s+|'[^']*'|.)/g;
    for (const token of format.match(re) ?? []) {
      const letter = token[0];
      if (letter in fields && /^[yMdHms]+$/.test(token)) {
        const len = letter === 'y' && token.length <= 2 ? 2 : token.length === 1 ? 0 : token.length;
        const m = /^\d+/.exec(date.slice(pos, len > 0 ? pos + Math.max(len, 1) : undefined));
        if (!m) throw this._core.error(this._x, `Could not parse date: ${date}`);
        fields[letter] = Number(m[0]);
        pos += m[0].length;
      } else {
        pos += token.startsWith("'") ? token.length - 2 : token.length;
      }
    }
    const ms = zonedToEpoch(timeZone, fields.y, fields.M, fields.d, fields.H, fields.m, fields.s);
    return new this._x.realm.Date(ms);
  }
  /** No real sleep: the time is added to the simulated clock instead. */
  sleep(milliseconds: number): void {
    this._core.simulatedMs += Math.max(0, Number(milliseconds) || 0);
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: string, contentType?: string, name?: string): BlobImpl {
    return new BlobImpl(String(data), contentType ?? null, name ?? null);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd]/g, () => String(args[i++]));
  }
}

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (isDateObject(a)) return a.toISOString();
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

export function makeLogger(core: Core): { log: (...args: unknown[]) => unknown } {
  const logger = {
    log: (...args: unknown[]): unknown => {
      const [first, ...rest] = args;
      // Logger.log('x %s', v) formats like Utilities.formatString.
      if (typeof first === 'string' && rest.length && /%[sd]/.test(first)) {
        let i = 0;
        core.log(first.replace(/%[sd]/g, () => render([rest[i++]])));
      } else {
        core.log(render(args));
      }
      return logger;
    },
    getLog: (): string => core.logs.join('\n'),
    clear: (): void => {
      core.logs.length = 0;
    },
  };
  return logger;
}

export function makeConsole(core: Core): Record<string, (...args: unknown[]) => void> {
  const line =
    (level: string) =>
    (...args: unknown[]): void => {
      core.log(level === 'log' ? render(args) : `${level}: ${render(args)}`);
    };
  return {
    log: line('log'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    time: () => undefined,
    timeEnd: () => undefined,
  };
}

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

export function makeScriptApp(core: Core): Record<string, unknown> {
  return {
    AuthMode,
    getScriptId: (): string => `script-of-${core.id}`,
    getOAuthToken: (): string => 'emulated-oauth-token',
  };
}

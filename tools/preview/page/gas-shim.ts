/// <reference lib="dom" />
/**
 * google.script.run and google.script.host for the pages the add-on shows in the preview. The
 * server injects this (built by esbuild as the global `GasShim`) into the sidebar/dialog HTML,
 * before the page's own scripts, followed by `GasShim.install([...names])`: like the real API,
 * only the bundle's top-level functions exist on google.script.run. Calls go to the parent page
 * by postMessage (as Apps Script's sandbox iframe talks to its outer frame), and the parent POSTs
 * them to /rpc.
 */
import type { ErrorInfo, HostMessage, RpcRequestMessage, RpcResultMessage } from '../protocol';

type Handler = (value: unknown, userObject: unknown) => void;

interface PendingCall {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

type Runner = Record<string, (...args: unknown[]) => unknown>;

/**
 * Apps Script refuses Dates, functions and DOM nodes other than a lone form ("Class
 * google.script.run": "Requests fail if you attempt to pass a Date, Function, DOM element
 * besides a form, or other prohibited type"). Returns the offending property's name.
 */
function illegal(value: unknown, path: string, seen: unknown[]): string | null {
  if (typeof value === 'function') return path;
  if (value === null || typeof value !== 'object') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') return path;
  if (typeof (value as { nodeType?: unknown }).nodeType === 'number') return path;
  if (seen.indexOf(value) >= 0) return path;
  seen.push(value);
  for (const key of Object.keys(value)) {
    const bad = illegal((value as Record<string, unknown>)[key], key, seen);
    if (bad !== null) return bad;
  }
  return null;
}

function formToObject(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < form.elements.length; i++) {
    const el = form.elements[i] as HTMLInputElement;
    if (!el.name || el.disabled) continue;
    if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
    out[el.name] = el.value;
  }
  return out;
}

const pending = new Map<number, PendingCall>();
let nextId = 1;

function settle(call: PendingCall, ok: boolean, payload: unknown): void {
  setTimeout(() => {
    if (ok) {
      call.success?.(payload, call.userObject);
      return;
    }
    const info = payload as Partial<ErrorInfo> | null;
    const error = new Error(info?.message ?? String(payload));
    if (info?.name) error.name = info.name;
    if (call.failure) call.failure(error, call.userObject);
    else console.error(`google.script.run failed: ${error.message}`);
  }, 0);
}

function runner(functions: readonly string[], call: PendingCall): Runner {
  const r: Runner = {
    withSuccessHandler: (f) => runner(functions, { ...call, success: f as Handler }),
    withFailureHandler: (f) => runner(functions, { ...call, failure: f as Handler }),
    withUserObject: (o) => runner(functions, { ...call, userObject: o }),
  };
  for (const name of functions) {
    r[name] = (...given: unknown[]) => {
      let args = given;
      const first = args[0] as { tagName?: unknown } | undefined;
      if (args.length === 1 && first && first.tagName === 'FORM') {
        args = [formToObject(first as unknown as HTMLFormElement)];
      }
      const bad = illegal(args, 'args', []);
      if (bad !== null) {
        settle(call, false, {
          name: 'Error',
          message: `Failed due to illegal value in property: ${bad}`,
        });
        return;
      }
      const id = nextId++;
      pending.set(id, call);
      // JSON round trip: what reaches the server is a copy; undefined in arrays becomes null.
      const message: RpcRequestMessage = {
        type: 'gas-rpc',
        id,
        name,
        args: JSON.parse(JSON.stringify(args)) as unknown[],
      };
      window.parent.postMessage(message, '*');
    };
  }
  return r;
}

function host(op: HostMessage['op'], value?: number): void {
  const message: HostMessage = { type: 'gas-host', op, value };
  window.parent.postMessage(message, '*');
}

export function install(functions: readonly string[]): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const m = event.data as RpcResultMessage | null;
    if (!m || m.type !== 'gas-rpc-result' || !pending.has(m.id)) return;
    const call = pending.get(m.id) as PendingCall;
    pending.delete(m.id);
    settle(call, m.ok, m.ok ? m.result : m.error);
  });
  const w = window as unknown as { google?: Record<string, unknown> };
  w.google = w.google ?? {};
  w.google.script = {
    run: runner(functions, { success: null, failure: null, userObject: undefined }),
    host: {
      origin: 'https://docs.google.com',
      close: () => host('close'),
      setHeight: (h: number) => host('setHeight', h),
      setWidth: (px: number) => host('setWidth', px),
      editor: { focus: () => host('focus') },
    },
    url: {
      getLocation: (callback: (location: unknown) => void) =>
        callback({ hash: '', parameter: {}, parameters: {} }),
    },
  };
}

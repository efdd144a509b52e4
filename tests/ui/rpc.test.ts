import { RpcError, createCaller, readableMessage, type ScriptRunner } from '../../src/ui/rpc';

type Behaviour = (
  name: string,
  args: unknown[],
) => { ok: true; value: unknown } | { ok: false; error: unknown };

/** A stand-in for google.script.run: handlers are per chain, calls answer asynchronously. */
function fakeRunner(
  behave: Behaviour,
  calls: { name: string; args: unknown[] }[] = [],
): ScriptRunner {
  const make = (
    success: ((v: unknown) => void) | null,
    failure: ((e: unknown) => void) | null,
  ): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_target, prop: string) {
        if (prop === 'withSuccessHandler') return (fn: (v: unknown) => void) => make(fn, failure);
        if (prop === 'withFailureHandler') return (fn: (e: unknown) => void) => make(success, fn);
        if (prop === 'then') return undefined;
        return (...args: unknown[]) => {
          calls.push({ name: prop, args });
          const answer = behave(prop, args);
          queueMicrotask(() => (answer.ok ? success?.(answer.value) : failure?.(answer.error)));
        };
      },
    });
  return make(null, null);
}

describe('callServer over google.script.run', () => {
  test('resolves with the server value and passes the arguments through', async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const call = createCaller(() =>
      fakeRunner(() => ({ ok: true, value: { rows: 3, message: 'done' } }), calls),
    );
    await expect(call('highlightDefects')).resolves.toEqual({ rows: 3, message: 'done' });
    await call('selectDefectRow', 'Orders', 12);
    expect(calls).toEqual([
      { name: 'highlightDefects', args: [] },
      { name: 'selectDefectRow', args: ['Orders', 12] },
    ]);
  });

  test('a server exception becomes an RpcError without Apps Script prefixes', async () => {
    const call = createCaller(() =>
      fakeRunner(() => ({
        ok: false,
        error: new Error('Exception: Sheet "Orders" no longer exists'),
      })),
    );
    const error = await call('getDashboard').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toBeInstanceOf(Error);
    expect((error as RpcError).message).toBe('Sheet "Orders" no longer exists');
    expect((error as RpcError).functionName).toBe('getDashboard');
  });

  test('failures that are not Error objects still read well', async () => {
    const call = createCaller(() => fakeRunner(() => ({ ok: false, error: 'Error: boom' })));
    await expect(call('clearHighlights')).rejects.toThrow(/^boom$/);
    const call2 = createCaller(() => fakeRunner(() => ({ ok: false, error: { message: 'x' } })));
    await expect(call2('clearHighlights')).rejects.toThrow(/^x$/);
    const call3 = createCaller(() => fakeRunner(() => ({ ok: false, error: undefined })));
    await expect(call3('clearHighlights')).rejects.toThrow(RpcError);
  });

  test('no google.script.run on the page rejects instead of throwing', async () => {
    const call = createCaller(() => undefined);
    await expect(call('getDashboard')).rejects.toThrow(/google\.script\.run is not available/);
  });

  test('a runner that throws synchronously rejects', async () => {
    const runner = fakeRunner(() => {
      throw new Error('Exception: too many arguments');
    });
    const call = createCaller(() => runner);
    await expect(call('setAsOf', null)).rejects.toThrow(/^too many arguments$/);
  });

  test('callServer finds google.script.run on the global object', async () => {
    const g = globalThis as { google?: unknown };
    g.google = { script: { run: fakeRunner(() => ({ ok: true, value: 'ok' })) } };
    try {
      const { callServer } = await import('../../src/ui/rpc');
      await expect(callServer('writeActionPlan')).resolves.toBe('ok');
    } finally {
      delete g.google;
    }
  });
});

describe('readableMessage', () => {
  test.each([
    ['Exception: Range not found', 'Range not found'],
    ['ScriptException: quota', 'quota'],
    ['Error: as_of is not a date', 'as_of is not a date'],
    ['Plain text', 'Plain text'],
    ['  Exception:   spaced  ', 'spaced'],
  ])('%s', (input, expected) => {
    expect(readableMessage(new Error(input))).toBe(expected);
  });
});

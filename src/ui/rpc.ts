/**
 * The one way the sidebar and dialogs talk to the server: a promise over google.script.run, typed
 * from the server's own list (CLIENT_CALLS in src/addon/server-api.ts). The import is type-only,
 * so no server code reaches the page.
 */
export type ServerApi = import('../addon/server-api').ClientCalls;
export type ServerName = keyof ServerApi;

/** The part of google.script.run the sidebar uses (declared here: no Google client typings). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** An error from the server or from google.script.run itself, with the function's name. */
export class RpcError extends Error {
  readonly functionName: string;
  constructor(functionName: string, message: string) {
    super(message);
    this.name = 'RpcError';
    this.functionName = functionName;
  }
}

/**
 * Apps Script prefixes thrown errors with "Exception: " (and V8 errors with "Error: "); the
 * seller should read only the sentence the server wrote.
 */
export function readableMessage(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message;
  else if (typeof error === 'string') text = error;
  else if (typeof error === 'object' && error !== null && 'message' in error) {
    text = String((error as { message: unknown }).message);
  } else text = '';
  return text.trim().replace(/^(?:(?:Script)?Exception|Error):\s*/, '');
}

/** Finds google.script.run on the page; undefined outside Apps Script (e.g. a bare file). */
export function pageRunner(): ScriptRunner | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}

/** A typed caller over a given runner (tests pass a fake one). */
export function createCaller(getRunner: () => ScriptRunner | undefined) {
  return function call<K extends ServerName>(
    name: K,
    ...args: Parameters<ServerApi[K]>
  ): Promise<Awaited<ReturnType<ServerApi[K]>>> {
    return new Promise((resolve, reject) => {
      const runner = getRunner();
      if (!runner) {
        reject(new RpcError(String(name), 'google.script.run is not available on this page.'));
        return;
      }
      const target = runner
        .withSuccessHandler((value) => resolve(value as Awaited<ReturnType<ServerApi[K]>>))
        .withFailureHandler((error) => reject(new RpcError(String(name), readableMessage(error))));
      // google.script.run exposes every server function as a method of the same name.
      const fn = (target as unknown as Record<string, unknown>)[name];
      if (typeof fn !== 'function') {
        reject(new RpcError(String(name), `The server has no function ${String(name)}.`));
        return;
      }
      try {
        (fn as (...a: unknown[]) => void).apply(target, args);
      } catch (error) {
        reject(new RpcError(String(name), readableMessage(error)));
      }
    });
  };
}

/** Calls a server function by name with its own argument and result types. */
export const callServer = createCaller(pageRunner);

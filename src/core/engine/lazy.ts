/**
 * A value built on first use. Apps Script evaluates the whole bundle afresh for every
 * custom-function call, so a table that only some calls need is built behind `lazy` rather than
 * when the bundle loads (BENCHMARKS.md, "Bundle cold start").
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

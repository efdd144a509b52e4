import { lazy } from '../../../src/core/engine/lazy';

describe('lazy', () => {
  test('builds nothing until first read, then once', () => {
    let builds = 0;
    const table = lazy(() => {
      builds++;
      return new Map([['a', 1]]);
    });
    expect(builds).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(builds).toBe(1);
  });

  test('keeps a built undefined or null without building again', () => {
    let builds = 0;
    const nothing = lazy((): null => {
      builds++;
      return null;
    });
    expect([nothing(), nothing(), builds]).toEqual([null, null, 1]);
  });
});

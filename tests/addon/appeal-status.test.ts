/**
 * appealStatus (src/addon/action-plan.ts), what the sidebar's server side adds to the dashboard
 * for the appeal (issue 13), run against the emulator: the sample data is inserted and the plan
 * written by the built bundle; then the add-on module itself is called with the emulator's
 * Apps Script globals, as another execution on the same spreadsheet.
 */
import { emulateBundle } from '../helpers/emulator';
import { appealStatus } from '../../src/addon/action-plan';
import { loadData, type LoadedData } from '../../src/addon/shared/load-data';
import type { AppealStatus } from '../../src/core/wire/types';

type Globals = Record<string, unknown>;

/** Runs `work` with the emulator's globals installed on this realm, then takes them away. */
function withGlobals<T>(globals: Globals, work: () => T): T {
  const host = globalThis as unknown as Globals;
  const saved = Object.keys(globals).map((name) => [name, host[name]] as const);
  Object.assign(host, globals);
  try {
    return work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(host, name);
      else host[name] = value;
    }
  }
}

function status(env: ReturnType<typeof emulateBundle>, locale: 'en' | 'zh' = 'en'): AppealStatus {
  const { globals } = env.emulator.newExecution();
  return withGlobals(globals, () => {
    const loaded = loadData();
    if ('problem' in loaded) throw new Error(loaded.problem);
    return appealStatus(loaded as LoadedData, locale);
  });
}

describe('appealStatus on the sample data', () => {
  const env = emulateBundle();
  env.call('insertSampleData');

  it('before any plan: not ready, the first gap says to write it', () => {
    const { readiness } = status(env);
    expect(readiness).toMatchObject({
      planSheet: null,
      ready: false,
      argued: ['MFN'],
      preparation: false,
    });
    expect(readiness.gaps[0]).toBe('Write the plan of action, then fill in its shaded cells.');
  });

  it('after the plan is written: its gaps, the top MFN products and the removal candidates', () => {
    const { sheet } = env.call<{ sheet: string }>('writeActionPlan');
    const { readiness, topProducts, removal } = status(env);
    expect(readiness.planSheet).toBe(sheet);
    expect(readiness.gaps.length).toBeGreaterThan(0);
    expect(readiness.gaps[0]).toBe('MFN · Not received / late: your finding (why it happened).');
    expect(readiness.characters).toBeGreaterThan(1000);
    expect(topProducts).toMatchObject({ scope: 'MFN', available: true });
    expect(topProducts.products[0]).toMatchObject({
      sku: 'GL-VASE-20',
      name: 'Glass flower vase, 20 cm',
      mainComplaint: 'Damaged / defective',
    });
    // The FBA feedback about a damaged delivery; the one Amazon already removed is not listed.
    expect(removal.candidates.map((c) => [c.channel, c.reason, c.source])).toEqual([
      ['AFN', 'fbaDelivery', 'defects'],
    ]);
    expect(removal.candidates[0].comment).toBe(
      'Artikel kam beschädigt an, Verpackung war eingedrückt.',
    );
  });

  it('speaks the user’s language', () => {
    const { readiness, topProducts, removal } = status(env, 'zh');
    expect(readiness.gaps[0]).toMatch(/^MFN · 未收到 \/ 延迟送达：/);
    expect(topProducts.products[0].mainComplaint).toBe('损坏 / 有缺陷');
    expect(removal.candidates[0].reasonText).toBe('亚马逊配送订单上关于配送或亚马逊客服的反馈');
  });
});

/**
 * "Check this spreadsheet" on the built bundle in the emulator: a healthy platform passes, and a
 * platform that breaks one assumption (the emulator made to misbehave from here) fails that
 * check, with the fallback the add-on takes; the temporary sheet never stays behind.
 */
import { parse } from 'acorn';
import { emulateBundle, type Emulator, type BundleContext } from '../helpers/emulator';
import { leaksIn } from '../helpers/pseudo';
import { allCells, defectsRows, ordersRows, seedLiteral } from '../hardening/fixtures';

type Obj = Record<string | symbol, unknown>;
type Hook = (target: Obj, args: unknown[], real: (...a: unknown[]) => unknown) => unknown;

/**
 * Wraps an Apps Script object so that `hooks[method]` runs instead of the method, and every
 * object a method returns is wrapped the same way (getActive → insertSheet → getRange …).
 */
function intercept<T>(target: T, hooks: Record<string, Hook>): T {
  if (typeof target !== 'object' || target === null) return target;
  const proxy: T = new Proxy(target as unknown as Obj, {
    get(obj, prop) {
      const value = obj[prop];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const real = (...a: unknown[]) => (value as (...x: unknown[]) => unknown).apply(obj, a);
        const hook = typeof prop === 'string' ? hooks[prop] : undefined;
        const result = hook ? hook(obj, args, real) : real(...args);
        if (result === obj) return proxy;
        return intercept(result, hooks);
      };
    },
  }) as unknown as T;
  return proxy;
}

function misbehave(ctx: BundleContext, emulator: Emulator, hooks: Record<string, Hook>): void {
  ctx.SpreadsheetApp = intercept(emulator.globals.SpreadsheetApp, hooks);
}

/** Sheets ignoring the plain-text format: strings are typed in as a person would type them. */
const AUTOMATIC = '0.###############';
const IGNORE_PLAIN_TEXT: Record<string, Hook> = {
  setNumberFormat: (_t, args, real) => real(args[0] === '@' ? AUTOMATIC : args[0]),
  setNumberFormats: (_t, args, real) =>
    real((args[0] as string[][]).map((row) => row.map((f) => (f === '@' ? AUTOMATIC : f)))),
};

/** Sheets keeping the apostrophe out and typing the rest in anyway. */
const RETYPE_APOSTROPHE: Record<string, Hook> = {
  setValues: (_t, args, real) =>
    real(
      (args[0] as unknown[][]).map((row) =>
        row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
      ),
    ),
};

function run(options: Parameters<typeof emulateBundle>[0] = {}, hooks?: Record<string, Hook>) {
  const env = emulateBundle(options);
  if (hooks) misbehave(env.ctx, env.emulator, hooks);
  const sheetsBefore = env.emulator.core.sheets.map((s) => s.name);
  const activeBefore = env.emulator.core.activeSheet().name;
  const report = env.call<string>('checkSpreadsheet');
  const dialog = env.emulator.ui.dialogs[env.emulator.ui.dialogs.length - 1];
  return { ...env, report, dialog, sheetsBefore, activeBefore };
}

const statusOf = (report: string, what: RegExp): string | undefined =>
  report
    .split('\n')
    .find((line) => what.test(line))
    ?.match(/^\[(\w+)\]/)?.[1];

describe('Check this spreadsheet', () => {
  it.each(['Etc/UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kolkata'])(
    'passes on a healthy spreadsheet in %s and leaves it as it was',
    (timeZone) => {
      const { emulator, report, dialog, sheetsBefore, activeBefore } = run({
        timeZone,
        sheets: { Orders: [['amazon-order-id'], ['111-1']] },
      });
      expect(report).toContain('All 4 checks passed.');
      expect(statusOf(report, /Plain-text cells keep text/)).toBe('OK');
      expect(statusOf(report, /apostrophe prefix keeps text/)).toBe('OK');
      expect(statusOf(report, /Dates: 2024-01-14, 2024-07-14 read back as midnight/)).toBe('OK');
      expect(report).toMatch(/\[OK\] Stored settings: 0\.0 KB of 500\.0 KB used/);
      expect(report).toContain(`time zone ${timeZone}`);
      expect(report).toMatch(/The temporary sheet .* was removed\./);
      expect(report).not.toContain('→');
      // Nothing left behind, the seller still on their sheet, no fallback stored.
      expect(emulator.core.sheets.map((s) => s.name)).toEqual(sheetsBefore);
      expect(emulator.core.activeSheet().name).toBe(activeBefore);
      expect(emulator.properties('document')).toEqual({});
      expect(dialog.kind).toBe('modal');
      expect(dialog.title).toBe('ODR Guard: spreadsheet check');
      expect(dialog.content).toContain('data-failed="false"');
    },
  );

  it('hides the temporary sheet while it works', () => {
    const env = emulateBundle();
    const hiddenWhileRead: boolean[] = [];
    misbehave(env.ctx, env.emulator, {
      getValues: (_t, args, real) => {
        const sheets = env.emulator.core.sheets;
        hiddenWhileRead.push(sheets[sheets.length - 1].hidden);
        return real(...args);
      },
    });
    env.call('checkSpreadsheet');
    expect(hiddenWhileRead).toEqual([true]);
  });

  it('falls back to an apostrophe prefix when plain-text cells do not keep text', () => {
    const { emulator, report, dialog } = run({}, IGNORE_PLAIN_TEXT);
    expect(statusOf(report, /Plain-text cells changed text/)).toBe('FAILED');
    for (const change of [
      '"=1+1" came back as the formula =1+1',
      '"00123" came back as the number 123',
      '"TRUE" came back as the value TRUE',
      '"12%" came back as the number 0.12',
      '"2024-01-14" came back as the date 2024-01-14 00:00',
    ])
      expect(report).toContain(change);
    expect(report).toContain('now writes text with an apostrophe prefix instead');
    expect(statusOf(report, /apostrophe prefix keeps text/)).toBe('OK');
    expect(report).toContain('1 of 4 checks failed.');
    expect(emulator.properties('document')).toEqual({ 'odrguard.textMode': 'apostrophe' });
    expect(dialog.content).toContain('data-failed="true"');

    // Fixed later: the next check clears the fallback again.
    const env = emulateBundle();
    env.emulator.core.properties.document.map.set('odrguard.textMode', 'apostrophe');
    env.call('checkSpreadsheet');
    expect(env.emulator.properties('document')).toEqual({});
  });

  it('makes the writers keep text through the fallback it chose', () => {
    const texts = ['=HYPERLINK("http://x.example","click")', '00123 never arrived', '+1 555 0100'];
    const planTexts = (withCheck: boolean) => {
      const env = emulateBundle();
      env.emulator.seedSheet('Orders', ordersRows(40));
      const rows = defectsRows(texts.map((comment) => ({ comment, reason: '', email: '' })));
      seedLiteral(env.emulator, 'Defects', rows, [3, 4, 5]);
      misbehave(env.ctx, env.emulator, IGNORE_PLAIN_TEXT);
      if (withCheck) env.call('checkSpreadsheet');
      env.call('writeActionPlan');
      const cells = allCells(env.emulator).filter((c) => c.sheet.startsWith('Plan of Action'));
      expect(cells.length).toBeGreaterThan(50);
      return {
        formulas: cells.filter((c) => c.formula !== '').map((c) => c.formula),
        hyperlinkText: cells.some((c) => String(c.value).includes('=HYPERLINK(')),
      };
    };
    // Without the check, a Sheets that ignored plain text would turn buyer text into formulas …
    expect(planTexts(false).formulas.length).toBeGreaterThan(0);
    // … after it, the plan writes that text with an apostrophe and it stays text.
    expect(planTexts(true)).toEqual({ formulas: [], hyperlinkText: true });
  });

  it('says not to import when neither plain text nor the apostrophe keeps text', () => {
    const { emulator, report } = run({}, { ...IGNORE_PLAIN_TEXT, ...RETYPE_APOSTROPHE });
    expect(statusOf(report, /Plain-text cells changed text/)).toBe('FAILED');
    expect(statusOf(report, /An apostrophe prefix changed text/)).toBe('FAILED');
    expect(report).toContain('Do not import reports or write a plan of action');
    expect(report).toContain('2 of 4 checks failed.');
    expect(emulator.properties('document')).toEqual({});
  });

  it('reports an apostrophe that fails while plain text works as a warning only', () => {
    const { report, emulator } = run({}, RETYPE_APOSTROPHE);
    expect(statusOf(report, /An apostrophe prefix changed text/)).toBe('WARNING');
    expect(report).toContain('All 4 checks passed.');
    expect(emulator.properties('document')).toEqual({});
  });

  it('fails the date check when dates come back shifted from midnight', () => {
    const hourLater: Record<string, Hook> = {
      getValues: (_t, args, real) =>
        (real(...args) as unknown[][]).map((row) =>
          row.map((v) =>
            Object.prototype.toString.call(v) === '[object Date]'
              ? new Date((v as Date).getTime() + 3_600_000)
              : v,
          ),
        ),
    };
    const { report } = run({ timeZone: 'Asia/Shanghai' }, hourLater);
    expect(statusOf(report, /Dates are shifted/)).toBe('FAILED');
    expect(report).toContain('2024-01-14 typed in reads as the date 2024-01-14 01:00');
    expect(report).toContain('Format the date columns of Orders and Defects as plain text');
  });

  it('fails the date check when written dates show another day', () => {
    const dayBefore: Record<string, Hook> = {
      getDisplayValues: (_t, args, real) =>
        (real(...args) as string[][]).map((row) =>
          row.map((v) => (v === '2024-07-14' ? '2024-07-13' : v)),
        ),
    };
    const { report } = run({ timeZone: 'America/New_York' }, dayBefore);
    expect(report).toContain('2024-07-14 written shows as "2024-07-13"');
    expect(report).not.toContain('2024-01-14 written');
  });

  it('removes the temporary sheet when a step throws, and escapes the error in the dialog', () => {
    const { emulator, report, dialog, sheetsBefore } = run(
      {},
      {
        getFormulas: () => {
          throw new Error('Service error <img src=x onerror=alert(1)>');
        },
      },
    );
    expect(report).toContain(
      '[FAILED] The check could not run to the end: Service error <img src=x onerror=alert(1)>',
    );
    expect(report).toMatch(/The temporary sheet .* was removed\./);
    expect(emulator.core.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(dialog.content).not.toContain('<img');
    expect(dialog.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when the temporary sheet cannot be removed', () => {
    const { report } = run(
      {},
      {
        deleteSheet: () => {
          throw new Error('Sheet is protected');
        },
      },
    );
    expect(report).toMatch(
      /The temporary sheet ODR Guard check \(temporary\) could not be removed \(Sheet is protected\); delete it by hand\./,
    );
  });

  it('warns when the document properties near their quota', () => {
    const env = emulateBundle();
    const store = env.emulator.core.properties.document.map;
    for (let i = 0; i < 55; i++) store.set(`odrguard.bulk${i}`, 'x'.repeat(7_500));
    env.call('checkSpreadsheet');
    const report = env.call<string>('checkSpreadsheet');
    expect(statusOf(report, /Stored settings are close to the limit/)).toBe('WARNING');
    expect(report).toMatch(/413\.\d KB of 500\.0 KB used; largest value 7\.5 KB of 8\.0 KB/);
    expect(report).toContain('Run Clear highlights to free the highlight memory');
  });

  it('warns at 80 % of the 8,000 bytes a writer allows one value, not of 8 × 1024', () => {
    const env = emulateBundle();
    env.emulator.core.properties.document.map.set('odrguard.big', 'x'.repeat(6_500));
    env.call('checkSpreadsheet');
    const report = env.call<string>('checkSpreadsheet');
    expect(statusOf(report, /Stored settings are close to the limit/)).toBe('WARNING');
    expect(report).toMatch(/largest value 6\.5 KB of 8\.0 KB/);
  });

  it('waits for no one: another command holding the lock stops it before any write', () => {
    const { emulator, call } = emulateBundle();
    const release = emulator.holdLock('document');
    emulator.resetCalls();
    expect(() => call('checkSpreadsheet')).toThrow(/Another ODR Guard command is still running/);
    expect(emulator.writeCalls()).toBe(0);
    release();
  });

  it('speaks Chinese, and every word of it comes from the catalog', () => {
    const zh = run({ locale: 'zh_CN' }, IGNORE_PLAIN_TEXT);
    expect(zh.dialog.title).toBe('ODR Guard：电子表格检查');
    expect(zh.report).toContain('[未通过] 纯文本单元格改变了文本');
    expect(zh.report).toContain('"00123"读回为数字123');
    const pseudo = run({ locale: 'x-pseudo' }, { ...IGNORE_PLAIN_TEXT, ...RETYPE_APOSTROPHE });
    const data = ['=1+1', '1/2/2024', '2024-01-14', '2024-07-14', 'TRUE', 'Etc/UTC', 'en_US'];
    expect(leaksIn([pseudo.report, pseudo.dialog.title], data)).toEqual([]);
  });

  it('shows a page whose script is ES2019 and whose text is escaped', () => {
    const { dialog } = run();
    const scripts = [...dialog.content.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0], { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(dialog.content).toContain('data-testid="self-check-report"');
    // The formula case is shown as text inside the report box, quotes escaped.
    expect(dialog.content).toContain('&quot;=1+1&quot;');
  });
});

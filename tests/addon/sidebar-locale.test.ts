/**
 * Every text the sidebar's server side, the menu and the commands it owns show a seller — the
 * dashboard's problem, data notes and missed targets, the menu, help, toasts and error messages
 * — run through the built bundle in the emulator, in the pseudo-locale (every catalog string
 * renders as ⟦…⟧: a word outside the markers did not come from the catalog) and in Chinese
 * (no English prose: Latin words only for data, Amazon's codes and the product name).
 */
import type { Dashboard, HighlightResult } from '../../src/core/wire/types';
import { HEADER_SYNONYMS } from '../../src/core/engine/columns';
import { CUSTOM_FUNCTIONS } from '../../src/addon/entry-points';
import { emulateBundle, type Emulator } from '../helpers/emulator';
import { catalogLeaks } from '../helpers/pseudo';
import { englishWords } from '../helpers/english-prose';

type Env = ReturnType<typeof emulateBundle>;

/** What a seller reads, with where it came from (for a readable failure). */
interface Shown {
  where: string;
  text: string;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
  throw new Error('expected the call to fail');
}

function dashboardTexts(where: string, d: Dashboard): Shown[] {
  return [d.problem ?? '', ...d.findings, ...d.missedTargets]
    .filter((text) => text !== '')
    .map((text) => ({ where, text }));
}

/** Every string cell of every sheet, and the sheet names: the seller's data, shown as it is. */
function workbookData(emulator: Emulator): string[] {
  const spreadsheet = (
    emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  const out = new Set<string>();
  for (const sheet of spreadsheet.getSheets()) {
    out.add(sheet.getName());
    if (sheet.getLastRow() === 0) continue;
    for (const row of sheet.getDataRange().getValues()) {
      for (const cell of row) if (typeof cell === 'string' && cell.trim() !== '') out.add(cell);
    }
  }
  return [...out];
}

/**
 * Names that are data wherever they appear: the header names a message lists as the ones to
 * use, the custom functions' names (help lists them), a sheet name a test asks for.
 */
const NAMES = [
  ...Object.values(HEADER_SYNONYMS).flat(),
  ...CUSTOM_FUNCTIONS.map((f) => f.name),
  'Nope',
];

function menuTexts(env: Env): Shown[] {
  env.call('onOpen', { authMode: 'NONE' });
  env.call('showSidebar');
  env.call('showHelp');
  const captions = env.emulator.ui.menus.flatMap((m) =>
    m.items.flatMap((i) => ('caption' in i ? [i.caption] : [])),
  );
  return [
    ...captions.map((text) => ({ where: 'menu', text })),
    ...env.emulator.ui.sidebars.map((s) => ({ where: 'sidebar title', text: s.title })),
    ...env.emulator.ui.alerts.flatMap((a) => [
      { where: 'help title', text: a.title },
      { where: 'help', text: a.prompt },
    ]),
  ];
}

/** Runs every command and state this part owns in one locale and collects what it shows. */
function everythingShown(locale: string): { shown: Shown[]; data: string[] } {
  const shown: Shown[] = [];
  const data = new Set<string>(NAMES);
  const keep = (env: Env) => workbookData(env.emulator).forEach((v) => data.add(v));

  // An empty workbook: no orders sheet; the menu, help; highlight refuses.
  const empty = emulateBundle({ locale });
  shown.push(...menuTexts(empty));
  shown.push(...dashboardTexts('no orders sheet', empty.call<Dashboard>('getDashboard')));
  shown.push({ where: 'highlight, no data', text: errorOf(() => empty.call('highlightDefects')) });
  shown.push({
    where: 'clear, nothing',
    text: empty.call<HighlightResult>('clearHighlights').message,
  });
  empty.call('insertTemplates');
  keep(empty);

  // The sample: dashboard, highlight and clear (with a row edited since), sample again.
  const env = emulateBundle({ locale });
  env.call('insertSampleData');
  env.call('insertSampleData');
  shown.push(...dashboardTexts('sample', env.call<Dashboard>('getDashboard')));
  shown.push({ where: 'highlight', text: env.call<HighlightResult>('highlightDefects').message });
  const first = env.call<Dashboard>('getDashboard').defects[0];
  const spreadsheet = (
    env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  spreadsheet.getSheetByName(first.sheet)?.getRange(first.row, 1, 1, 7).setBackground('#0000ff');
  shown.push({
    where: 'clear, partly',
    text: env.call<HighlightResult>('clearHighlights').message,
  });
  shown.push({ where: 'clear', text: env.call<HighlightResult>('clearHighlights').message });
  shown.push(...dashboardTexts('empty window', env.call<Dashboard>('setAsOf', '2020-01-01')));
  env.call('setAsOf', null);
  shown.push({ where: 'bad as_of', text: errorOf(() => env.call('setAsOf', '14/01/2024')) });
  shown.push({
    where: 'row gone',
    text: errorOf(() => env.call('selectDefectRow', 'Orders', 1e6)),
  });
  shown.push({ where: 'sheet gone', text: errorOf(() => env.call('selectDefectRow', 'Nope', 2)) });
  const release = env.emulator.holdLock('document');
  shown.push({ where: 'lock busy', text: errorOf(() => env.call('highlightDefects')) });
  release();
  env.call('insertTemplates');
  // Stored state that cannot be read: the dashboard says it was reset.
  const props = (
    env.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getDocumentProperties();
  props.setProperty('odrguard.settings', '{not json');
  props.setProperty('odrguard.checklist', '[1,2');
  shown.push(...dashboardTexts('state reset', env.call<Dashboard>('getDashboard')));
  keep(env);
  shown.push(
    ...env.emulator.ui.toasts.flatMap((t) => [
      { where: 'toast', text: t.message },
      { where: 'toast title', text: t.title },
    ]),
  );
  shown.push(...empty.emulator.ui.toasts.map((t) => ({ where: 'toast', text: t.message })));

  // Sheets the dashboard cannot read, chosen by the seller.
  const bad = emulateBundle({
    locale,
    sheets: {
      Orders: [
        ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
        ['111-0000001-0000001', '2024-01-10', 'Merchant'],
      ],
      Notes: [
        ['Note', 'Owner'],
        ['Call the carrier', 'Li'],
      ],
      Ids: [
        ['order-id', 'sku'],
        ['111-0000001-0000001', 'VASE-01'],
      ],
    },
  });
  shown.push(...dashboardTexts('no defects at all', bad.call<Dashboard>('getDashboard')));
  shown.push({
    where: 'highlight, none',
    text: bad.call<HighlightResult>('highlightDefects').message,
  });
  shown.push(...dashboardTexts('no id column', bad.call<Dashboard>('setDataSources', 'Notes', '')));
  shown.push(...dashboardTexts('no date column', bad.call<Dashboard>('setDataSources', 'Ids', '')));
  shown.push(
    ...dashboardTexts(
      'defects not recognised',
      bad.call<Dashboard>('setDataSources', 'Orders', 'Notes'),
    ),
  );
  keep(bad);
  return { shown, data: [...data] };
}

describe('what the sidebar, menu and commands show, in the pseudo-locale', () => {
  const { shown, data } = everythingShown('x-pseudo');

  it('covers every case (each one said something)', () => {
    const where = new Set(shown.map((s) => s.where));
    expect(where.size).toBeGreaterThanOrEqual(24);
    expect(shown.filter((s) => s.text.trim() === '')).toEqual([]);
  });

  it('has no text outside the catalog', () => {
    const leaks = shown
      .map((s) => ({ ...s, words: catalogLeaks(s.text, data) }))
      .filter((s) => s.words.length > 0);
    expect(leaks).toEqual([]);
  });

  it('sends every message through the catalog, not just some of its words', () => {
    // A text made of data alone is fine; any prose must sit inside the markers.
    const unmarked = shown.filter((s) => /\p{L}{2,}/u.test(s.text) && !s.text.includes('⟦'));
    expect(unmarked).toEqual([]);
  });
});

describe('what the sidebar, menu and commands show, in Chinese', () => {
  const { shown, data } = everythingShown('zh_CN');

  it('is Chinese, with no English prose', () => {
    // The toast's title is the product's name alone.
    const sentences = shown.filter((s) => s.where !== 'toast title');
    expect(sentences.filter((s) => !/\p{Script=Han}/u.test(s.text))).toEqual([]);
    const english = shown
      .map((s) => ({ ...s, words: englishWords(s.text, data) }))
      .filter((s) => s.words.length > 0);
    expect(english).toEqual([]);
    // A missing column is named with the headers a Chinese seller would use.
    expect(shown.find((s) => s.where === 'no id column')?.text).toContain('“订单编号”');
  });
});

describe('ODR_CHECK and the sidebar’s data notes', () => {
  it('say the same findings: the formula in English, the sidebar in the seller’s language', () => {
    const { call, emulator } = emulateBundle({ locale: 'zh_CN' });
    call('insertSampleData');
    const spreadsheet = (
      emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
    spreadsheet
      .insertSheet('Check')
      .getRange('A1')
      .setFormula('=ODR_CHECK(Orders!A:Z, Defects!A:Z)');
    const formula = emulator
      .peek('Check!A1:A20')
      .map((row) => String(row[0]))
      .filter((line) => line !== '');
    const notes = call<Dashboard>('getDashboard').findings;
    expect(formula[0]).toMatch(/^1 finding to look at below\. \d+ order rows = \d+ orders/);
    expect(notes[0]).toMatch(/^下面有1条提示需要查看。/);
    expect(notes).toHaveLength(formula.length);
    // Line by line the same finding: the same rows and order ids, one in each language.
    notes.forEach((note, i) => {
      const figures = (text: string) => text.match(/\d[\d-]*/g) ?? [];
      expect(figures(note)).toEqual(figures(formula[i]));
      expect(englishWords(note)).toEqual([]);
    });
  });
});

/**
 * The plan sheet in the user's language (issue 10), written by the built bundle in the emulator
 * on the sample data and read back as the seller sees it: in the pseudo-locale every cell outside
 * the English letter passed through the catalog or is the seller's data, and the Chinese plan
 * carries no English prose outside the letter.
 */
import { emulateBundle } from '../helpers/emulator';
import { leaksIn } from '../helpers/pseudo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The letter's first line: from there on the sheet holds the English draft. */
const LETTER_START = 'Plan of Action: Order Defect Rate';

function samplePlan(locale: string) {
  const env = emulateBundle({ locale });
  env.call('insertSampleData');
  const { sheet } = env.call<{ sheet: string }>('writeActionPlan');
  const spreadsheet = (
    env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive() as Spreadsheet;
  const values = spreadsheet.getSheetByName(sheet)?.getDataRange().getValues() ?? [];
  const letterStart = values.findIndex((row) => row[0] === LETTER_START);
  // The seller's own data the plan shows as it is: order ids, buyers' comments, claim reasons.
  const [header, ...defects] =
    spreadsheet.getSheetByName('Defects')?.getDataRange().getValues() ?? [];
  const columns = ['Order ID', 'Comment', 'Reason'].map((name) => header.indexOf(name));
  const data = defects
    .flatMap((row) => columns.map((c) => String(row[c]).trim()))
    .filter((text) => text !== '');
  return {
    sheet,
    letterStart,
    /** Every non-empty cell before the letter, as text. */
    cells: values
      .slice(0, letterStart)
      .flat()
      .map(String)
      .filter((cell) => cell !== ''),
    letter: values.slice(letterStart).map((row) => String(row[0])),
    data,
  };
}

describe('the plan sheet passes every text through the catalog', () => {
  it('pseudo-locale: every cell outside the letter is catalog text or the seller’s data', () => {
    const plan = samplePlan('x-pseudo');
    expect(plan.letterStart).toBeGreaterThan(0);
    expect(plan.data.length).toBeGreaterThan(10);
    // The check has something to check: headings, facts, measures came through the catalog.
    expect(plan.cells.filter((cell) => cell.includes('⟦')).length).toBeGreaterThan(50);
    expect(leaksIn(plan.cells, plan.data)).toEqual([]);
    // The letter is English and no catalog text got into it.
    expect(plan.letter.join('\n')).not.toContain('⟦');
  });

  it('Chinese: no English prose outside the letter, days written the Chinese way', () => {
    const plan = samplePlan('zh_CN');
    expect(plan.sheet).toMatch(/^行动计划 \d{4}-\d{2}-\d{2}$/);
    expect(plan.letterStart).toBeGreaterThan(0);
    // Amazon's codes and the one function a warning names are the same in every language.
    const codes = /\b(?:MFN|AFN|ALL|ODR|SKU)\b|=?ODR_CHECK/g;
    const english = plan.cells
      .map((cell) => {
        let rest = cell;
        for (const value of [...plan.data].sort((a, b) => b.length - a.length))
          rest = rest.split(value).join(' ');
        return { cell, words: rest.replace(codes, ' ').match(/[A-Za-z]{2,}/g) ?? [] };
      })
      .filter((c) => c.words.length > 0);
    expect(english).toEqual([]);
    const title = plan.cells[0];
    expect(title).toMatch(
      /^行动计划 — 60天统计周期：\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    expect(plan.letter.join('\n')).not.toMatch(/\p{Script=Han}/u);
  });

  it('English: the plan is English, without a word of Chinese', () => {
    const plan = samplePlan('en_US');
    const chinese = plan.cells.filter(
      (cell) => /\p{Script=Han}/u.test(cell) && !plan.data.some((value) => cell.includes(value)),
    );
    expect(chinese).toEqual([]);
  });
});

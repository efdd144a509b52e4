import { guardFormula, unguardFormula } from '../../../src/core/import/text';

describe('formula guard', () => {
  it.each([
    '=1+1',
    '+SUM(A1)',
    '-x',
    '@A1',
    "'=1+1",
    "''=HYPERLINK(1)",
    'plain',
    "'quoted'",
    '-5',
    '+3.5',
  ])('%p survives guard then unguard unchanged', (text) => {
    expect(unguardFormula(guardFormula(text))).toBe(text);
  });

  it('marks only what Sheets would run as a formula', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula("'=1+1")).toBe("''=1+1");
    expect(guardFormula('-5')).toBe('-5');
    expect(guardFormula("it's")).toBe("it's");
  });
});

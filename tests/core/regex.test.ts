/** allMatches is matchAll without ES2020: it must give the same matches on every kind of pattern. */
import fc from 'fast-check';
import { allMatches } from '../../src/core/engine/regex';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe('allMatches', () => {
  it.each([
    ['sentences', /[^\n.!?]+[.!?]*/g, 'First one. Second!\nThird? x'],
    ['empty matches', /x*/g, 'axxbx'],
    ['empty matches over astral characters', /(?:)/gu, 'a😀b'],
    ['groups', /(\d+)-(\d+)/g, '111-22 333-4 and 5-66'],
    ['case-insensitive unicode', /\bcourier\b/giu, 'The Courier, the courier; COURIER'],
    ['no match', /zzz/g, 'abc'],
  ])('matches matchAll on %s', (_name, re, text) => {
    expect(shape(allMatches(text, re))).toEqual(shape([...text.matchAll(re)]));
  });

  it('accepts a non-global pattern and leaves the given pattern untouched', () => {
    const re = /o/;
    expect(allMatches('foo boo', re).map((m) => m.index)).toEqual([1, 2, 5, 6]);
    const g = /o/g;
    g.lastIndex = 3;
    allMatches('foo', g);
    expect(g.lastIndex).toBe(3);
  });

  it('agrees with matchAll on generated texts and patterns', () => {
    const patterns = [/a+/g, /b?/g, /[ab]{2}/g, /(a)(b)?/gu, /\p{L}+/gu, /$/gm];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀', 'é') }), (text) => {
        for (const re of patterns) {
          expect(shape(allMatches(text, re))).toEqual(shape([...text.matchAll(re)]));
        }
      }),
      { numRuns: 300 },
    );
  });
});

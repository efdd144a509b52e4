/**
 * Real files, round 3: the reading rules behind the bundle tests in
 * tests/bundle/real-files-round3.test.ts — ids Excel rewrote, lookalike characters in ids,
 * written-out dates in the marketplaces' languages, headers of Seller Central pages in them.
 */
import { cleanOrderId, isExcelMangledId, matchHeader } from '../../../src/core/engine/columns';
import { dayToIso, parseDateString } from '../../../src/core/engine/dates';
import { UTC } from '../../../src/core/engine/types';
import { recogniseHeader } from '../../../src/core/import/recognise';
import { parseDelimited } from '../../../src/core/import/parse';

const iso = (text: string): string | null => {
  const day = parseDateString(text, 'MDY', UTC);
  return day === null ? null : dayToIso(day);
};

describe('ids Excel rewrote', () => {
  it.each(['1.11E+16', '3.73299E+13', '1E+15', '1,11E+16', ' 5.55123E+13 '])('%s', (v) => {
    expect(isExcelMangledId(v)).toBe(true);
  });
  it.each([
    '111-0000001-0000001',
    'S01-3718414-0463502',
    '37329900000000',
    '1E5-ABC',
    'E+16',
    '2024-01-14',
  ])('%s is an id as written', (v) => {
    expect(isExcelMangledId(v)).toBe(false);
  });
  it('a number cell of 15 digits or more lost digits; a short one did not', () => {
    expect(isExcelMangledId(11100000010000000)).toBe(true);
    expect(isExcelMangledId(1001)).toBe(false);
  });
});

describe('lookalike characters in order ids', () => {
  it.each([
    ['111\u20100000001\u20100000001', '111-0000001-0000001'],
    ['111\u20130000001\u20140000001', '111-0000001-0000001'],
    ['\u200b111-0000001-0000001\u200b', '111-0000001-0000001'],
    ['１１１－０００００００１－０００００００１', '111-00000001-00000001'],
    ['111\u2212000\u00ad0001-0000001', '111-0000001-0000001'],
    [' 111-0000001-0000001 ', '111-0000001-0000001'],
  ])('%s', (raw, plain) => {
    expect(cleanOrderId(raw)).toBe(plain);
  });
});

describe('dates with the month written out, in the marketplaces’ languages', () => {
  it.each([
    ['14. März 2024', '2024-03-14'],
    ['14. Januar 2024 um 10:22 MEZ', '2024-01-14'],
    ['5 févr. 2024', '2024-02-05'],
    ['3 déc. 2023', '2023-12-03'],
    ['12 juin 2024', '2024-06-12'],
    ['12 juil. 2024', '2024-07-12'],
    ['15 août 2024', '2024-08-15'],
    ['14 de enero de 2024', '2024-01-14'],
    ['14 dic 2024', '2024-12-14'],
    ['14 gennaio 2024', '2024-01-14'],
    ['14 ott 2024', '2024-10-14'],
    ['14 maart 2024', '2024-03-14'],
    ['14 mei 2024', '2024-05-14'],
    ['14 out. 2024', '2024-10-14'],
    ['Sun, Jan 14, 2024', '2024-01-14'],
    ['Sunday, January 14, 2024', '2024-01-14'],
    ['Sonntag, 14. Januar 2024', '2024-01-14'],
    ['January 14th, 2024', '2024-01-14'],
    ['2nd Feb 2024', '2024-02-02'],
  ])('%s', (text, day) => {
    expect(iso(text)).toBe(day);
  });
  it.each(['14 Foo 2024', 'Order, 14', 'Smith, John'])('%s is no date', (text) => {
    expect(iso(text)).toBeNull();
  });
});

describe('headers of Seller Central pages in other languages', () => {
  it('a German feedback table is a feedback report', () => {
    const cells = [
      'Datum',
      'Bewertung',
      'Kommentare',
      'Antwort',
      'Bestellnummer',
      'E-Mail-Adresse',
    ];
    expect(recogniseHeader(cells)?.type).toBe('feedback');
    expect(matchHeader([cells])?.columns).toMatchObject({
      defectDate: 0,
      rating: 1,
      comment: 2,
      orderId: 4,
      email: 5,
    });
  });
  it('a French claims table pasted from the page is a claims list', () => {
    const cells = ['Numéro de commande', 'Statut', 'Date', 'Motif', 'Montant'];
    expect(recogniseHeader(cells, 'reclamations-a-to-z-claims.txt')?.type).toBe('claimsList');
  });
});

describe('joined downloads', () => {
  const h = 'Date\tRating\tComments\tOrder ID';
  it('the same header again is no row; a narrower one is read by its own columns', () => {
    const text = `${h}\n1/2/24\t1\tx\t111-0000001-0000001\n\uFEFF${h}\n1/3/24\t2\ty\t111-0000002-0000002\nOrder ID\tRating\tDate\n111-0000003-0000003\t1\t1/4/24\n`;
    const table = parseDelimited(text);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1/2/24', '1', 'x', '111-0000001-0000001']],
      [4, ['1/3/24', '2', 'y', '111-0000002-0000002']],
      [6, ['1/4/24', '1', '', '111-0000003-0000003']],
    ]);
    expect(table.rejected).toEqual([]);
    expect(table.notes.map((n) => n.key)).toEqual([
      'importFiles.headers.remapped',
      'importFiles.headers.repeated',
    ]);
  });
  it('a header with a column the first lacks stops the first header’s rows', () => {
    const text = `${h}\n1/2/24\t1\tx\t111-0000001-0000001\nOrder ID\tRating\tDate\tRater Email\n111-0000003-0000003\t1\t1/4/24\tr@example.com\n`;
    const table = parseDelimited(text);
    expect(table.rows.map((r) => r.line)).toEqual([2]);
    expect(table.rejected.map((r) => [r.line, r.kind])).toEqual([
      [3, 'otherHeader'],
      [4, 'otherHeader'],
    ]);
  });
});

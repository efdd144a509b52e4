/**
 * The import summary in the pseudo-locale (issue 10): every word a seller reads comes through the
 * catalog, so a Chinese seller reads no English in it. Only data may stand outside the markers:
 * file names, sheet names, the report's own column names and the values it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileInput, ImportResult } from '../../src/core/wire/types';
import { emulateBundle } from '../helpers/emulator';
import { leaksIn } from '../helpers/pseudo';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const file = (name: string, content = text(name)): ImportFileInput => ({ name, text: content });

/** Everything the dialog shows of a result. */
function shown(result: ImportResult): string[] {
  return [
    result.message,
    ...result.files.flatMap((f) => [
      f.typeLabel,
      ...f.lines,
      ...f.notes,
      ...f.skipped.map((s) => s.reason),
      ...f.ignored.map((i) => i.reason),
      f.error ?? '',
    ]),
  ];
}

/** Data: names, headers and cell values of the files, as the summary may quote them. */
function dataOf(files: ImportFileInput[], result: ImportResult): string[] {
  const values = files.flatMap((f) => (f.text ?? '').split(/[\t,\r\n]+/));
  const conflicts = result.files.flatMap((f) =>
    (f.conflicts ?? []).flatMap((c) => [c.orderId, c.column, c.yours, c.file]),
  );
  return [...files.map((f) => f.name), 'Orders', 'Defects', ...values, ...conflicts].filter(
    (v) => v.length > 1,
  );
}

describe('import summary in the pseudo-locale', () => {
  it('has no text outside the catalog: imports, skipped rows, notes, older news, conflicts, a stop', () => {
    const { emulator, call } = emulateBundle({ locale: 'x-pseudo' });
    const first: ImportFileInput[] = [
      file('all-orders-quirks.txt'),
      file('all-orders.txt'),
      file('feedback-us.txt'),
      file('claims-later.txt'),
      file('odr-defects.txt'),
      file('account-health.json'),
      file('empty.txt', ''),
    ];
    const results: [ImportFileInput[], ImportResult][] = [];
    results.push([first, call<ImportResult>('importReports', first)]);
    // Older news and a typed value.
    const sheet = emulator.spreadsheet.getSheetByName('Defects');
    sheet?.getRange('C2').setValue('Reversed (appeal won)');
    const second = [file('claims.txt'), file('chargebacks.csv')];
    results.push([second, call<ImportResult>('importReports', second)]);
    // A stop: a protected sheet.
    emulator.protect('Defects');
    const third = [file('claims-later.txt', text('claims-later.txt').replace('Open', 'Closed'))];
    results.push([third, call<ImportResult>('importReports', third)]);

    expect(results.map(([, r]) => r.outcome)).toEqual(['written', 'written', 'stopped']);
    const report = results[1][1].files[0];
    expect((report.conflicts ?? []).length + (report.older ?? 0)).toBeGreaterThan(0);
    const leaks = results.flatMap(([files, result]) =>
      leaksIn(shown(result), dataOf(files, result)),
    );
    expect(leaks).toEqual([]);
    // And it is all there: every line is marked.
    const lines = results.flatMap(([, r]) => shown(r)).filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.every((l) => l.includes('⟦'))).toBe(true);
  });

  it('speaks Chinese to a zh-CN seller: no English words but the data and Amazon’s codes', () => {
    const { call } = emulateBundle({ locale: 'zh_CN' });
    const files = [file('all-orders.txt'), file('feedback-us.txt'), file('claims.txt')];
    const result = call<ImportResult>('importReports', files);
    const data = dataOf(files, result);
    const english = shown(result).flatMap((line) => {
      let rest = line;
      for (const d of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
      return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter(
        (w) => !['ODR', 'Guard', 'MFN', 'AFN'].includes(w),
      );
    });
    expect(english).toEqual([]);
    expect(result.message).toMatch(/^已导入/);
  });

  it('says why a file was refused in the catalog: unknown, binary, PDF, Excel, broken JSON, a cut-off quote', () => {
    const bytes = (name: string, data: number[] | Buffer): ImportFileInput => ({
      name,
      base64: Buffer.from(data).toString('base64'),
    });
    const refused: ImportFileInput[] = [
      file('unknown.csv'),
      file('broken.csv'),
      bytes('junk.txt', readFileSync(join(FIXTURES, 'junk.txt'))),
      bytes('report.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]),
      bytes('report.xlsx', [0x50, 0x4b, 0x03, 0x04, 0, 0]),
      bytes('report.xls', [0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
      bytes('nul.txt', [0x61, 0, 0x62, 0x0a]),
      file('health.json', '{"performanceMetrics": ['),
      file('other.json', '{"reportType": "x"}'),
      file('no-odr.json', '{"performanceMetrics": [{"marketplaceId": "A"}]}'),
    ];
    for (const locale of ['x-pseudo', 'zh_CN']) {
      const { call } = emulateBundle({ locale });
      const result = call<ImportResult>('importReports', refused);
      const errors = result.files.map((f) => f.error ?? '');
      expect(errors.every((e) => e !== '')).toBe(true);
      if (locale === 'x-pseudo') {
        expect(leaksIn(errors, dataOf(refused, result))).toEqual([]);
      } else {
        // Chinese sentences; English only in file names, headers quoted from the file and
        // Amazon's own report and column names.
        for (const e of errors) expect(e).toMatch(/\p{Script=Han}{4}/u);
        expect(errors.join('\n')).not.toMatch(/Not a report|not a text report|cannot be read/);
      }
    }
  });

  it('names the report types in the dialog through the catalog', () => {
    const { call } = emulateBundle({ locale: 'x-pseudo' });
    const info = call<{ reportTypes: string[] }>('getImportDialogInfo');
    expect(leaksIn(info.reportTypes)).toEqual([]);
  });
});

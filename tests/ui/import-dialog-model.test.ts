/** The import dialog's model, in node: file list, payloads, batching, the summary. */
import fc from 'fast-check';
import type { ImportFileReport, ImportResult } from '../../src/core/wire/types';
import {
  LARGE_BYTES,
  MAX_CALL_BYTES,
  addFiles,
  batches,
  cannotStart,
  initialState,
  largeImportNotice,
  looksUtf16,
  pastedInput,
  payloadOf,
  readingProgress,
  removeFile,
  sizeOf,
  summaryOf,
  toBase64,
  tooLarge,
  withInfo,
} from '../../src/ui/import-dialog/model';

const strictUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

function report(file: string, ok: boolean, lines: string[]): ImportFileReport {
  return {
    file,
    ok,
    type: ok ? 'allOrders' : null,
    typeLabel: '',
    sheet: ok ? 'Orders' : null,
    rowsRead: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    skippedCount: 0,
    skipped: [],
    ignored: [],
    notes: [],
    error: null,
    lines,
  };
}

describe('state', () => {
  it('starts in the browser language and takes the server’s', () => {
    expect(initialState('zh-CN').locale).toBe('zh');
    expect(initialState(undefined).locale).toBe('en');
    const s = withInfo(initialState('en'), { locale: 'zh', reportTypes: ['所有订单'] });
    expect(s.locale).toBe('zh');
    expect(s.reportTypes).toEqual(['所有订单']);
  });

  it('adds files with new ids and removes one by id', () => {
    const { state, added } = addFiles(initialState('en'), [
      { name: 'a.txt', size: 1 },
      { name: 'a.txt', size: 2 },
    ]);
    expect(added.map((f) => f.id)).toEqual([1, 2]);
    const more = addFiles(state, [{ name: 'b.csv', size: 3 }]);
    expect(more.added[0].id).toBe(3);
    expect(removeFile(more.state, 1).files.map((f) => f.size)).toEqual([2, 3]);
  });

  it('will not start with nothing chosen or pasted', () => {
    const empty = initialState('en');
    expect(cannotStart(empty, '  \n')).toEqual({
      kind: 'error',
      text: expect.stringMatching(/\S/),
    });
    expect(cannotStart(empty, 'Order ID\n1')).toBeNull();
    expect(cannotStart(addFiles(empty, [{ name: 'x', size: 1 }]).state, '')).toBeNull();
  });

  it('shows reading progress for large files only', () => {
    const s = initialState('en');
    expect(readingProgress(s, { name: 'small.txt', size: 1000 }, 500, 1000)).toBeNull();
    const p = readingProgress(s, { name: 'big.txt', size: 1 << 20 }, 1 << 19, 1 << 20);
    expect(p?.percent).toBe(50);
    expect(p?.text).toContain('big.txt');
  });
});

describe('payloads', () => {
  it('base64 matches Buffer on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('sends UTF-8 as text and anything else as base64', () => {
    const utf8 = new TextEncoder().encode('Order ID\t订单\n');
    expect(payloadOf('a.txt', utf8, strictUtf8)).toEqual({
      name: 'a.txt',
      text: 'Order ID\t订单\n',
    });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(looksUtf16(utf16)).toBe(true);
    expect(payloadOf('b.txt', utf16, strictUtf8)).toEqual({ name: 'b.txt', base64: '//5BAEIA' });
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]);
    expect(payloadOf('c.txt', latin1, strictUtf8)).toEqual({ name: 'c.txt', base64: 'Q2Fm6Q==' });
    // No decoder in the browser: bytes go as base64.
    expect(payloadOf('d.txt', utf8, () => null).base64).toBe(Buffer.from(utf8).toString('base64'));
  });

  it('names a pasted list by the kind chosen', () => {
    const s = initialState('en');
    expect(pastedInput(s, '   ', 'claims')).toBeNull();
    const names = (['auto', 'claims', 'chargebacks'] as const).map(
      (k) => pastedInput(s, 'x', k)?.name,
    );
    expect(new Set(names).size).toBe(3);
  });

  it('batches calls under the size limit, in order, never splitting a file', () => {
    const big = (name: string, n: number) => ({ name, text: 'x'.repeat(n) });
    const third = Math.floor(MAX_CALL_BYTES / 3) - 10;
    const inputs = [big('1', third), big('2', third), big('3', third), big('4', 100)];
    const calls = batches(inputs);
    expect(calls.map((c) => c.map((i) => i.name))).toEqual([['1', '2', '3'], ['4']]);
    for (const call of calls) {
      expect(call.reduce((n, i) => n + sizeOf(i), 0)).toBeLessThanOrEqual(MAX_CALL_BYTES);
    }
    expect(batches([])).toEqual([]);
  });

  it('refuses a file over one call and warns before a large import', () => {
    const s = initialState('en');
    const huge = { name: 'huge.txt', text: 'x'.repeat(MAX_CALL_BYTES) };
    expect(tooLarge(s, huge, MAX_CALL_BYTES)?.kind).toBe('error');
    expect(tooLarge(s, { name: 'ok', text: 'x' }, 1)).toBeNull();
    expect(largeImportNotice(s, [{ name: 'a', text: 'x'.repeat(LARGE_BYTES) }])?.kind).toBe('info');
    expect(largeImportNotice(s, [{ name: 'a', text: 'x' }])).toBeNull();
  });
});

describe('summary', () => {
  const result = (over: Partial<ImportResult>): ImportResult => ({
    locale: 'en',
    files: [],
    sheetsWritten: [],
    anyImported: false,
    message: '',
    ...over,
  });

  it('lists every file of every call, names the sheets once and empties the list', () => {
    const chosen = addFiles(initialState('en'), [{ name: 'a', size: 1 }]).state;
    const s = summaryOf(chosen, [
      result({
        files: [report('a', true, ['5 added'])],
        sheetsWritten: ['Orders'],
        anyImported: true,
      }),
      result({ files: [report('b', false, ['Not imported'])], sheetsWritten: ['Orders'] }),
    ]);
    expect(s.summary?.files.map((f) => [f.file, f.ok, f.type])).toEqual([
      ['a', true, 'allOrders'],
      ['b', false, ''],
    ]);
    expect(s.summary?.headline).toBe('Imported: Orders.');
    expect(s.summary?.dashboardHint).not.toBeNull();
    expect(s.files).toEqual([]);
  });

  it('keeps the files and gives no dashboard hint when nothing imported', () => {
    const chosen = addFiles(initialState('en'), [{ name: 'a', size: 1 }]).state;
    const s = summaryOf(chosen, [result({ files: [report('a', false, [])] })]);
    expect(s.summary?.dashboardHint).toBeNull();
    expect(s.files).toHaveLength(1);
  });

  it('speaks the language the server answered in', () => {
    const s = summaryOf(initialState('en'), [result({ locale: 'zh', anyImported: true })]);
    expect(s.locale).toBe('zh');
    expect(s.summary?.title).not.toBe(summaryOf(initialState('en'), []).summary?.title);
  });
});

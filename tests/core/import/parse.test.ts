import { decodeReport, ImportError, parseDelimited } from '../../../src/core/import';
import { fixtureBytes } from './helpers';

const ANY = { isHeader: (cells: readonly string[]): boolean => cells[0] === 'id' };

describe('parseDelimited', () => {
  it('detects tab, comma and semicolon from the header line', () => {
    expect(parseDelimited('id\tb\n1\tx,y\n', ANY).delimiter).toBe('\t');
    const comma = parseDelimited('id,b\n1,x;y\n', ANY);
    expect(comma.delimiter).toBe(',');
    expect(comma.rows[0].cells).toEqual(['1', 'x;y']);
    const semi = parseDelimited('id;b\n1;"2,50"\n', ANY);
    expect(semi.delimiter).toBe(';');
    expect(semi.rows[0].cells).toEqual(['1', '2,50']);
  });

  it('reads quoted fields with embedded delimiters, line breaks and doubled quotes', () => {
    const t = parseDelimited('id,text,n\r\n1,"a, ""b""\r\nc",2\r\n3,"",4\r\n', ANY);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'a, "b"\r\nc', '2'] },
      { line: 4, cells: ['3', '', '4'] },
    ]);
  });

  it('handles CRLF, LF and CR line ends and keeps source line numbers over blank lines', () => {
    const t = parseDelimited('id\tv\r\n1\ta\n\n2\tb\r3\tc\r\n\r\n\t\t\n4\td', ANY);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'a'] },
      { line: 4, cells: ['2', 'b'] },
      { line: 5, cells: ['3', 'c'] },
      { line: 8, cells: ['4', 'd'] },
    ]);
  });

  it('trims trailing empty columns from the header and the rows', () => {
    const t = parseDelimited('id,v,,\n1,,,\n2,x,,\n', ANY);
    expect(t.header).toEqual(['id', 'v']);
    expect(t.rows.map((r) => r.cells)).toEqual([['1'], ['2', 'x']]);
  });

  it('finds the header below a preamble and reports the lines above it', () => {
    const t = parseDelimited(
      'My report\r\nReport generated on 1/2/24, 10:00\r\n\r\nid,v\r\n1,a\r\n',
      ANY,
    );
    expect(t.headerLine).toBe(4);
    expect(t.preamble).toEqual(['My report', 'Report generated on 1/2/24, 10:00', '']);
    expect(t.rows).toEqual([{ line: 5, cells: ['1', 'a'] }]);
    expect(t.headerRecognised).toBe(true);
  });

  it('uses the first non-blank line when no known header is found', () => {
    const t = parseDelimited('\nsku;asin;price\nA;B;1\n', ANY);
    expect(t.headerRecognised).toBe(false);
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['sku', 'asin', 'price']);
    expect(t.headerLine).toBe(2);
  });

  it('reads a stray quote inside or after a field as written', () => {
    const t = parseDelimited('id\tname\tn\n1\t12" ruler\t2\n2\t"Best" ruler\t3\n', ANY);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', '12" ruler', '2'],
      ['2', '"Best" ruler', '3'],
    ]);
  });

  it('fails the whole file on a quote that never closes, naming the line', () => {
    const text = decodeReport(fixtureBytes('broken.csv'));
    expect(() => parseDelimited(text)).toThrow(ImportError);
    expect(() => parseDelimited(text)).toThrow(/^Line 2: a quoted field starts here/);
  });

  it('recognises the All Orders header in the quirks fixture by default', () => {
    const t = parseDelimited(decodeReport(fixtureBytes('all-orders-quirks.txt')));
    expect(t.headerLine).toBe(4);
    expect(t.header.slice(0, 3)).toEqual([
      'amazon-order-id',
      'purchase-date',
      'fulfillment-channel',
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([5, 7, 10]);
    expect(t.rows[1].cells[5]).toBe('Chef\'s set\twith "pro" knife\r\nand block');
  });

  it('parses 100,000 All Orders rows correctly', () => {
    const header =
      'amazon-order-id\tpurchase-date\tfulfillment-channel\tsku\tquantity\tproduct-name';
    const lines = [header];
    for (let i = 0; i < 100_000; i++) {
      const id = `111-${String(i).padStart(7, '0')}-0000001`;
      const name = i % 1000 === 0 ? `"Board\twith ""tab"""` : `Board ${i}`;
      lines.push(
        `${id}\t2024-01-02T10:00:00+00:00\t${i % 2 ? 'Amazon' : 'Merchant'}\tSKU-${i % 7}\t1\t${name}`,
      );
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const started = Date.now();
    const t = parseDelimited(text);
    console.log(`parsed 100,000 rows in ${Date.now() - started} ms`);
    expect(t.rows).toHaveLength(100_000);
    expect(t.rows[99_999]).toEqual({
      line: 100_001,
      cells: [
        '111-0099999-0000001',
        '2024-01-02T10:00:00+00:00',
        'Amazon',
        `SKU-${99_999 % 7}`,
        '1',
        'Board 99999',
      ],
    });
    expect(t.rows[5000].cells[5]).toBe('Board\twith "tab"');
    expect(t.rows.every((r, i) => r.line === i + 2 && r.cells.length === 6)).toBe(true);
  });
});

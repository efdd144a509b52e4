/** The self-check's pure parts: byte counts, the quota verdict and the writers' text fallback. */
import {
  PROPERTIES_LIMIT_BYTES,
  propertiesOutcome,
  propertyUsage,
  utf8Bytes,
} from '../../src/core/self-check/checks';
import { escapeHtml } from '../../src/core/self-check/report';
import {
  AUTOMATIC_FORMAT,
  PLAIN_TEXT_FORMAT,
  asTextCells,
} from '../../src/core/self-check/text-cells';

describe('utf8Bytes', () => {
  it.each(['', 'abc', 'é', '订单缺陷率', '😀', 'a\ud800b', 'mixed 订单 😀 é'])(
    'counts %j as Buffer does',
    (text) => {
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
    },
  );
});

describe('property quota', () => {
  it('adds keys and values and finds the largest value', () => {
    expect(propertyUsage({ a: 'xyz', 订单: '😀' })).toEqual({
      totalBytes: 1 + 3 + 6 + 4,
      largestKey: '订单',
      largestBytes: 4,
    });
    expect(propertyUsage({})).toEqual({ totalBytes: 0, largestKey: null, largestBytes: 0 });
  });

  it('warns from 80 % of either limit on', () => {
    const ok = { totalBytes: PROPERTIES_LIMIT_BYTES * 0.79, largestKey: 'k', largestBytes: 100 };
    expect(propertiesOutcome(ok).status).toBe('ok');
    expect(propertiesOutcome({ ...ok, totalBytes: PROPERTIES_LIMIT_BYTES * 0.8 }).status).toBe(
      'warning',
    );
    expect(propertiesOutcome({ ...ok, largestBytes: 6600 }).status).toBe('warning');
  });
});

describe('asTextCells', () => {
  const values: unknown[][] = [
    ['=1+1', 5, '', '00123'],
    ['x', true, 'y', null],
  ];
  const formats = [
    ['@', '0', '@', '@'],
    ['yyyy-mm-dd', '@', '@', '@'],
  ];

  it('leaves plain-text mode untouched', () => {
    const out = asTextCells(values, formats, 'plainText');
    expect(out.values).toBe(values);
    expect(out.formats).toBe(formats);
  });

  it('prefixes strings in plain-text cells with an apostrophe under the automatic format', () => {
    const out = asTextCells(values, formats, 'apostrophe');
    expect(out.values).toEqual([
      ["'=1+1", 5, '', "'00123"],
      ['x', true, "'y", null],
    ]);
    const A = AUTOMATIC_FORMAT;
    const P = PLAIN_TEXT_FORMAT;
    expect(out.formats).toEqual([
      [A, '0', P, A],
      ['yyyy-mm-dd', P, A, P],
    ]);
    // The writer's arrays are not changed.
    expect(values[0][0]).toBe('=1+1');
    expect(formats[0][0]).toBe('@');
  });
});

it('escapes HTML', () => {
  expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
    '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
  );
});

/** The self-check's pure parts: byte counts, the quota verdict and the writers' text fallback. */
import { PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES } from '../../src/core/engine/platform-limits';
import { render } from '../../src/core/i18n';
import { propertiesOutcome, propertyUsage } from '../../src/core/self-check/checks';
import { escapeHtml } from '../../src/core/self-check/report';
import {
  AUTOMATIC_FORMAT,
  PLAIN_TEXT_FORMAT,
  asTextCells,
} from '../../src/core/self-check/text-cells';

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
    const ok = { totalBytes: PROPERTY_STORE_BYTES * 0.79, largestKey: 'k', largestBytes: 100 };
    expect(propertiesOutcome(ok).status).toBe('ok');
    expect(propertiesOutcome({ ...ok, totalBytes: PROPERTY_STORE_BYTES * 0.8 }).status).toBe(
      'warning',
    );
    expect(propertiesOutcome({ ...ok, largestBytes: 6600 }).status).toBe('warning');
  });

  it('warns against the figures the writers stop at: 8,000 bytes a value, 500,000 in all', () => {
    const ok = { totalBytes: 1000, largestKey: 'k', largestBytes: 6_399 };
    expect(propertiesOutcome(ok).status).toBe('ok');
    // 80 % of 8,000; under 80 % of 8 × 1024 (6,553.6), the figure the check used to warn at.
    expect(propertiesOutcome({ ...ok, largestBytes: 6_400 }).status).toBe('warning');
    // 80 % of 500,000; under 80 % of 500 × 1024 (409,600).
    expect(propertiesOutcome({ ...ok, totalBytes: 400_000 }).status).toBe('warning');
    expect(PROPERTY_VALUE_BYTES).toBe(8_000);
    expect(PROPERTY_STORE_BYTES).toBe(500_000);
    expect(render('en', propertiesOutcome({ ...ok, largestBytes: 6_500 }).detail)).toBe(
      'Stored settings are close to the limit: 1.0 KB of 500.0 KB used; largest value 6.5 KB of 8.0 KB.',
    );
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

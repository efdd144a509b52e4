/**
 * The sidebar's appeal helpers without the DOM (src/ui/model.ts): dates after the window's end
 * said relative to it, the highlight button's label, products against the average, removal
 * candidates' deadlines and rates. And the import dialog's file sizes.
 */
import type { ChannelSummary, DefectItem, RemovalItem } from '../../src/core/wire/types';
import {
  channelFacts,
  daysBetween,
  highlightLabel,
  leavesText,
  productComparison,
  removalDeadline,
  removalIfAll,
  removalPassedNote,
  removalReasonText,
  shownOrderIds,
} from '../../src/ui/model';
import { fileSizeText } from '../../src/ui/import-dialog/model';

function channel(over: Partial<ChannelSummary> = {}): ChannelSummary {
  return {
    scope: 'MFN',
    orders: 800,
    defective: 10,
    rate: 0.0125,
    negativeFeedback: 4,
    atoz: 5,
    chargeback: 1,
    status: 'AT RISK',
    pointsPerDefect: 0.125,
    ordersNeeded: 201,
    nextDropOff: '2024-03-02',
    backUnderTargetOn: '2024-03-20',
    ...over,
  };
}

function candidate(over: Partial<RemovalItem> = {}): RemovalItem {
  return {
    orderId: '111-0000001-0000001',
    channel: 'MFN',
    reason: 'personalInfo',
    reasonText: '',
    comment: 'call me',
    feedbackDate: '2024-01-10',
    requestBy: '2024-04-09',
    passed: false,
    row: 5,
    source: 'defects',
    ...over,
  };
}

describe('dates after the window’s end', () => {
  const end = '2024-01-31';

  it('counts whole days between two days', () => {
    expect(daysBetween('2024-01-31', '2024-03-02')).toBe(31);
    expect(daysBetween('2024-03-02', '2024-01-31')).toBe(-31);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 2024 is a leap year
  });

  it('keeps the plain future wording when the window ends on the latest order, and the day is ahead', () => {
    const lines = channelFacts(channel(), 'en', { end, today: '2024-02-01', chosen: false });
    expect(lines).toContain('Next defect leaves the window on Mar 2, 2024');
    expect(lines).toContain('Back under 1% on Mar 20, 2024 at the current volume');
  });

  it('says a day that has gone by in the past tense, relative to the window’s end', () => {
    const lines = channelFacts(channel(), 'en', { end, today: '2024-06-01', chosen: true });
    expect(lines).toContain(
      'Next defect left the window on Mar 2, 2024, 31 days after the window’s end',
    );
    expect(lines).toContain(
      'At that volume it would have been back under 1% on Mar 20, 2024, 49 days after the window’s end',
    );
    expect(lines.join('\n')).not.toMatch(/leaves the window/);
  });

  it('says a later day relative to an end the seller chose in the past', () => {
    const lines = channelFacts(channel(), 'en', { end, today: '2024-02-10', chosen: true });
    expect(lines).toContain(
      'Next defect leaves the window on Mar 2, 2024, 31 days after the window’s end',
    );
    expect(
      channelFacts(channel({ nextDropOff: '2024-02-01' }), 'en', {
        end,
        today: '2024-02-10',
        chosen: true,
      }),
    ).toContain('Next defect left the window on Feb 1, 2024, 1 day after the window’s end');
  });

  it('is Chinese for a Chinese seller', () => {
    const lines = channelFacts(channel(), 'zh', { end, today: '2024-06-01', chosen: true });
    expect(lines).toContain('下一个缺陷订单已于2024年3月2日移出统计周期，即统计周期结束后31天');
  });

  it('says "Left the window" on a defect order once its day has gone by', () => {
    expect(leavesText('2024-03-02', '2024-03-01', 'en')).toBe('Leaves window Mar 2, 2024');
    expect(leavesText('2024-03-02', '2024-03-02', 'en')).toBe('Left the window Mar 2, 2024');
  });
});

describe('the highlight button', () => {
  const item = (orderId: string, types: DefectItem['types']): DefectItem => ({
    orderId,
    orderDate: '2024-01-10',
    channel: 'MFN',
    types,
    comment: '',
    reason: '',
    leavesWindowOn: '2024-03-10',
    deadline: null,
    sheet: 'Orders',
    row: 2,
    rows: [2],
  });
  const defects = [
    item('A', ['negativeFeedback']),
    item('B', ['chargeback', 'atoz']),
    item('C', ['atoz']),
  ];

  it('says what it colours: every defect order, or the ones the filter shows', () => {
    expect(shownOrderIds(defects, 'all')).toEqual(['A', 'B', 'C']);
    expect(shownOrderIds(defects, 'chargeback')).toEqual(['B']);
    expect(shownOrderIds(defects, 'atoz')).toEqual(['B', 'C']);
    expect(highlightLabel('all', 3, 'en')).toBe('Highlight 3 defect orders');
    expect(highlightLabel('all', 1, 'en')).toBe('Highlight 1 defect order');
    expect(highlightLabel('chargeback', 1, 'en')).toBe('Highlight 1 shown order');
    expect(highlightLabel('atoz', 2, 'en')).toBe('Highlight 2 shown orders');
    expect(highlightLabel('atoz', 2, 'zh')).toBe('高亮显示的2个订单');
  });
});

describe('products against the seller’s average', () => {
  it('says how many times the average a product’s rate is, or that it is not above', () => {
    expect(productComparison(0.05, 0.0146, 'en')).toEqual({
      above: true,
      text: '3.4× your average',
    });
    expect(productComparison(0.2, 0.01, 'en').text).toBe('20× your average');
    expect(productComparison(0.01, 0.0146, 'en')).toEqual({
      above: false,
      text: 'not above your average',
    });
    expect(productComparison(0.01, null, 'en')).toEqual({ above: false, text: '' });
    expect(productComparison(0.01, 0, 'en')).toEqual({ above: false, text: '' });
    expect(productComparison(0.05, 0.0146, 'zh').text).toBe('是您平均值的3.4倍');
  });
});

describe('removal candidates', () => {
  it('give the last day to ask, or that it passed, or that the date is unknown', () => {
    expect(removalDeadline(candidate(), 'en')).toBe('Request removal by Apr 9, 2024');
    expect(removalDeadline(candidate({ passed: true }), 'en')).toBe(
      'The 90 days to request removal ended on Apr 9, 2024',
    );
    expect(removalDeadline(candidate({ requestBy: null, feedbackDate: null }), 'en')).toBe(
      'Feedback date unknown: request removal soon',
    );
  });

  it('never say the removal is certain', () => {
    const texts = [
      removalIfAll(
        { scope: 'MFN', candidates: 2, rate: 0.0146, rateIfRemoved: 0.0104, sentence: '' },
        'en',
      ),
      removalIfAll(
        { scope: 'AFN', candidates: 1, rate: 0.0067, rateIfRemoved: 0.0033, sentence: '' },
        'en',
      ),
      ...(['personalInfo', 'obscene', 'fbaDelivery', 'productReview'] as const).map((r) =>
        removalReasonText(r, 'en'),
      ),
    ];
    expect(texts[0]).toBe(
      'If Amazon removed all 2, MFN Order Defect Rate would be 1.04% (now 1.46%).',
    );
    expect(texts[1]).toBe(
      'If Amazon removed it, AFN Order Defect Rate would be 0.33% (now 0.67%).',
    );
    for (const text of texts) expect(text).not.toMatch(/\bwill\b|\bcertain|guarantee/i);
    for (const text of texts.slice(2)) expect(text).toMatch(/^Why it may go: /);
  });

  it('say how many are past their 90 days and left in the rates', () => {
    expect(removalPassedNote([candidate()], 'en')).toBe('');
    expect(removalPassedNote([candidate({ passed: true }), candidate()], 'en')).toMatch(
      /^1 is past its 90 days/,
    );
    expect(
      removalPassedNote([candidate({ passed: true }), candidate({ passed: true })], 'en'),
    ).toMatch(/^2 are past their 90 days/);
  });
});

describe('file sizes in the import dialog', () => {
  it('shows KB below 1 MB, never 0.0 MB for a file with something in it', () => {
    expect(fileSizeText(1)).toBe('1 KB');
    expect(fileSizeText(2_300)).toBe('2 KB');
    expect(fileSizeText(600 * 1024)).toBe('600 KB');
    expect(fileSizeText(1024 * 1024)).toBe('1.0 MB');
    expect(fileSizeText(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(fileSizeText(0)).toBe('0 KB');
  });
});

import { describe, expect, it } from 'vitest';
import { noticeStatus } from '../../src/lib/notice-status.ts';

const period = { from: '2026-11-20', to: '2026-11-26' };

describe('notice status (公示期, inclusive)', () => {
  it('is not yet open before the first day', () => {
    expect(noticeStatus(period, '2026-11-19')).toMatchObject({ code: 'upcoming', label: '尚未开始', detail: '明天开始公示。', days: 1 });
    expect(noticeStatus(period, '2026-11-10').detail).toBe('10 天后开始公示。');
  });

  it('is open from the first to the last day, counting today', () => {
    expect(noticeStatus(period, '2026-11-20')).toMatchObject({ code: 'open', label: '公示中', days: 7 });
    expect(noticeStatus(period, '2026-11-24').detail).toBe('公示期还剩 3 天（含今天）。');
    expect(noticeStatus(period, '2026-11-26')).toMatchObject({ code: 'open', detail: '今天是公示期最后一天。', days: 1 });
  });

  it('is closed awaiting the result after the last day', () => {
    expect(noticeStatus(period, '2026-11-27')).toMatchObject({ code: 'closed', label: '公示期满' });
  });

  it('is concluded once the closing announcement is dated on or before the as-of day', () => {
    const outcome = { id: 'a', date: '2026-12-05' };
    expect(noticeStatus(period, '2026-12-04', outcome).code).toBe('closed');
    expect(noticeStatus(period, '2026-12-05', outcome)).toMatchObject({ code: 'concluded', label: '已公布结果' });
  });
});

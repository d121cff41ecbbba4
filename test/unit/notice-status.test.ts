import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../src/rules/dates.ts';
import { noticeStatusText } from '../../src/i18n/notice-status.ts';
import { type NoticeStatus, noticeStatus as rule } from '../../src/rules/notice-status.ts';

/** The rule with its words, as the model and the badge's script put them together. */
const noticeStatus = (...args: Parameters<typeof rule>): NoticeStatus & { label: string; detail: string } => {
  const s = rule(...args);
  return { ...s, label: noticeStatusText.label[s.code], detail: noticeStatusText.detail(s) };
};

const period = { from: '2026-11-20', to: '2026-11-26' };

describe('notice status (公示期, inclusive)', () => {
  it('is not yet open before the first day', () => {
    expect(noticeStatus(period, '2026-11-19')).toMatchObject({
      code: 'upcoming',
      label: '尚未开始',
      detail: '明天开始公示。',
      days: 1,
    });
    expect(noticeStatus(period, '2026-11-10').detail).toBe('10 天后开始公示。');
  });

  it('is open from the first to the last day, counting today', () => {
    expect(noticeStatus(period, '2026-11-20')).toMatchObject({ code: 'open', label: '公示中', days: 7 });
    expect(noticeStatus(period, '2026-11-24').detail).toBe('公示期还剩 3 天（含今天）。');
    expect(noticeStatus(period, '2026-11-26')).toMatchObject({
      code: 'open',
      detail: '今天是公示期最后一天。',
      days: 1,
    });
  });

  it('is closed awaiting the result after the last day', () => {
    expect(noticeStatus(period, '2026-11-27')).toMatchObject({ code: 'closed', label: '公示期满' });
  });

  it('is concluded once the closing announcement is dated on or before the as-of day', () => {
    const outcome = { id: 'a', date: '2026-12-05' };
    expect(noticeStatus(period, '2026-12-04', outcome).code).toBe('closed');
    expect(noticeStatus(period, '2026-12-05', outcome)).toMatchObject({ code: 'concluded', label: '已公布结果' });
  });

  it('turns at 00:00 Beijing time, as the in-browser refresh computes it from the device clock', () => {
    // 2026-11-26T23:59:59+08:00 is the last second of the period; one second later it is closed.
    expect(noticeStatus(period, shanghaiDay(new Date('2026-11-26T15:59:59Z'))).code).toBe('open');
    expect(noticeStatus(period, shanghaiDay(new Date('2026-11-26T16:00:00Z'))).code).toBe('closed');
    // And it opens at 00:00 on the first day, not at midnight UTC.
    expect(noticeStatus(period, shanghaiDay(new Date('2026-11-19T15:59:59Z'))).code).toBe('upcoming');
    expect(noticeStatus(period, shanghaiDay(new Date('2026-11-19T16:00:00Z'))).code).toBe('open');
  });

  it('concludes with a result known only to the month from the end of that month', () => {
    expect(noticeStatus(period, '2026-12-30', { id: 'a', date: '2026-12' }).code).toBe('closed');
    expect(noticeStatus(period, '2026-12-31', { id: 'a', date: '2026-12' }).code).toBe('concluded');
  });
});

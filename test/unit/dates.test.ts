import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  asOfDate,
  daysBetween,
  formatDate,
  partialEnd,
  partialStart,
  shanghaiDay,
} from '../../src/rules/dates.ts';

describe('the as-of day', () => {
  it('is SITE_AS_OF when set', () => {
    expect(asOfDate({ SITE_AS_OF: '2026-11-24' })).toBe('2026-11-24');
  });

  it('is today in Shanghai otherwise: the day turns at 00:00 Beijing time, 16:00 UTC', () => {
    expect(asOfDate({}, new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(asOfDate({}, new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses a malformed SITE_AS_OF with a message that says how to write it', () => {
    expect(() => asOfDate({ SITE_AS_OF: '2026-02-30' })).toThrow(
      'SITE_AS_OF="2026-02-30" 不是有效日期：请写作 YYYY-MM-DD',
    );
    expect(() => asOfDate({ SITE_AS_OF: '24/11/2026' })).toThrow(/不是有效日期/);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds years; 29 February falls back to 28 February', () => {
    expect(addYears('2022-05-09', 5)).toBe('2027-05-09');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-24', '2026-11-26')).toBe(2);
    expect(daysBetween('2026-11-26', '2026-11-24')).toBe(-2);
  });

  it('reads partial dates as their first and last possible day', () => {
    expect(partialStart('2023')).toBe('2023-01-01');
    expect(partialEnd('2023')).toBe('2023-12-31');
    expect(partialEnd('2024-02')).toBe('2024-02-29');
    expect(partialEnd('2022-05-09')).toBe('2022-05-09');
  });

  it('formats dates in Chinese at the precision known', () => {
    expect(formatDate('2022-05-09')).toBe('2022年5月9日');
    expect(formatDate('2023-05')).toBe('2023年5月');
    expect(formatDate('2023')).toBe('2023年');
  });
});

import { describe, expect, it } from 'vitest';
import { type ClusterEvent, clusterStatus, municipalValidUntil } from '../../src/lib/cluster-status.ts';

const recognize = (date: string, level: ClusterEvent['level'] = '市级'): ClusterEvent => ({
  announcement: `a-${date}`,
  title: `公布 ${date}`,
  date,
  action: 'recognize',
  level,
});

describe('municipal term (管理办法 第十三条: five years)', () => {
  it('runs from the announcement day to the day before the fifth anniversary', () => {
    expect(municipalValidUntil('2022-05-09')).toBe('2027-05-08');
    expect(municipalValidUntil('2024-02-29')).toBe('2029-02-27');
  });

  it('is valid on the last day and expired the day after (the fifth-year expiry day)', () => {
    const events = [recognize('2022-05-09')];
    expect(clusterStatus(events, '2027-05-08').code).toBe('review-due');
    const after = clusterStatus(events, '2027-05-09');
    expect(after.code).toBe('expired');
    expect(after.label).toBe('已取消（期满未复核）');
    expect(after.level).toBeUndefined();
  });

  it('is due for review in the calendar year the term ends, not before', () => {
    const events = [recognize('2022-05-09')];
    expect(clusterStatus(events, '2026-12-31').code).toBe('valid');
    expect(clusterStatus(events, '2027-01-01')).toMatchObject({ code: 'review-due', label: '有效（本年度须复核）', level: '市级' });
  });

  it('starts a new term from a passed review', () => {
    const events: ClusterEvent[] = [recognize('2021-06-01'), { ...recognize('2026-05-20'), action: 'review-passed' }];
    const s = clusterStatus(events, '2026-11-24');
    expect(s.code).toBe('valid');
    expect(s.titles[0]).toMatchObject({ since: '2021-06-01', renewedOn: '2026-05-20', validUntil: '2031-05-19' });
  });
});

describe('status from announcements', () => {
  it('ignores announcements dated after the as-of day', () => {
    const s = clusterStatus([recognize('2022-05-09')], '2022-05-08');
    expect(s.code).toBe('not-recognized');
    expect(s.events).toHaveLength(0);
    expect(clusterStatus([recognize('2022-05-09')], '2022-05-09').code).toBe('valid');
  });

  it('reports a revocation with its announcement (第十四条)', () => {
    const revoke: ClusterEvent = { ...recognize('2025-03-15'), action: 'revoke', reason: '弄虚作假' };
    const s = clusterStatus([recognize('2021-11-24'), revoke], '2026-11-24');
    expect(s).toMatchObject({ code: 'revoked', label: '已撤销' });
    expect(s.titles[0].endedBy).toEqual(revoke);
  });

  it('reports a cancellation announced by the bureau', () => {
    const s = clusterStatus([recognize('2021-11-24'), { ...recognize('2025-01-10'), action: 'cancel' }], '2026-11-24');
    expect(s.code).toBe('cancelled');
  });

  it('keeps the whole history on an upgrade and reports the highest level held', () => {
    const s = clusterStatus([recognize('2022-05-09'), recognize('2025-07-24', '国家级')], '2026-11-24');
    expect(s.level).toBe('国家级');
    expect(s.titles.map((t) => t.level)).toEqual(['市级', '国家级']);
    expect(s.titles[1].validUntil).toBeUndefined();
  });

  it('still holds a higher title when the municipal one lapses', () => {
    const s = clusterStatus([recognize('2022-05-09'), recognize('2025-07-24', '国家级')], '2027-06-01');
    expect(s).toMatchObject({ code: 'valid', level: '国家级' });
    expect(s.titles[0].code).toBe('expired');
  });

  it('counts a year-only date from the last day of that year', () => {
    expect(clusterStatus([recognize('2024', '省级')], '2024-12-30').code).toBe('not-recognized');
    expect(clusterStatus([recognize('2024', '省级')], '2024-12-31')).toMatchObject({ code: 'valid', level: '省级' });
  });
});

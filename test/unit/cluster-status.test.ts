import { describe, expect, it } from 'vitest';
import { clusterStatusText } from '../../src/i18n/cluster-status.ts';
import { type ClusterEvent, clusterStatus, municipalValidUntil } from '../../src/rules/cluster-status.ts';
import { reviewNotice } from './events.ts';

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
    expect(clusterStatusText.label[after.code]).toBe('已取消（期满未复核）');
    expect(after.level).toBeUndefined();
  });

  it('is due for review in the calendar year the term ends, not before', () => {
    const events = [recognize('2022-05-09')];
    expect(clusterStatus(events, '2026-12-31').code).toBe('valid');
    expect(clusterStatus(events, '2027-01-01')).toMatchObject({
      code: 'review-due',
      level: '市级',
    });
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
    expect(s).toMatchObject({ code: 'revoked' });
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

describe('a term that ends while its review is under way (第十三条: 有效期满未申请复核或经复核未达标的，取消其称号)', () => {
  const events = [recognize('2022-05-09')];
  const notice = reviewNotice('2027-04-01');

  it('is not cancelled while a notice proposing its review awaits its result, nor on the registry', () => {
    const s = clusterStatus(events, '2027-05-09', [notice]);
    expect(s).toMatchObject({ code: 'review-pending', level: undefined });
    expect(s.titles[0]).toMatchObject({
      code: 'review-pending',
      review: { id: 'n-2027-04-01', title: '复核公示 2027-04-01' },
    });
  });

  it('is due for review, as before, while the term runs', () => {
    expect(clusterStatus(events, '2027-05-08', [notice]).code).toBe('review-due');
  });

  it('is cancelled for a failed review once the result is in effect without it', () => {
    const closed = reviewNotice('2027-04-01', '2027-06-10');
    expect(clusterStatus(events, '2027-06-09', [closed]).code).toBe('review-pending');
    expect(clusterStatus(events, '2027-06-10', [closed])).toMatchObject({
      code: 'review-failed',
    });
    // A result before the term ended that did not renew it: the title runs out, then is cancelled.
    expect(clusterStatus(events, '2027-05-09', [reviewNotice('2027-03-01', '2027-04-20')]).code).toBe('review-failed');
  });

  it('is valid again from a passed review announced after the term ended', () => {
    const late = [...events, { ...recognize('2027-06-10'), action: 'review-passed' as const }];
    const s = clusterStatus(late, '2027-06-10', [reviewNotice('2027-04-01', '2027-06-10')]);
    expect(s).toMatchObject({ code: 'valid', level: '市级' });
    expect(s.titles[0]).toMatchObject({ since: '2022-05-09', renewedOn: '2027-06-10', validUntil: '2032-06-09' });
  });

  it('ignores a notice not yet published, one for an earlier term, and one at another level', () => {
    expect(clusterStatus(events, '2027-05-09', [reviewNotice('2027-05-10')]).code).toBe('expired');
    expect(clusterStatus(events, '2027-05-09', [reviewNotice('2022-05-09')]).code).toBe('expired');
    expect(clusterStatus(events, '2027-05-09', [{ ...notice, level: '省级' }]).code).toBe('expired');
    // A notice published after the lapse: expired until then, awaiting the result from then on.
    expect(clusterStatus(events, '2027-06-01', [reviewNotice('2027-06-01')]).code).toBe('review-pending');
  });
});

import { describe, expect, it } from 'vitest';
import { clusterTimeline } from '../../src/rules/cluster-timeline.ts';
import { shanghaiDay } from '../../src/rules/dates.ts';
import { event, reviewNotice } from './events.ts';

const kinds = (items: ReturnType<typeof clusterTimeline>) =>
  items.map((i) => `${i.date} ${i.kind}${i.future ? ' (future)' : ''}`);

describe('cluster timeline (管理办法 第十三条)', () => {
  it('shows the recognition, then the review year and the end of term still to come', () => {
    const items = clusterTimeline([event('2022-05-09')], '2026-11-24');
    expect(kinds(items)).toEqual([
      '2022-05-09 recognize',
      '2027-01-01 review-due (future)',
      '2027-05-09 expired (future)',
    ]);
    expect(items[0]).toMatchObject({ announcement: { id: 'a-2022-05-09' }, validUntil: '2027-05-08' });
  });

  it('the review year begins on 1 January of the expiry year', () => {
    expect(kinds(clusterTimeline([event('2022-05-09')], '2026-12-31'))[1]).toBe('2027-01-01 review-due (future)');
    expect(kinds(clusterTimeline([event('2022-05-09')], '2027-01-01'))[1]).toBe('2027-01-01 review-due');
  });

  it('lapses on the day after the fifth-year expiry day, not on it', () => {
    expect(kinds(clusterTimeline([event('2022-05-09')], '2027-05-08')).at(-1)).toBe('2027-05-09 expired (future)');
    expect(kinds(clusterTimeline([event('2022-05-09')], '2027-05-09')).at(-1)).toBe('2027-05-09 expired');
  });

  it('follows the Shanghai day: the lapse appears at 00:00 Beijing time (16:00 UTC the day before)', () => {
    const before = shanghaiDay(new Date('2027-05-08T15:59:59Z'));
    const after = shanghaiDay(new Date('2027-05-08T16:00:00Z'));
    expect(kinds(clusterTimeline([event('2022-05-09')], before)).at(-1)).toBe('2027-05-09 expired (future)');
    expect(kinds(clusterTimeline([event('2022-05-09')], after)).at(-1)).toBe('2027-05-09 expired');
  });

  it('a review passed in the review year starts a new term: no lapse for the old one', () => {
    const items = clusterTimeline([event('2021-06-01'), event('2026-05-20', 'review-passed')], '2026-11-24');
    expect(kinds(items)).toEqual([
      '2021-06-01 recognize',
      '2026-01-01 review-due',
      '2026-05-20 review-passed',
      '2031-01-01 review-due (future)',
      '2031-05-20 expired (future)',
    ]);
    expect(items[2].validUntil).toBe('2031-05-19');
  });

  it('a revocation ends the term: no review year or lapse after it, and carries its 第十四条 item', () => {
    const revoke = { ...event('2025-03-15', 'revoke'), reason: '弄虚作假', ground: '一' as const, basis: ['measures'] };
    const items = clusterTimeline([event('2021-11-24'), revoke], '2026-11-24');
    expect(kinds(items)).toEqual(['2021-11-24 recognize', '2025-03-15 revoke']);
    expect(items[1]).toMatchObject({ reason: '弄虚作假', ground: '一', groundPolicy: 'measures' });
  });

  it('a revocation in the review year comes after the review-year item', () => {
    const items = clusterTimeline([event('2021-11-24'), event('2026-03-01', 'revoke')], '2026-11-24');
    expect(kinds(items)).toEqual(['2021-11-24 recognize', '2026-01-01 review-due', '2026-03-01 revoke']);
  });

  it('gives provincial and national titles no computed dates (our sources fix no term for them)', () => {
    const items = clusterTimeline([event('2022-05-09'), event('2025-07-24', 'recognize', '国家级')], '2026-11-24');
    expect(items.filter((i) => i.level === '国家级')).toEqual([
      expect.objectContaining({ kind: 'recognize', validUntil: undefined }),
    ]);
  });

  it('leaves out announcements dated after the as-of day', () => {
    expect(kinds(clusterTimeline([event('2022-05-09')], '2022-05-08'))).toEqual([]);
  });
});

describe('cluster timeline with a review notice on file', () => {
  const recognized = [event('2022-05-09')];

  it('the lapse is a wait for the result when the review notice came before it, linked to the notice', () => {
    const items = clusterTimeline(recognized, '2027-05-20', [reviewNotice('2027-04-01')]);
    expect(kinds(items)).toEqual(['2022-05-09 recognize', '2027-01-01 review-due', '2027-05-09 review-pending']);
    expect(items[2]).toMatchObject({ lapse: true, notice: { id: 'n-2027-04-01' }, validUntil: '2027-05-08' });
  });

  it('a result that leaves the cluster out is a failed review on the day it takes effect', () => {
    const items = clusterTimeline(recognized, '2027-07-01', [reviewNotice('2027-04-01', '2027-06-10')]);
    expect(kinds(items).slice(2)).toEqual(['2027-05-09 review-pending', '2027-06-10 review-failed']);
    // Closed before the term ended: the title runs out as a failed review.
    expect(
      kinds(clusterTimeline(recognized, '2027-07-01', [reviewNotice('2027-03-01', '2027-04-20')])).slice(2),
    ).toEqual(['2027-05-09 review-failed']);
  });

  it('a late passed review follows the wait and starts a new term', () => {
    const items = clusterTimeline([...recognized, event('2027-06-10', 'review-passed')], '2027-07-01', [
      reviewNotice('2027-04-01', '2027-06-10'),
    ]);
    expect(kinds(items)).toEqual([
      '2022-05-09 recognize',
      '2027-01-01 review-due',
      '2027-05-09 review-pending',
      '2027-06-10 review-passed',
      '2032-01-01 review-due (future)',
      '2032-06-10 expired (future)',
    ]);
  });

  it('a notice published after the lapse: expired on the lapse day, awaiting the result from the notice on', () => {
    expect(kinds(clusterTimeline(recognized, '2027-07-01', [reviewNotice('2027-06-01')])).slice(2)).toEqual([
      '2027-05-09 expired',
      '2027-06-01 review-pending',
    ]);
  });

  it('a notice not yet published on the as-of day changes nothing', () => {
    expect(kinds(clusterTimeline(recognized, '2027-05-20', [reviewNotice('2027-05-21')])).at(-1)).toBe(
      '2027-05-09 expired',
    );
  });
});

/** Announcement events for rule tests: one cluster's announcements, made up by date, action and level. */
import type { ClusterEvent, ReviewNotice } from '../../src/rules/cluster-status.ts';

export const event = (
  date: string,
  action: ClusterEvent['action'] = 'recognize',
  level: ClusterEvent['level'] = '市级',
): ClusterEvent => ({
  announcement: `a-${date}`,
  title: `公布 ${date}`,
  date,
  action,
  level,
});

/** A notice proposing the review of a municipal title, published on `publishedOn`, closed by a result on `closedOn` if given. */
export const reviewNotice = (publishedOn: string, closedOn?: string): ReviewNotice => ({
  notice: `n-${publishedOn}`,
  title: `复核公示 ${publishedOn}`,
  level: '市级',
  publishedOn,
  closedOn,
});

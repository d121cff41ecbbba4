/** Announcement events for rule tests: one cluster's announcements, made up by date, action and level. */
import type { ClusterEvent } from '../../src/lib/cluster-status.ts';

export const event = (date: string, action: ClusterEvent['action'] = 'recognize', level: ClusterEvent['level'] = '市级'): ClusterEvent => ({
  announcement: `a-${date}`,
  title: `公布 ${date}`,
  date,
  action,
  level,
});

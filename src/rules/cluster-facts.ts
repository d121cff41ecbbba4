/**
 * What a page carries so the reader's browser can recompute a cluster's
 * status and timeline when the static page has aged: the announcements in
 * effect and the review notices published on the build day — the inputs of
 * clusterStatus and clusterTimeline, which the browser runs unchanged. Only
 * what the page already shows goes in: a notice's result dated after the
 * build day is left out, so an aged page never reveals it early.
 */
import type { CalendarDate } from './dates.ts';
import { type ClusterEvent, type ReviewNotice, effectiveDay } from './cluster-status.ts';

export interface ClusterFacts {
  events: ClusterEvent[];
  reviews: ReviewNotice[];
}

/** The facts of one cluster as of `asOf` (its status's events and reviews). */
export function clusterFacts(
  status: { events: readonly ClusterEvent[]; reviews: readonly ReviewNotice[] },
  asOf: CalendarDate,
): ClusterFacts {
  return {
    events: status.events.filter((e) => effectiveDay(e.date) <= asOf),
    reviews: status.reviews
      .filter((r) => r.publishedOn <= asOf)
      .map((r) => (r.closedOn && effectiveDay(r.closedOn) > asOf ? { ...r, closedOn: undefined } : r)),
  };
}

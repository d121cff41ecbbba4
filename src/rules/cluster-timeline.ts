/**
 * A cluster's history as a timeline: the announcements that name it, plus the
 * two dates the measures fix without an announcement — the start of the year
 * in which a municipal title must be reviewed, and the day after its term
 * ends without a passed review. Computed with the same term rule as
 * cluster-status.ts, so the timeline and the status badge never disagree.
 */
import type { Action, RevocationGround } from '../schemas/announcement.ts';
import { type CalendarDate, type PartialDate, addDays, yearOf } from './dates.ts';
import { MUNICIPAL, type Level } from './levels.ts';
import { anchorOf } from './numbering.ts';
import {
  type ClusterEvent,
  type ReviewNotice,
  effectiveDay,
  municipalValidUntil,
  termReview,
} from './cluster-status.ts';

/** The anchor of the item of 管理办法 第十四条 a revocation rests on: 第十四条-一 for ground 一. */
export function groundAnchor(ground: RevocationGround): string {
  return anchorOf.within(ground, anchorOf.article('十四'));
}

/** What happened (or will happen) on a timeline date. */
export type TimelineKind = Action | 'review-due' | 'expired' | 'review-pending' | 'review-failed';

export interface TimelineItem {
  date: PartialDate;
  kind: TimelineKind;
  level: Level;
  /** The announcement, for items that are announcements. */
  announcement?: { id: string; title: string };
  reason?: string;
  ground?: RevocationGround;
  /** Policy whose 第十四条 the revocation applies (the first policy the announcement cites). */
  groundPolicy?: string;
  /** For recognitions and passed reviews: the last day of the term they start, where a rule fixes one. */
  validUntil?: CalendarDate;
  /** True for a date after the as-of day that follows from the rules (review year, end of term). */
  future: boolean;
  /** The day after a term ended: the title left the registry (expired, or awaiting its review result). */
  lapse?: boolean;
  /** The review notice an item rests on (review-pending, review-failed). */
  notice?: { id: string; title: string };
}

/** The colour tone that repeats what a timeline item means (the words carry it), as badges and statuses do. */
export const TIMELINE_TONE: Record<TimelineKind, 'ok' | 'warn' | 'bad'> = {
  recognize: 'ok',
  'review-passed': 'ok',
  'review-due': 'warn',
  'review-pending': 'warn',
  expired: 'bad',
  'review-failed': 'bad',
  revoke: 'bad',
  cancel: 'bad',
};

const byDay = (a: { date: PartialDate }, b: { date: PartialDate }) => {
  const x = effectiveDay(a.date);
  const y = effectiveDay(b.date);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * 管理办法 第十三条: a municipal term is five years; the expiry year is the
 * review year; without a passed review the title lapses the day after the
 * term ends. For each municipal term this adds the review-year and lapse
 * dates that fall before the term was renewed or ended; for the current
 * term it adds them as future dates. Where a notice proposing the term's
 * review is on file (`reviews`), the lapse is a wait for the result
 * (review-pending), and a result that does not renew the term is a failed
 * review on the day it takes effect — the same rule as clusterStatus.
 */
export function clusterTimeline(
  events: readonly ClusterEvent[],
  asOf: CalendarDate,
  reviews: readonly ReviewNotice[] = [],
): TimelineItem[] {
  const past = events.filter((e) => effectiveDay(e.date) <= asOf).sort(byDay);
  const items: TimelineItem[] = past.map((e) => ({
    date: e.date,
    kind: e.action,
    level: e.level,
    announcement: { id: e.announcement, title: e.title },
    reason: e.reason,
    ground: e.ground,
    groundPolicy: e.ground ? e.basis?.[0] : undefined,
    validUntil:
      (e.action === 'recognize' || e.action === 'review-passed') && e.level === MUNICIPAL
        ? municipalValidUntil(e.date)
        : undefined,
    future: false,
  }));

  const municipal = past.filter((e) => e.level === MUNICIPAL);
  municipal.forEach((e, i) => {
    if (e.action !== 'recognize' && e.action !== 'review-passed') return;
    // The term ends early at the next municipal announcement (renewal, revocation, cancellation).
    const next = municipal[i + 1];
    const nextDay = next ? effectiveDay(next.date) : undefined;
    const until = municipalValidUntil(e.date);
    const reviewFrom = `${yearOf(until)}-01-01`;
    const lapse = addDays(until, 1);
    if (!nextDay || nextDay > reviewFrom) {
      items.push({
        date: reviewFrom,
        kind: 'review-due',
        level: MUNICIPAL,
        validUntil: until,
        future: reviewFrom > asOf,
      });
    }
    if (nextDay && nextDay <= until) return;
    // The term's review notice as the lapse day saw it, and as the as-of day (or the day before the next announcement) sees it.
    const atLapse = lapse <= asOf ? termReview(reviews, MUNICIPAL, e.date, lapse) : undefined;
    const link = (r: ReviewNotice) => ({ id: r.notice, title: r.title });
    items.push({
      date: lapse,
      kind: !atLapse ? 'expired' : atLapse.closed ? 'review-failed' : 'review-pending',
      level: MUNICIPAL,
      validUntil: until,
      future: lapse > asOf,
      lapse: true,
      notice: atLapse && link(atLapse.notice),
    });
    if (lapse > asOf) return;
    const later = termReview(reviews, MUNICIPAL, e.date, nextDay && nextDay <= asOf ? addDays(nextDay, -1) : asOf);
    if (!later || (atLapse?.notice === later.notice && atLapse.closed)) return;
    // A notice published after the lapse: the wait for its result starts then.
    if (later.notice !== atLapse?.notice) {
      items.push({
        date: later.notice.publishedOn,
        kind: 'review-pending',
        level: MUNICIPAL,
        validUntil: until,
        future: false,
        notice: link(later.notice),
      });
    }
    // Its result, in effect, did not renew the term (a renewal would be the next announcement, after which nothing is looked at).
    if (later.closed) {
      items.push({
        date: later.notice.closedOn!,
        kind: 'review-failed',
        level: MUNICIPAL,
        validUntil: until,
        future: false,
        notice: link(later.notice),
      });
    }
  });
  // Stable: announcements before derived dates on the same day.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => byDay(a.item, b.item) || a.i - b.i)
    .map(({ item }) => item);
}

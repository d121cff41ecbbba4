/**
 * A cluster's titles and status as of a day, derived only from the
 * announcements that name it (never typed into the cluster's own file).
 * Statuses are codes; src/i18n/cluster-status.ts words them.
 */
import type { Action, RevocationGround } from '../schemas/announcement.ts';
import { type CalendarDate, type PartialDate, addDays, addYears, partialEnd, yearOf } from './dates.ts';
import { LEVELS, MUNICIPAL, type Level } from './levels.ts';

/** An announcement as it concerns one cluster. */
export interface ClusterEvent {
  announcement: string;
  title: string;
  /** Date as published (may be partial for reported facts). */
  date: PartialDate;
  action: Action;
  level: Level;
  /** Reason given for a revocation. */
  reason?: string;
  /** Item of 管理办法 第十四条 a revocation rests on ('一', '二' or '三'). */
  ground?: RevocationGround;
  /** Policies the announcement cites (ids), to link the article it applies. */
  basis?: readonly string[];
}

/**
 * A cluster's entry in a publicity notice that proposes its review (公示,
 * 复核): it shows the cluster applied for review (管理办法 第十三条).
 */
export interface ReviewNotice {
  notice: string;
  title: string;
  level: Level;
  publishedOn: CalendarDate;
  /** Date of the announcement that closed the notice (its result), if any. */
  closedOn?: PartialDate;
}

export type TitleCode =
  'valid' | 'review-due' | 'review-pending' | 'expired' | 'review-failed' | 'revoked' | 'cancelled';
export type ClusterCode = TitleCode | 'not-recognized';

/** Badge tone of each status, shared by every page that shows one. */
export const CLUSTER_STATUS_TONE: Record<ClusterCode, 'ok' | 'warn' | 'info' | 'bad' | 'muted'> = {
  valid: 'ok',
  'review-due': 'warn',
  'review-pending': 'info',
  expired: 'bad',
  'review-failed': 'bad',
  revoked: 'bad',
  cancelled: 'bad',
  'not-recognized': 'muted',
};

/** A title's code while it holds: on the registry. */
export const isHeld = (code: ClusterCode): boolean => code === 'valid' || code === 'review-due';

/** One title (市级, 省级 or 国家级) a cluster holds or held. */
export interface Title {
  level: Level;
  /** Announcement date of the first recognition at this level. */
  since: PartialDate;
  /** Announcement date of the latest recognition or passed review. */
  renewedOn: PartialDate;
  /** Last day of validity, where a rule in the seeds fixes one (municipal: five years). */
  validUntil?: CalendarDate;
  code: TitleCode;
  /** The announcement that ended the title (revoke or cancel). */
  endedBy?: ClusterEvent;
  /** The review notice of an expired term: awaiting its result, or closed without a passed review. */
  review?: { id: string; title: string };
}

export interface ClusterStatus {
  code: ClusterCode;
  /** Highest level currently held. */
  level?: Level;
  titles: Title[];
  /** Events on or before the as-of day, oldest first. */
  events: ClusterEvent[];
  /** Review notices published on or before the as-of day, oldest first. */
  reviews: ReviewNotice[];
}

/** The day a (possibly partial) announcement date is certainly in effect. */
export function effectiveDay(date: PartialDate): CalendarDate {
  return partialEnd(date);
}

/**
 * 管理办法 第十三条: a municipal title is valid for five years; in the year it
 * expires the cluster must apply for review; without a passed review the
 * title is cancelled. The term runs from the announcement day to the day
 * before its fifth anniversary. A passed review starts a new five-year term
 * from the review announcement (the measures do not say otherwise).
 * Provincial and national terms are set by other bodies' rules, which are not
 * among our sources, so no expiry is computed for them.
 */
export function municipalValidUntil(recognizedOn: PartialDate): CalendarDate {
  return addDays(addYears(effectiveDay(recognizedOn), 5), -1);
}

/**
 * The review notice for the term that began on `termStart`, as it stands on
 * `day`: the latest one at `level` published after the term began and on or
 * before `day`; `closed` once the announcement that closed it is in effect.
 */
export function termReview(
  reviews: readonly ReviewNotice[],
  level: Level,
  termStart: PartialDate,
  day: CalendarDate,
): { notice: ReviewNotice; closed: boolean } | undefined {
  const start = effectiveDay(termStart);
  const notice = reviews.filter((r) => r.level === level && r.publishedOn > start && r.publishedOn <= day).at(-1);
  if (!notice) return undefined;
  return { notice, closed: notice.closedOn !== undefined && effectiveDay(notice.closedOn) <= day };
}

/**
 * Titles and overall status of one cluster as of `asOf`.
 *
 * A municipal term that has ended without a passed review is cancelled
 * (第十三条: 有效期满未申请复核或经复核未达标的，取消其称号) — unless a notice
 * proposing its review is on file: the cluster applied, so until the result
 * is announced the title is 'review-pending' (not on the registry, not
 * cancelled either); a result that does not pass it makes it 'review-failed'.
 */
export function clusterStatus(
  events: readonly ClusterEvent[],
  asOf: CalendarDate,
  reviewNotices: readonly ReviewNotice[] = [],
): ClusterStatus {
  const reviews = reviewNotices
    .filter((r) => r.publishedOn <= asOf)
    .sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0));
  const past = events
    .filter((e) => effectiveDay(e.date) <= asOf)
    .sort((a, b) =>
      effectiveDay(a.date) < effectiveDay(b.date) ? -1 : effectiveDay(a.date) > effectiveDay(b.date) ? 1 : 0,
    );

  const titles = new Map<Level, Title>();
  for (const e of past) {
    const current = titles.get(e.level);
    switch (e.action) {
      case 'recognize':
      case 'review-passed': {
        const fresh = !current || !isHeld(current.code);
        titles.set(e.level, {
          level: e.level,
          since: fresh ? e.date : current.since,
          renewedOn: e.date,
          validUntil: e.level === MUNICIPAL ? municipalValidUntil(e.date) : undefined,
          code: 'valid',
        });
        break;
      }
      case 'revoke':
      case 'cancel':
        if (current)
          titles.set(e.level, { ...current, code: e.action === 'revoke' ? 'revoked' : 'cancelled', endedBy: e });
        break;
    }
  }

  for (const t of titles.values()) {
    if (t.code !== 'valid' || !t.validUntil) continue;
    if (t.validUntil < asOf) {
      const review = termReview(reviews, t.level, t.renewedOn, asOf);
      t.code = !review ? 'expired' : review.closed ? 'review-failed' : 'review-pending';
      if (review) t.review = { id: review.notice.notice, title: review.notice.title };
    } else if (yearOf(t.validUntil) === yearOf(asOf)) t.code = 'review-due';
  }

  const list = LEVELS.map((l) => titles.get(l)).filter((t): t is Title => Boolean(t));
  const active = list.filter((t) => isHeld(t.code));
  let code: ClusterCode;
  let level: Level | undefined;
  if (active.length > 0) {
    level = active.at(-1)!.level;
    code = active.some((t) => t.code === 'review-due') ? 'review-due' : 'valid';
  } else if (list.length === 0) {
    code = 'not-recognized';
  } else {
    // Nothing held any more: report how the most recent title ended.
    const last = [...list].sort((a, b) => (effectiveDay(a.renewedOn) < effectiveDay(b.renewedOn) ? -1 : 1)).at(-1)!;
    code = last.code;
  }
  return { code, level, titles: list, events: past, reviews };
}

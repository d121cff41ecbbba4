/**
 * Status of a publicity notice (公示) as of a day. Pure and browser-safe: the
 * page carries the dates and a small script recomputes this in the reader's
 * browser, because a static page ages. It answers with a code and the days
 * counted; src/i18n/notice-status.ts words them.
 */
import { type CalendarDate, type PartialDate, daysBetween, partialEnd } from './dates.ts';

export type NoticeCode = 'upcoming' | 'open' | 'closed' | 'concluded';

export interface NoticeStatus {
  code: NoticeCode;
  /** Days left including today (open), or days until opening (upcoming). */
  days?: number;
}

/** The announcement that closed the notice, if any. */
export interface Outcome {
  id: string;
  date: PartialDate;
}

/** 公示期 is inclusive of both days, in Asia/Shanghai. */
export function noticeStatus(
  period: { from: CalendarDate; to: CalendarDate },
  asOf: CalendarDate,
  outcome?: Outcome,
): NoticeStatus {
  if (outcome && partialEnd(outcome.date) <= asOf) return { code: 'concluded' };
  if (asOf < period.from) return { code: 'upcoming', days: daysBetween(asOf, period.from) };
  if (asOf <= period.to) return { code: 'open', days: daysBetween(asOf, period.to) + 1 };
  return { code: 'closed' };
}

/** Badge tone of each status (公示中 stands out); shared by the build and the in-browser refresh. */
export const NOTICE_BADGE_TONE: Record<NoticeCode, string> = {
  open: 'warn',
  upcoming: 'info',
  closed: 'muted',
  concluded: 'ok',
};
/** Banner tone of each status on a notice's own page. */
export const NOTICE_BANNER_TONE: Record<NoticeCode, string> = {
  open: 'warn',
  upcoming: 'info',
  closed: 'info',
  concluded: 'ok',
};

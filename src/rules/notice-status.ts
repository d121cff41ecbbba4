/**
 * Status of a publicity notice (公示) as of a day. Pure and browser-safe: the
 * page carries the dates and a small script recomputes this in the reader's
 * browser, because a static page ages.
 */
import { type CalendarDate, type PartialDate, daysBetween, partialEnd } from './dates.ts';

export type NoticeCode = 'upcoming' | 'open' | 'closed' | 'concluded';

export interface NoticeStatus {
  code: NoticeCode;
  /** Short badge text. */
  label: string;
  /** One sentence with the numbers. */
  detail: string;
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
  if (outcome && partialEnd(outcome.date) <= asOf) {
    return { code: 'concluded', label: '已公布结果', detail: '公示期已结束，结果已正式公布。' };
  }
  if (asOf < period.from) {
    const days = daysBetween(asOf, period.from);
    return {
      code: 'upcoming',
      label: '尚未开始',
      detail: days === 1 ? '明天开始公示。' : `${days} 天后开始公示。`,
      days,
    };
  }
  if (asOf <= period.to) {
    const days = daysBetween(asOf, period.to) + 1;
    return {
      code: 'open',
      label: '公示中',
      detail: days === 1 ? '今天是公示期最后一天。' : `公示期还剩 ${days} 天（含今天）。`,
      days,
    };
  }
  return { code: 'closed', label: '公示期满', detail: '公示期已结束，正式结果尚未公布。' };
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

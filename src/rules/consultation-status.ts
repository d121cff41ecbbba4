/**
 * Status of a 意见征集 as of a day: computed like a 公示's (the period is
 * inclusive, Asia/Shanghai), and concluded once its 反馈 is published
 * rather than once a 公布 closes it. Browser-safe: the page's badge
 * recomputes it in the reader's browser.
 */
import type { CalendarDate } from './dates.ts';
import { type NoticeStatus, noticeStatus } from './notice-status.ts';

export function consultationStatus(
  period: { from: CalendarDate; to: CalendarDate },
  asOf: CalendarDate,
  feedbackOn?: CalendarDate,
): NoticeStatus {
  return noticeStatus(period, asOf, feedbackOn ? { id: 'feedback', date: feedbackOn } : undefined);
}

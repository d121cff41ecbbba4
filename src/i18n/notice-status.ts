/**
 * The words of a notice's status (src/rules/notice-status.ts): a short
 * badge and one sentence with the days. The build and the badge's script in
 * the reader's browser (NoticeStatusBadge.astro) both use this module.
 */
import type { NoticeStatus } from '../rules/notice-status.ts';

export const noticeStatusText = {
  /** Short badge text. */
  label: {
    upcoming: '尚未开始',
    open: '公示中',
    closed: '公示期满',
    concluded: '已公布结果',
  } satisfies Record<NoticeStatus['code'], string>,
  /** One sentence with the numbers. */
  detail: ({ code, days }: NoticeStatus): string => {
    switch (code) {
      case 'upcoming':
        return days === 1 ? '明天开始公示。' : `${days} 天后开始公示。`;
      case 'open':
        return days === 1 ? '今天是公示期最后一天。' : `公示期还剩 ${days} 天（含今天）。`;
      case 'closed':
        return '公示期已结束，正式结果尚未公布。';
      case 'concluded':
        return '公示期已结束，结果已正式公布。';
    }
  },
} as const;

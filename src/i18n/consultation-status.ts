/**
 * The words of a 意见征集's status (src/rules/consultation-status.ts): a
 * short badge and one sentence with the days. The build and the badge's
 * script in the reader's browser (ConsultationStatusBadge.astro) both use it.
 */
import type { NoticeStatus } from '../rules/notice-status.ts';

export const consultationStatusText = {
  label: {
    upcoming: '尚未开始',
    open: '征求意见中',
    closed: '征求意见已结束',
    concluded: '已反馈',
  } satisfies Record<NoticeStatus['code'], string>,
  detail: ({ code, days }: NoticeStatus): string => {
    switch (code) {
      case 'upcoming':
        return days === 1 ? '明天开始征求意见。' : `${days} 天后开始征求意见。`;
      case 'open':
        return days === 1 ? '今天是提交意见的最后一天。' : `还可提交意见 ${days} 天（含今天）。`;
      case 'closed':
        return '征求意见已结束，意见反馈尚未发布。';
      case 'concluded':
        return '征求意见已结束，意见反馈已发布。';
    }
  },
  refreshed: (date: string) => `状态按${date}（北京时间，您的浏览器）计算。`,
} as const;

/**
 * A cluster's timeline (src/rules/cluster-timeline.ts): its announcements and
 * the dates 管理办法 第十三条 fixes without one; and the items of 第十四条 a
 * revocation may rest on.
 */
import type { TimelineItem } from '../rules/cluster-timeline.ts';
import { formatDate } from './dates.ts';

/** The heading of an item: future dates are phrased as what will happen if nothing changes. */
function headline(item: TimelineItem): string {
  const T = timelineText;
  if (item.future && item.kind === 'review-due') return T.futureReviewDue(item.level);
  if (item.future && item.kind === 'expired') return T.futureExpired(item.level);
  return T[item.kind](item.level);
}

/**
 * The notes under an item that follow from 管理办法 第十三条 (its term, the
 * review year, the lapse), in the order the page shows them; the build and
 * the in-browser refresh (src/client/cluster-refresh.ts) both word items here.
 */
function notes(item: TimelineItem): string[] {
  const T = timelineText;
  const until = item.validUntil && formatDate(item.validUntil);
  const out: string[] = [];
  if (!until) return item.kind === 'review-failed' ? [T.reviewFailedNote] : out;
  if (item.kind === 'recognize' || item.kind === 'review-passed') out.push(T.validUntil(until));
  if (item.kind === 'review-due') out.push(T.reviewDueNote(until));
  if (item.kind === 'expired' && !item.future) out.push(T.expiredNote(until));
  if (item.kind === 'review-pending') out.push(T.reviewPendingNote(until));
  if (item.kind === 'review-failed') out.push(T.reviewFailedNote);
  return out;
}

export const timelineText = {
  headline,
  notes,
  recognize: (level: string) => `认定为${level}特色产业集群`,
  'review-passed': (level: string) => `${level}称号复核通过`,
  revoke: (level: string) => `撤销${level}称号`,
  cancel: (level: string) => `取消${level}称号`,
  'review-due': (level: string) => `进入${level}称号复核年度`,
  expired: (level: string) => `${level}称号有效期满未复核，称号取消`,
  'review-pending': (level: string) => `${level}称号有效期满，复核结果待公布`,
  'review-failed': (level: string) => `${level}称号复核未通过，称号取消`,
  reviewDueNote: (until: string) =>
    `有效期至${until}；有效期满当年须按申报条件和程序申请复核（《管理办法》第十三条）。`,
  expiredNote: (until: string) => `有效期至${until}，其后未见复核通过的公布（《管理办法》第十三条）。`,
  reviewPendingNote: (until: string) =>
    `有效期至${until}。该集群已列入复核公示，正式结果公布前称号不计入有效名单，也不视为取消（《管理办法》第十三条）。`,
  reviewFailedNote: '复核结果已公布，该集群未列入复核通过名单；经复核未达标的，取消其称号（《管理办法》第十三条）。',
  reviewNotice: '复核公示',
  validUntil: (until: string) => `有效期至${until}`,
  future: '（尚未到来）',
  futureReviewDue: (level: string) => `将进入${level}称号复核年度`,
  futureExpired: (level: string) =>
    `${level}称号有效期届满次日：届时未复核通过的，取消称号（已列入复核公示的，待结果公布）`,
  ground: (item: string) => `依据第十四条第${item}项`,
  derived: '依规则推算',
  legend: '带“依规则推算”的条目不是公布文件，而是按《管理办法》第十三条由公布日期推算的日期。',
} as const;

/** 管理办法 第十四条: the grounds of a revocation, by item. */
export const revocationGroundsText = {
  一: '弄虚作假，或违反相关法律法规的',
  二: '被证实不符合本办法规定条件和要求的',
  三: '入驻企业满意度低、反映问题较多等其他应予以撤销的情形',
} as const;

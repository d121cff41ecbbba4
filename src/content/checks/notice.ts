/**
 * Notices (公示): the documents they rest on exist; each entry names a known
 * cluster or a known county; the notice is not dated after its own period;
 * and an entry proposing a review, revocation or cancellation names a
 * cluster that holds that title when the notice is published (a revoked
 * title cannot be proposed for review: only a new recognition restores it).
 */
import type { Action } from '../../schemas/announcement.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';
import { Titles } from './titles.ts';

const ENTRY_ACTION: Record<string, Action> = { 复核: 'review-passed', 撤销: 'revoke', 取消: 'cancel' };

export function noticeProblems(c: Content, refs: References): Problem[] {
  const titles = new Titles(c);
  return c.notices.flatMap((n) => [
    ...refs.check(n.file, 'basis', 'policy', n.data.basis),
    ...(n.data.publishedOn > n.data.period.to
      ? [
          {
            file: n.file,
            field: 'publishedOn',
            message: `发布日期（${n.data.publishedOn}）晚于公示期的结束日（${n.data.period.to}）：公示必须在公示期结束前发布，请核对 publishedOn 和 period（发布日期通常就是公示开始日）`,
          },
        ]
      : []),
    ...n.data.entries.flatMap((e, i) => {
      const problems = [
        ...refs.checkOne(n.file, `entries.${i}.cluster`, 'cluster', e.cluster),
        ...refs.county(n.file, `entries.${i}.county`, e.county),
      ];
      if (!e.cluster || !ENTRY_ACTION[e.action] || problems.length > 0) return problems;
      const { standing, by } = titles.standing(e.cluster, e.level, n.data.publishedOn);
      if (standing === 'held') return problems;
      const field = `entries.${i}`;
      problems.push({
        file: n.file,
        field,
        message:
          standing === 'never'
            ? `集群 ${e.cluster} 在 ${n.data.publishedOn} 并不持有${e.level}称号：「${e.action}」只能针对持有该称号的集群。请核对集群和级别；若是新认定，action 应为 认定`
            : `集群 ${e.cluster} 的${e.level}称号已被 ${by} ${standing === 'revoke' ? '撤销' : '取消'}：不能再「${e.action}」${e.action === '复核' ? '，只能作为新候选重新申报认定（action: 认定）' : ''}。请删除这一项或改正`,
      });
      return problems;
    }),
  ]);
}

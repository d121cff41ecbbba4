/**
 * Announcements (公布): the clusters and documents they name exist; the
 * notice a result closes exists, is closed once, had ended before the result
 * was announced, and proposed exactly what the result names, with the same
 * action and level; a review, revocation or cancellation names clusters
 * that hold that title on that day, and a revoked or cancelled title never
 * passes a review (only a new recognition, through a new 公示, restores it).
 * Without these a wrong status would be published silently.
 */
import type { Action, Announcement } from '../../schemas/announcement.ts';
import type { Notice } from '../../schemas/notice.ts';
import { clusterNameKey } from '../../rules/cluster-names.ts';
import { partialEnd } from '../../rules/dates.ts';
import type { Content, Entry } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';
import { Titles } from './titles.ts';

/** The action a notice entry writes for each action of an announcement. */
export const NOTICE_ACTION: Record<Action, Notice['entries'][number]['action']> = {
  recognize: '认定',
  'review-passed': '复核',
  revoke: '撤销',
  cancel: '取消',
};

const ACTION_WORD: Record<Action, string> = {
  recognize: '认定',
  'review-passed': '复核通过',
  revoke: '撤销',
  cancel: '取消',
};

/** The entry of `notice` that proposes `clusterId` (by id, or by name and county for a candidate without a file). */
export function proposedEntry(
  notice: Notice,
  cluster: { id: string; name?: string; county?: string },
  counties: readonly string[],
): Notice['entries'][number] | undefined {
  return notice.entries.find(
    (e) =>
      e.cluster === cluster.id ||
      (e.name !== undefined &&
        cluster.name !== undefined &&
        clusterNameKey(e.name, counties) === clusterNameKey(cluster.name, counties) &&
        (e.county === undefined || e.county === cluster.county)),
  );
}

/** A result names only what its notice proposed, with the same action and level. */
function closesProblems(a: Entry<Announcement>, notice: Entry<Notice>, c: Content, counties: string[]): Problem[] {
  const problems: Problem[] = [];
  a.data.clusters.forEach((id, i) => {
    const cluster = c.clusters.find((x) => x.id === id);
    const entry = proposedEntry(notice.data, { id, name: cluster?.data.name, county: cluster?.data.county }, counties);
    const field = `clusters.${i}`;
    if (!entry) {
      problems.push({
        file: a.file,
        field,
        message: `集群 ${id}${cluster ? `（${cluster.data.name}）` : ''}不在所对应的公示 ${notice.file} 的名单中：公布只能列出公示过的集群。请核对 closes 是否指向正确的公示；若确需认定，应先另行公示`,
      });
      return;
    }
    const want = NOTICE_ACTION[a.data.action];
    if (entry.action !== want || entry.level !== a.data.level) {
      problems.push({
        file: a.file,
        field,
        message: `集群 ${id} 在公示 ${notice.file} 中是「${entry.level}·${entry.action}」，本公布却是「${a.data.level}·${ACTION_WORD[a.data.action]}」：公布的级别和类别必须与公示一致，请改正 level、action，或核对 closes`,
      });
    }
  });
  return problems;
}

/** A review, revocation or cancellation names clusters that hold that title on its day. */
function standingProblems(a: Entry<Announcement>, titles: Titles): Problem[] {
  if (a.data.action === 'recognize') return [];
  const day = partialEnd(a.data.date);
  return a.data.clusters.flatMap((id, i) => {
    const { standing, by } = titles.standing(id, a.data.level, day, a.id);
    if (standing === 'held') return [];
    const field = `clusters.${i}`;
    if (standing === 'never')
      return [
        {
          file: a.file,
          field,
          message: `集群 ${id} 在 ${a.data.date} 并不持有${a.data.level}称号（此前没有认定它的公布）：${ACTION_WORD[a.data.action]}只能针对持有该称号的集群。请核对集群、级别（level）和日期；若是新认定，action 应为 recognize`,
        },
      ];
    const ended = standing === 'revoke' ? '撤销' : '取消';
    return [
      {
        file: a.file,
        field,
        message:
          a.data.action === 'review-passed'
            ? `集群 ${id} 的${a.data.level}称号已被 ${by} ${ended}：被${ended}的称号不能经复核恢复，只能经新的公示重新认定（action: recognize，closes 指向新的公示）。请删除这一项，或改为重新认定`
            : `集群 ${id} 的${a.data.level}称号已被 ${by} ${ended}，不能再${ACTION_WORD[a.data.action]}：请删除这一项，或核对集群和级别`,
      },
    ];
  });
}

export function announcementProblems(c: Content, refs: References): Problem[] {
  const problems: Problem[] = [];
  const closedBy = new Map<string, Entry<Announcement>>();
  const titles = new Titles(c);
  const counties = [...refs.counties];
  for (const a of c.announcements) {
    problems.push(...refs.check(a.file, 'clusters', 'cluster', a.data.clusters));
    problems.push(...refs.check(a.file, 'basis', 'policy', a.data.basis));
    problems.push(...standingProblems(a, titles));
    const closes = a.data.closes;
    if (!closes) continue;
    if (!refs.exists('notice', closes)) {
      problems.push(refs.missing(a.file, 'closes', 'notice', closes));
      continue;
    }
    const earlier = closedBy.get(closes);
    if (earlier) {
      problems.push({
        file: a.file,
        field: 'closes',
        message: `公示「${closes}」已由 ${earlier.file} 公布结果：一次公示只能对应一次公布，请核对 closes`,
      });
    }
    closedBy.set(closes, a);
    const notice = c.notices.find((n) => n.id === closes);
    if (!notice) continue;
    if (partialEnd(a.data.date) <= notice.data.period.to) {
      problems.push({
        file: a.file,
        field: 'date',
        message: `公布日期（${a.data.date}）不晚于所对应公示的结束日（${notice.data.period.to}）：公示期满后才能公布结果，请核对公布日期或 closes`,
      });
    }
    problems.push(...closesProblems(a, notice, c, counties));
  }
  return problems;
}

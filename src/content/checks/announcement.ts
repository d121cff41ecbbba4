/**
 * Announcements (公布): the clusters and documents they name exist, and the
 * notice a result closes exists, is closed once, and had ended before the
 * result was announced.
 */
import type { Announcement } from '../../schemas/announcement.ts';
import type { Content, Entry } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function announcementProblems(c: Content, refs: References): Problem[] {
  const problems: Problem[] = [];
  const closedBy = new Map<string, Entry<Announcement>>();
  for (const a of c.announcements) {
    problems.push(...refs.check(a.file, 'clusters', 'cluster', a.data.clusters));
    problems.push(...refs.check(a.file, 'basis', 'policy', a.data.basis));
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
    if (notice && a.data.date.length === 10 && a.data.date <= notice.data.period.to) {
      problems.push({
        file: a.file,
        field: 'date',
        message: `公布日期（${a.data.date}）不晚于所对应公示的结束日（${notice.data.period.to}）：公示期满后才能公布结果，请核对公布日期或 closes`,
      });
    }
  }
  return problems;
}

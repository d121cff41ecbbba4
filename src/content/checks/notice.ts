/** Notices (公示): the documents they rest on exist, and each entry names a known cluster or a known county. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function noticeProblems(c: Content, refs: References): Problem[] {
  return c.notices.flatMap((n) => [
    ...refs.check(n.file, 'basis', 'policy', n.data.basis),
    ...n.data.entries.flatMap((e, i) => [
      ...refs.checkOne(n.file, `entries.${i}.cluster`, 'cluster', e.cluster),
      ...refs.county(n.file, `entries.${i}.county`, e.county),
    ]),
  ]);
}

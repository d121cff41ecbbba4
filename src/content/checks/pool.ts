/** Published 培育库 lists: the documents they rest on exist, and each entry names a known cluster or a known county. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function poolProblems(c: Content, refs: References): Problem[] {
  return c.pools.flatMap((p) => [
    ...refs.check(p.file, 'basis', 'policy', p.data.basis),
    ...p.data.entries.flatMap((e, i) => [
      ...refs.checkOne(p.file, `entries.${i}.cluster`, 'cluster', e.cluster),
      ...refs.county(p.file, `entries.${i}.county`, e.county),
    ]),
  ]);
}

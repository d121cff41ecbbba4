/** 转型升级标杆 selections: the clusters and documents they name exist. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function benchmarkProblems(c: Content, refs: References): Problem[] {
  return c.benchmarks.flatMap((b) => [
    ...refs.check(b.file, 'clusters', 'cluster', b.data.clusters),
    ...refs.check(b.file, 'basis', 'policy', b.data.basis),
  ]);
}

/** Settings that point into other files: the articles that create the pool and the 标杆 selection exist. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import { articleProblems } from './anchor.ts';
import type { References } from './references.ts';

const PURPOSE = { pool: '设立培育库', benchmarks: '规定评选转型升级标杆' } as const;

export function settingsProblems(c: Content, refs: References): Problem[] {
  const { settings, settingsFile } = refs;
  // Settings that failed their schema are reported already; there is nothing to follow.
  if (!settings || !settingsFile) return [];
  return (['pool', 'benchmarks'] as const).flatMap((list) => {
    const basis = settings.listBasis[list];
    return basis ? articleProblems(c, refs, settingsFile, `listBasis.${list}.`, basis, PURPOSE[list]) : [];
  });
}

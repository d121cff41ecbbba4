/** Settings that point into other files: the articles that create the pool and the 标杆 selection, and the articles of the rules the site applies, exist. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import { articleProblems } from './anchor.ts';
import type { References } from './references.ts';

const PURPOSE = { pool: '设立培育库', benchmarks: '规定评选转型升级标杆' } as const;
const RULE_PURPOSE = { publicity: '规定公示和正式公布', term: '规定称号有效期和复核' } as const;

export function settingsProblems(c: Content, refs: References): Problem[] {
  const { settings, settingsFile } = refs;
  // Settings that failed their schema are reported already; there is nothing to follow.
  if (!settings || !settingsFile) return [];
  const lists = (['pool', 'benchmarks'] as const).flatMap((list) => {
    const basis = settings.listBasis[list];
    return basis ? articleProblems(c, refs, settingsFile, `listBasis.${list}.`, basis, PURPOSE[list]) : [];
  });
  const rules = (['publicity', 'term'] as const).flatMap((rule) => {
    const basis = settings.rulesBasis[rule];
    return basis ? articleProblems(c, refs, settingsFile, `rulesBasis.${rule}.`, basis, RULE_PURPOSE[rule]) : [];
  });
  return [...lists, ...rules];
}

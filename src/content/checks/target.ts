/** A plan's targets: the plan exists, and the citation lands on the article that sets the targets. */
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import { articleProblems } from './anchor.ts';
import type { References } from './references.ts';

export function targetProblems(c: Content, refs: References): Problem[] {
  return c.targets.flatMap((t) => articleProblems(c, refs, t.file, '', t.data, '设定目标'));
}

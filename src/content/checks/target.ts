/** A plan's targets: the plan exists, and the citation lands on the article that sets the targets. */
import { anchorsOf } from '../../markdown/outline.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function targetProblems(c: Content, refs: References): Problem[] {
  const problems: Problem[] = [];
  for (const t of c.targets) {
    const policy = c.policies.find((p) => p.id === t.data.policy);
    if (!policy) {
      problems.push(refs.missing(t.file, 'policy', 'policy', t.data.policy));
      continue;
    }
    const anchors = anchorsOf(policy.body);
    if (!anchors.has(t.data.anchor)) {
      problems.push({
        file: t.file,
        field: 'anchor',
        message: `「${t.data.anchor}」不是《${policy.data.title}》正文中的锚点：请写设定目标的那一章、条或编号项的锚点（例如 ${[...anchors].slice(0, 6).join('、')}），可在该文件页面上用“复制链接”查看`,
      });
    }
  }
  return problems;
}

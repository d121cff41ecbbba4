/** A citation of one article of a policy on this site: the policy exists, and the anchor is in its text. */
import { anchorsOf } from '../../markdown/outline.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

/**
 * Problems of `policy` + `anchor` fields at `at` (the fields' path prefix,
 * '' for top-level fields) in `file`; `purpose` says which article is meant,
 * e.g. 设定目标 (the article that sets the targets).
 */
export function articleProblems(
  c: Content,
  refs: References,
  file: string,
  at: string,
  cited: { policy: string; anchor: string },
  purpose: string,
): Problem[] {
  const policy = c.policies.find((p) => p.id === cited.policy);
  if (!policy) return [refs.missing(file, `${at}policy`, 'policy', cited.policy)];
  const anchors = anchorsOf(policy.body);
  if (anchors.has(cited.anchor)) return [];
  return [
    {
      file,
      field: `${at}anchor`,
      message: `「${cited.anchor}」不是《${policy.data.title}》正文中的锚点：请写${purpose}的那一章、条或编号项的锚点（例如 ${[...anchors].slice(0, 6).join('、')}），可在该文件页面上用“复制链接”查看`,
    },
  ];
}

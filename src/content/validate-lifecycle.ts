/**
 * Cross-file rules of the lifecycle content: the cultivation pool (培育库),
 * the 转型升级标杆 selections, the plans' targets and the 云上展厅 images.
 * Called from validate.ts with its reference helpers, so every message has
 * the same wording as the other references.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf } from '../markdown/outline.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Problem } from './problems.ts';
import type { Kind } from './read.ts';
import type { Content } from './validate.ts';

export interface RefHelpers {
  /** Adds a problem (to the caller's list) for each id of `kind` that does not exist. */
  checkRefs(file: string, field: string, kind: Kind, list: readonly string[]): void;
  refProblem(file: string, field: string, kind: Kind, id: string): Problem;
  countyProblem(file: string, field: string, name: string): Problem;
  exists(kind: Kind, id: string): boolean;
  counties: Set<string>;
  settings: Settings | undefined;
}

export function lifecycleProblems(c: Content, h: RefHelpers, dir: string): Problem[] {
  const problems: Problem[] = [];

  for (const p of c.pools) {
    h.checkRefs(p.file, 'basis', 'policy', p.data.basis);
    p.data.entries.forEach((e, i) => {
      if (e.cluster && !h.exists('cluster', e.cluster)) problems.push(h.refProblem(p.file, `entries.${i}.cluster`, 'cluster', e.cluster));
      if (e.county && h.settings && !h.counties.has(e.county)) problems.push(h.countyProblem(p.file, `entries.${i}.county`, e.county));
    });
  }

  for (const b of c.benchmarks) {
    h.checkRefs(b.file, 'clusters', 'cluster', b.data.clusters);
    h.checkRefs(b.file, 'basis', 'policy', b.data.basis);
  }

  for (const t of c.targets) {
    const policy = c.policies.find((p) => p.id === t.data.policy);
    if (!policy) {
      problems.push(h.refProblem(t.file, 'policy', 'policy', t.data.policy));
      continue;
    }
    // The citation must land on the article that sets the targets.
    const anchors = anchorsOf(policy.body);
    if (!anchors.has(t.data.anchor)) {
      problems.push({
        file: t.file,
        field: 'anchor',
        message: `「${t.data.anchor}」不是《${policy.data.title}》正文中的锚点：请写设定目标的那一章、条或编号项的锚点（例如 ${[...anchors].slice(0, 6).join('、')}），可在该文件页面上用“复制链接”查看`,
      });
    }
  }

  for (const k of c.clusters) {
    k.data.showcase.forEach((img, i) => {
      const owner = img.file.split('/')[1];
      if (owner !== k.id) {
        problems.push({
          file: k.file,
          field: `showcase.${i}.file`,
          message: `图片应放在 showcase/${k.id}/ 目录下（现在是 ${img.file}）：每个集群的图片放在以其 id 命名的目录中，请移动图片并改正路径`,
        });
      } else if (!existsSync(join(dir, img.file))) {
        problems.push({
          file: k.file,
          field: `showcase.${i}.file`,
          message: `找不到图片文件 ${img.file}：请把图片放到内容目录的 ${img.file}，或改正路径`,
        });
      }
    });
  }
  return problems;
}

/** Cluster files: the county is on the settings list, and every 云上展厅 image is where the cluster says. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

export function clusterProblems(c: Content, refs: References, dir: string): Problem[] {
  const problems: Problem[] = [];
  for (const k of c.clusters) {
    problems.push(...refs.county(k.file, 'county', k.data.county));
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

/**
 * The bureau's own writing (MDX) against the allowed language: the parser's
 * findings (src/content/mdx-check.ts), then each component's attributes
 * against the content — a figure the model computes, a 图解 image in
 * content/figures/ with a real text alternative, a policy (and article) that
 * exists, a 新旧对比 of a policy that supersedes another. Official documents
 * stay plain Markdown: only a 政策解读 may be an .mdx policy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkMdx, type MdxUse } from '../mdx-check.ts';
import { anchorsOf } from '../../markdown/outline.ts';
import { LIVE_FIGURES, isLiveFigure } from '../../rules/live-figures.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

/** Where a 图解's image lives, inside the content directory. */
export const FIGURES_DIR = 'figures';
const IMAGE = /^[a-z0-9][a-z0-9-]*\.(png|jpg|jpeg|webp)$/;

function useProblems(c: Content, refs: References, file: string, use: MdxUse, dir: string): Problem[] {
  const at = (message: string): Problem => ({
    file,
    field: 'body',
    message: `正文第 ${use.line} 行 <${use.name}>：${message}`,
  });
  const a = use.attributes;
  const policyOf = (id: string) => c.policies.find((p) => p.id === id);
  switch (use.name) {
    case 'LiveFigure':
      return a.name === undefined || isLiveFigure(a.name)
        ? []
        : [at(`没有名为「${a.name}」的数字：name 只能是 ${LIVE_FIGURES.join('、')} 之一（由网站按当日数据计算）`)];
    case 'Diagram': {
      const out: Problem[] = [];
      if (a.src !== undefined) {
        if (!IMAGE.test(a.src)) {
          out.push(
            at(
              `src「${a.src}」不是图片文件名：请把图片放在内容目录的 ${FIGURES_DIR}/ 中，src 只写文件名（小写字母、数字、连字符，扩展名 png、jpg 或 webp；不收 svg：它可以带脚本），例如 src="liucheng.png"`,
            ),
          );
        } else if (!existsSync(join(dir, FIGURES_DIR, a.src))) {
          out.push(
            at(`找不到图片 ${FIGURES_DIR}/${a.src}：请把图片放进内容目录的 ${FIGURES_DIR}/ 文件夹，或改正文件名`),
          );
        }
      }
      if (a.alt !== undefined) {
        const alt = a.alt.trim();
        const stem = (a.src ?? '').replace(/\.[a-z]+$/, '');
        if (alt.length < 4 || alt === a.src || alt === stem || /^(图|图片|图解|image|img)\d*$/i.test(alt)) {
          out.push(
            at(
              `alt「${a.alt}」不能代替图片：请用一两句话写出图中的内容（看不到图片的读者只能读到这段文字），细节可写在 <Diagram> 的正文里`,
            ),
          );
        }
      }
      return out;
    }
    case 'PolicyCompare': {
      if (a.policy === undefined) return [];
      const p = policyOf(a.policy);
      if (!p) return [refs.missing(file, 'body', 'policy', a.policy)];
      const olds = p.data.supersedes;
      if (olds.length === 0) {
        return [at(`《${p.data.title}》没有写 supersedes（所替代的文件），无从对比：请对比一份写明了所替代文件的政策`)];
      }
      if (a.old !== undefined && !olds.includes(a.old)) {
        return [at(`old「${a.old}」不是《${p.data.title}》所替代的文件：请写 ${olds.join('、')} 之一`)];
      }
      if (a.old === undefined && olds.length > 1) {
        return [
          at(`《${p.data.title}》替代了 ${olds.length} 份文件：请用 old="…" 写明对比哪一份（${olds.join('、')}）`),
        ];
      }
      return [];
    }
    case 'ArticleLink': {
      if (a.policy === undefined) return [];
      const p = policyOf(a.policy);
      if (!p) return [refs.missing(file, 'body', 'policy', a.policy)];
      if (a.anchor === undefined) return [];
      const anchors = anchorsOf(p.body);
      return anchors.has(a.anchor)
        ? []
        : [
            at(
              `「${a.anchor}」不是《${p.data.title}》正文中的锚点：请写章、条或编号项的锚点，例如 ${[...anchors].slice(0, 6).join('、')}`,
            ),
          ];
    }
    default:
      return [];
  }
}

export function mdxProblems(c: Content, refs: References, dir: string): Problem[] {
  const problems: Problem[] = [];
  for (const p of c.policies) {
    if (p.mdx && p.data.kind !== '解读') {
      problems.push({
        file: p.file,
        field: 'kind',
        message: `正式文件（文种「${p.data.kind}」）必须是普通 Markdown：请把扩展名改为 .md；只有本局撰写的政策解读（kind: 解读）可以写成 .mdx`,
      });
    }
  }
  const bodies = [...c.policies.filter((p) => p.mdx), ...c.guides, ...c.consultations];
  for (const entry of bodies) {
    const { issues, uses } = checkMdx(entry.body, entry.bodyLine ?? 0);
    for (const issue of issues)
      problems.push({ file: entry.file, field: 'body', message: `正文第 ${issue.line} 行：${issue.message}` });
    for (const use of uses) problems.push(...useProblems(c, refs, entry.file, use, dir));
  }
  return problems;
}

/**
 * Files a policy offers for download: each attachment's `file` is a real
 * file under public/ (not a link, not a dotfile), so a link on the page is
 * never a dead end or a way off the site; and public/ itself holds no
 * symbolic link, which Astro would follow and publish whatever it points at.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import { publicDir, symlinkMessage, symlinksUnder } from '../public-files.ts';

export function filesProblems(c: Content, _refs: unknown, _dir: string, pub: string = publicDir()): Problem[] {
  const problems: Problem[] = [];
  for (const link of symlinksUnder(pub)) {
    problems.push({ file: `public/${link.path}`, field: '', message: symlinkMessage(link.target, 'public/') });
  }
  for (const p of c.policies) {
    p.data.attachments.forEach((a, i) => {
      if (!a.file) return;
      const path = join(pub, a.file);
      if (!existsSync(path) || !lstatSync(path).isFile()) {
        problems.push({
          file: p.file,
          field: `attachments.${i}.file`,
          message: `找不到附件文件 public${a.file}：请把文件放到 public${a.file}，或改正路径，或删除 file 这一项`,
        });
      }
    });
  }
  return problems;
}

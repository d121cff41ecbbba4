/**
 * Where a build may write. Publishing replaces OUT_DIR whole (scripts/build.ts
 * renames the fresh site over it and deletes the old one), so OUT_DIR=.
 * would delete the checkout with its .git, and OUT_DIR=content the content.
 * Refused: the repository itself or any folder that contains it, content/
 * (or CONTENT_DIR), public/, src/ or anything inside or around them, and a
 * non-empty folder the build did not make: every site it publishes carries
 * the marker file, so a folder without it is someone else's.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** The file every published site carries at its top, so the next build knows the folder is its own. */
export const OUTPUT_MARKER = '.site-output';

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

/**
 * Why the build must not write to `outDir` (a sentence naming the folder and
 * the fix), or undefined when it may.
 */
export function outputDirProblem(outDir: string, repo: string, contentDir: string): string | undefined {
  const out = resolve(outDir);
  const say = (why: string) =>
    `OUT_DIR「${outDir}」${why}：生成网站会整个替换这个目录，请改用一个专门的输出目录（例如 dist）`;
  if (within(repo, out)) return say('是本仓库或包含本仓库');
  const guarded: [string, string][] = [
    [resolve(contentDir), 'content/（内容目录）'],
    [resolve(repo, 'content'), 'content/'],
    [resolve(repo, 'public'), 'public/'],
    [resolve(repo, 'src'), 'src/'],
    [resolve(repo, '.git'), '.git/'],
    [resolve(repo, 'node_modules'), 'node_modules/'],
  ];
  for (const [dir, name] of guarded) {
    if (within(out, dir) || within(dir, out)) return say(`是、包含或位于 ${name}`);
  }
  if (!existsSync(out)) return undefined;
  if (lstatSync(out).isSymbolicLink()) return say('是符号链接');
  if (!lstatSync(out).isDirectory()) return say('是一个文件，不是目录');
  const names = readdirSync(out);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return undefined;
  // Sites built before the marker existed: Astro's assets, the search index and the home page, and nothing of a checkout.
  const earlierBuild = ['_astro', 'pagefind', 'index.html'].every((n) => names.includes(n)) && !names.includes('.git');
  if (earlierBuild) return undefined;
  return say(`不是空目录，也不是以前生成的网站（没有 ${OUTPUT_MARKER} 标记文件）`);
}

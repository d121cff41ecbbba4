/**
 * Post-build steps of the publishing workflow (issue 7), run by
 * scripts/build.ts on the staging directory before it is published:
 *   1. redirects: a static page at every old URL listed in redirects.yaml;
 *   2. published URLs: every URL in published-urls.txt still exists.
 * Either one throws (with every problem listed) and the old site stays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { ContentError } from '../../src/content/problems.ts';
import { COLLECTIONS, contentDir, readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { asOfDate } from '../../src/rules/dates.ts';
import { publicOrigin, urlMaker } from '../../src/model/origin.ts';
import {
  builtUrls,
  readManifest,
  readRedirects,
  redirectHtml,
  redirectProblems,
  vanishedUrls,
} from '../../src/publishing/urls.ts';
import type { BuildStep } from './step.ts';

export const redirectPagesStep: BuildStep = {
  name: 'redirect pages',
  async run(outDir) {
    const dir = contentDir();
    const { map, problems } = readRedirects(dir);
    problems.push(...redirectProblems(map, new Set(builtUrls(outDir)), dir, outDir));
    if (problems.length > 0) throw new ContentError(problems);
    const { settings } = loadContent(dir);
    const url = urlMaker(publicOrigin(settings));
    for (const [from, to] of map) {
      mkdirSync(join(outDir, from), { recursive: true });
      writeFileSync(
        join(outDir, from, 'index.html'),
        redirectHtml(to, to.startsWith('/') ? url(to) : to, settings.siteName),
      );
    }
  },
};

export const publishedUrlsStep: BuildStep = {
  name: 'published URLs',
  async run(outDir) {
    const dir = contentDir();
    const manifest = readManifest(dir);
    if (!manifest) {
      console.log('[build] 尚无已发布网址清单（published-urls.txt）：发布后请运行 npm run urls:record 生成它');
      return;
    }
    const built = new Set(builtUrls(outDir));
    const { map } = readRedirects(dir);
    // An entity page not built although its file is there: a draft or a file with an error, not a deletion.
    const files = new Map(readContent(dir).files.map((f) => [`/${COLLECTIONS[f.kind].dir}/${f.id}/`, f.file]));
    const problems = [
      ...manifest.problems,
      ...vanishedUrls(manifest.entries, built, map, dir, asOfDate(), (url) => files.get(url)),
    ];
    if (problems.length > 0) throw new ContentError(problems);
    const recorded = new Set(manifest.entries.map((e) => e.url));
    const { drafts } = validateContent(readContent(dir));
    if (drafts.length > 0)
      console.warn(
        `[build] 草稿 ${drafts.length} 份，未发布（npm run validate 列出缺少的项）：${drafts.map((d) => d.file).join('、')}`,
      );
    const fresh = [...built].filter((u) => !recorded.has(u));
    if (fresh.length > 0)
      console.log(
        `[build] ${fresh.length} 个新网址尚未登记：发布后请运行 npm run urls:record 并提交 published-urls.txt`,
      );
  },
};

/** In the order they run, after any other post-build step. */
export const PUBLISHING_STEPS: BuildStep[] = [redirectPagesStep, publishedUrlsStep];

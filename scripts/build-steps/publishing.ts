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
import { contentDir } from '../../src/content/read.ts';
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
    const problems = vanishedUrls(manifest, built, map, dir, asOfDate());
    if (problems.length > 0) throw new ContentError(problems);
    const fresh = [...built].filter((u) => !manifest.includes(u));
    if (fresh.length > 0)
      console.log(
        `[build] ${fresh.length} 个新网址尚未登记：发布后请运行 npm run urls:record 并提交 published-urls.txt`,
      );
  },
};

/** In the order they run, after any other post-build step. */
export const PUBLISHING_STEPS: BuildStep[] = [redirectPagesStep, publishedUrlsStep];

/**
 * The whole build, as one command (`npm run build`):
 *
 *   1. Astro renders every page into a fresh temporary directory (content is
 *      validated first, inside Astro's content loader; any problem stops here),
 *      while this process writes the search index from the same content into
 *      a directory of its own (on the second core; it needs no rendered page);
 *   2. the index moves into the rendered site, and each post-build step runs
 *      on it, in order;
 *   3. only when everything succeeded does the temporary directory replace
 *      OUT_DIR, by renames; a failed build leaves the published site untouched;
 *   4. social images and search bundles that no build has used for a month
 *      leave their caches.
 *
 * Before all this, a build whose code, content and settings are those of
 * the build that published the site, on a day over which that build's site
 * stays the same, only writes the published files again with the new day
 * (rebuildDay, build-steps/day-reuse.ts): the daily rebuild when nothing
 * was published (issue 18). While Astro renders, a full build works out
 * those days (src/outputs/stable-days.ts).
 *
 * A post-build step is a function in postBuildSteps below: it gets the
 * directory and throws to fail the build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ASTRO_ALLOCATOR_ENV, allocatorSettings } from './build-steps/allocators.ts';
import { asOfStepKeeping } from './build-steps/as-of.ts';
import {
  forgetReuseState,
  inputsFingerprint,
  keepReuseState,
  nextMarkedDir,
  readReuseState,
  type ReuseState,
  reusePublished,
  reuseRefusal,
  updateReuseManifest,
} from './build-steps/day-reuse.ts';
import { dotfilesStep, siteManifestStep, siteManifestStepKnowing } from './build-steps/site-files.ts';
import { loadPublicContent } from '../src/content/load.ts';
import { stableUntil } from '../src/outputs/stable-days.ts';
import { asOfDate, type CalendarDate } from '../src/rules/dates.ts';
import { showcaseStep } from './build-steps/showcase.ts';
import { sitemapStep } from './build-steps/sitemap.ts';
import { recoverInterruptedBuild, removeInBackground, trashDir } from './build-recovery.ts';
import { PUBLISHING_STEPS } from './build-steps/publishing.ts';
import type { BuildStep } from './build-steps/step.ts';
import { writeSearchIndex } from './build-steps/search-index.ts';
import { pruneSearchCache, searchCacheDir } from './build-steps/search-cache.ts';
import { MAX_AGE_DAYS, ogCacheDir, pruneOgCache } from '../src/outputs/og/cache.ts';
import { guardedMain, stepStarted } from './exit-guard.ts';
import { contentDir } from '../src/content/read.ts';
import { publicOrigin } from '../src/model/origin.ts';
import { outputDirProblem } from './output-dir.ts';

/**
 * Steps that run on the rendered site (with its search index) before it is
 * published, in order; the as-of step keeps the marked pages in `keepMarked`
 * for the days after (build-steps/day-reuse.ts).
 */
export function postBuildSteps(keepMarked?: string): BuildStep[] {
  // The as-of day comes first: every later step sees finished pages.
  // Publishing (issue 7): redirect pages, then the published-URL check, last so they see every other step's output.
  return [asOfStepKeeping(keepMarked), dotfilesStep, showcaseStep, ...PUBLISHING_STEPS];
}

/** Steps that describe the finished site, after every other step has written its files. */
// The manifest comes last: it hashes every file the others wrote.
const FINAL_STEPS: BuildStep[] = [sitemapStep, siteManifestStep];

const root = resolve(import.meta.dirname, '..');

/**
 * Runs `astro build` into `outDir` in its own process, so the memory Astro
 * holds is its own and is returned when it ends. Astro validates content
 * first and prints the problem list itself when content is bad.
 */
function renderPages(outDir: string, published: string): Promise<void> {
  const quiet = process.env.BUILD_LOG_LEVEL === 'silent';
  const child = spawn(
    process.execPath,
    [
      // The child ends itself if this process dies without passing on a signal (SIGKILL).
      '--import',
      join(root, 'scripts/with-parent.ts'),
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      ...(quiet ? ['--silent'] : []),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: astroCacheDir(published),
        // This process fills the as-of marks of every page, rendered or reused (build-steps/as-of.ts).
        AS_OF_MARKS: 'keep',
        // A build run by a test (NODE_ENV=test) is the production build all the same.
        NODE_ENV: 'production',
        ...allocatorSettings(process.env, ASTRO_ALLOCATOR_ENV),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  children.add(child);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      children.delete(child);
      if (code === 0) done();
      else fail(new BuildFailed(`astro build exited with code ${code}`));
    });
  });
}

/** The reuse state of the site published at `outDir` (build-steps/day-reuse.ts), beside Astro's cache. */
function reuseDir(outDir: string): string {
  return `${astroCacheDir(outDir)}.day`;
}

/**
 * Astro's cache (the incremental build's manifest and page copies, the
 * content store) for the site published at `outDir` from this content:
 * one per site, so the real site, the test fixtures and the benchmark
 * never evict one another's pages (astro.config.mjs).
 */
function astroCacheDir(outDir: string): string {
  // A benchmark names its own, to start cold.
  if (process.env.ASTRO_CACHE_DIR) return resolve(process.env.ASTRO_CACHE_DIR);
  const site = createHash('sha256').update(`${outDir}\n${contentDir()}`).digest('hex').slice(0, 16);
  return join(root, 'node_modules/.cache/astro', site);
}

/** Child processes of this build that are still running (Astro). */
const children = new Set<ChildProcess>();

/**
 * A build stopped by a signal (Ctrl-C, a CI timeout) stops its children too:
 * Astro gets the same signal, and Pagefind's service (a child of this
 * process, fed through a pipe) ends when this process closes it by exiting.
 * The staging folders are left for recoverInterruptedBuild, which removes
 * them next time; the published site was never touched.
 */
function killChildrenOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const child of children) child.kill(signal);
      console.error(`\n[build] 收到 ${signal}，已停止生成；已发布的网站保持不变。`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Issue 4's Pagefind index, with gram and pinyin tokens, written from the model into `dir` while Astro renders. */
async function indexSearch(dir: string): Promise<void> {
  const t = performance.now();
  const { pages, bundles, bytes, cached } = await writeSearchIndex(dir);
  console.log(
    `[build] search index, alongside Astro: ${pages} pages in ${bundles} bundle(s), ${cached} unchanged (from the cache), ${(bytes / 1024).toFixed(0)} KiB (${Math.round(performance.now() - t)} ms)`,
  );
}

/** A failure already reported by the process that failed; nothing more to print. */
class BuildFailed extends Error {
  override name = 'BuildFailed';
}

/** Settings of the build that are wrong before anything runs: thrown as a BuildFailed with the reason. */
function preflight(outDir: string): void {
  const where = outputDirProblem(outDir, root, contentDir());
  if (where) throw new BuildFailed(where);
  try {
    publicOrigin({}, process.env);
  } catch (error) {
    throw new BuildFailed((error as Error).message);
  }
}

export async function buildSite(outDir: string = resolve(root, process.env.OUT_DIR || 'dist')): Promise<void> {
  preflight(outDir);
  // A build from nothing (the reproducibility check's reference): no page, bundle or image from an earlier build.
  const cold = process.env.BUILD_CACHE === 'off';
  if (cold) {
    process.env.SEARCH_CACHE_DIR = 'off';
    process.env.OG_CACHE_DIR = 'off';
  }
  mkdirSync(dirname(outDir), { recursive: true });
  recoverInterruptedBuild(outDir);
  const asOf = asOfDate();
  // Before anything is read: content edited while this build runs makes the next one a full build.
  const fingerprinted = performance.now();
  const inputs = inputsFingerprint(root, contentDir());
  console.log(`[build] inputs fingerprinted (${Math.round(performance.now() - fingerprinted)} ms)`);
  const reuse = reuseDir(outDir);
  if (!cold) {
    const state = readReuseState(reuse);
    const refusal = reuseRefusal(state, inputs, asOf, outDir);
    if (!refusal) {
      try {
        await rebuildDay(outDir, reuse, state!, asOf);
        return;
      } catch (error) {
        console.warn(`[build] the published pages could not be reused (${(error as Error).message}): building in full`);
      }
    } else console.log(`[build] full build: ${refusal}`);
  }
  // From here the published site may change: nothing is reused from it until this build has left a new state.
  forgetReuseState(reuse);
  const marked = cold ? undefined : nextMarkedDir(reuse);
  const staging = `${outDir}.staging-${process.pid}`;
  const search = `${outDir}.search-${process.pid}`;
  for (const dir of [staging, search, ...(marked ? [marked] : [])]) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  let until: CalendarDate | undefined;
  try {
    stepStarted('渲染页面和生成搜索索引');
    const [pages, index] = await Promise.allSettled([
      renderPages(staging, outDir),
      indexSearch(search).then(async () => {
        if (marked) until = await stableWindow(asOf);
      }),
    ]);
    // Astro's report comes first: for bad content it is the complete problem list (the index fails on the same content).
    if (pages.status === 'rejected') throw pages.reason;
    if (index.status === 'rejected') throw index.reason;
    for (const bundle of readdirSync(search)) renameSync(join(search, bundle), join(staging, bundle));
    await runSteps(staging, [...postBuildSteps(marked), ...FINAL_STEPS]);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (marked) rmSync(marked, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(search, { recursive: true, force: true });
  }
  publish(staging, outDir, started);
  if (marked && until) {
    keepReuseState(reuse, { inputs, day: asOf, until }, outDir);
    console.log(
      `[build] the site stays the same until ${until} unless something is published: those days reuse these pages`,
    );
  } else if (marked) rmSync(marked, { recursive: true, force: true });
  tidyCaches();
}

/**
 * The last day the site built today stays the same on (src/outputs/stable-days.ts),
 * worked out while Astro renders; undefined, and a note, if that fails (the next build is then a full one).
 */
async function stableWindow(asOf: CalendarDate): Promise<CalendarDate | undefined> {
  const t = performance.now();
  try {
    const until = stableUntil((day) => loadPublicContent(contentDir(), day), asOf);
    console.log(`[build] days the site stays the same: ${asOf} to ${until} (${Math.round(performance.now() - t)} ms)`);
    return until;
  } catch (error) {
    console.warn(`[build] days the site stays the same not worked out: ${(error as Error).message}`);
    return undefined;
  }
}

/** Runs build steps on the staging directory, in order, each timed in the log. */
async function runSteps(staging: string, steps: BuildStep[]): Promise<void> {
  for (const step of steps) {
    const t = performance.now();
    stepStarted(step.name);
    await step.run(staging);
    console.log(`[build] ${step.name} (${Math.round(performance.now() - t)} ms)`);
  }
}

/** Swaps directories by renames, so readers never see a half-written site. */
function publish(staging: string, outDir: string, started: number): void {
  const old = `${outDir}.old-${process.pid}`;
  const replaced = existsSync(outDir);
  if (replaced) renameSync(outDir, old);
  renameSync(staging, outDir);
  console.log(`[build] published ${join(outDir)} in ${Math.round(performance.now() - started)} ms`);
  if (!replaced) return;
  // Published: the previous site is no longer needed, even if this process dies now (recoverInterruptedBuild).
  try {
    const trash = trashDir(outDir);
    renameSync(old, trash);
    removeInBackground(trash);
    console.log(`[build] the previous site is being removed in the background (${trash})`);
  } catch (error) {
    console.warn(`[build] the previous site ${old} is left for the next build to remove: ${(error as Error).message}`);
  }
}

/**
 * A day inside the window of the build that published the site, with the
 * same inputs (build-steps/day-reuse.ts): its files again, the pages with
 * the new day filled in, and a new manifest; nothing rendered or indexed.
 */
async function rebuildDay(outDir: string, reuse: string, state: ReuseState, asOf: CalendarDate): Promise<void> {
  const started = performance.now();
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    stepStarted('沿用已发布的页面');
    const { filled, linked, hashes } = await reusePublished(reuse, state, outDir, staging, asOf);
    console.log(
      `[build] nothing changed since the build of ${state.day} (the same code, content and settings; the site stays the same until ${state.until}): ${filled} file(s) written with the day ${asOf}, ${linked} reused (${Math.round(performance.now() - started)} ms)`,
    );
    await runSteps(staging, [siteManifestStepKnowing(hashes)]);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  publish(staging, outDir, started);
  updateReuseManifest(reuse, state, outDir);
  tidyCaches();
}

/** Housekeeping after a published build: never fails it. */
function tidyCaches(): void {
  try {
    const { removed } = pruneSearchCache(searchCacheDir());
    if (removed > 0)
      console.log(`[build] search bundle cache: removed ${removed} bundle(s) unused for ${MAX_AGE_DAYS} days`);
  } catch (error) {
    console.warn(`[build] search bundle cache not tidied: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { removed, bytes, kept } = pruneOgCache(ogCacheDir());
    if (removed > 0)
      console.log(
        `[build] social image cache: removed ${removed} card(s) unused for ${MAX_AGE_DAYS} days (${(bytes / 1024 / 1024).toFixed(1)} MB), kept ${kept}`,
      );
  } catch (error) {
    console.warn(`[build] social image cache not tidied: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  killChildrenOnSignal();
  guardedMain(
    '构建',
    () => buildSite(),
    (error: unknown) => {
      // Astro has already printed its own failure (for bad content: the complete problem list).
      // A post-build step's ContentError (e.g. a published URL gone) is a complete, formatted report too.
      if (error instanceof Error && error.name === 'ContentError')
        console.error(`${error.message}\n\n构建失败，已发布的网站保持不变。`);
      else if (!(error instanceof Error && error.name === 'BuildFailed'))
        // Anything else (a full disk, an output directory that cannot be written): the cause, then the outcome.
        console.error(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n构建失败：${error instanceof Error ? error.message : String(error)}。已发布的网站保持不变。`,
        );
      else console.error(`\n构建失败，已发布的网站保持不变。(${error.message})`);
      process.exit(1);
    },
  );
}

/**
 * The whole build, as one command (`npm run build`):
 *
 *   1. Astro renders every page into a fresh temporary directory (content is
 *      validated first, inside Astro's content loader; any problem stops here);
 *   2. each post-build step runs on that directory, in order;
 *   3. only when everything succeeded does the temporary directory replace
 *      OUT_DIR, by renames; a failed build leaves the published site untouched.
 *
 * A post-build step is a function in POST_BUILD_STEPS below: it gets the
 * directory and throws to fail the build.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'astro';
import { searchIndexStep } from './build-steps/search-index.ts';

export interface BuildStep {
  /** Shown in the build log. */
  name: string;
  run(outDir: string): Promise<void>;
}

/** Steps that run on the rendered site before it is published, in order. */
export const POST_BUILD_STEPS: BuildStep[] = [
  // Issue 4: Pagefind index of the entity pages, with gram and pinyin tokens.
  searchIndexStep,
];

const root = resolve(import.meta.dirname, '..');

export async function buildSite(outDir: string = resolve(root, process.env.OUT_DIR || 'dist')): Promise<void> {
  mkdirSync(dirname(outDir), { recursive: true });
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const started = performance.now();
  try {
    process.env.OUT_DIR = staging;
    await build({ root, outDir: staging, logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info' });
    for (const step of POST_BUILD_STEPS) {
      const t = performance.now();
      await step.run(staging);
      console.log(`[build] ${step.name} (${Math.round(performance.now() - t)} ms)`);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // Publish: swap directories by renames, so readers never see a half-written site.
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  console.log(`[build] published ${join(outDir)} in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite().catch((error: unknown) => {
    // Content problems are already a complete, formatted report; anything else gets its stack.
    console.error(error instanceof Error && error.name === 'ContentError' ? error.message : error);
    process.exit(1);
  });
}

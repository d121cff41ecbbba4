/**
 * Builds the sites the browser tests read, once, as of a fixed day, and
 * serves them; tests get their URLs through `inject`:
 *   real     content/ itself, for invariants only (gates, axe, history): a
 *            clerk's next publication changes what it shows;
 *   seed     test/fixtures/seed/, a frozen copy of the real content, for
 *            tests that pin what the real site shows (statuses, counts, texts);
 *   fixture  test/fixtures/site/, synthetic, every lifecycle state;
 *   hostile  test/fixtures/hostile/, injection attempts in every field.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';

export const AS_OF = '2026-11-24';
const root = join(import.meta.dirname, '../..');

/** Runs the real build pipeline (scripts/build.ts) in its own process. */
function build(outDir: string, contentDir: string, env: Record<string, string> = {}) {
  execFileSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SITE_AS_OF: AS_OF,
      OUT_DIR: outDir,
      CONTENT_DIR: contentDir,
      BUILD_LOG_LEVEL: 'silent',
      ...env,
    },
  });
}

/** The fixture site's search index comes in bundles of this many pages, so the browser tests search a sharded index too. */
export const FIXTURE_SHARD_SIZE = 8;

export default async function setup(project: TestProject) {
  const real = join(root, '.tmp/e2e/real');
  const fixture = join(root, '.tmp/e2e/fixture');
  const hostile = join(root, '.tmp/e2e/hostile');
  const seed = join(root, '.tmp/e2e/seed');
  if (!process.env.E2E_SKIP_BUILD) {
    build(real, 'content');
    build(seed, 'test/fixtures/seed');
    build(fixture, 'test/fixtures/site', { SEARCH_SHARD_SIZE: String(FIXTURE_SHARD_SIZE) });
    build(hostile, 'test/fixtures/hostile');
  }
  const a = await serveStatic(real);
  const b = await serveStatic(fixture);
  const c = await serveStatic(hostile);
  const d = await serveStatic(seed);
  project.provide('seedUrl', d.url);
  project.provide('seedDir', seed);
  project.provide('hostileUrl', c.url);
  project.provide('hostileDir', hostile);
  project.provide('realUrl', a.url);
  project.provide('fixtureUrl', b.url);
  project.provide('realDir', real);
  project.provide('fixtureDir', fixture);
  return async () => {
    a.server.close();
    b.server.close();
    c.server.close();
    d.server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** content/ as it is now: check it by invariants, never pin what it shows. */
    realUrl: string;
    /** The frozen copy of the real content (test/fixtures/seed), for tests that pin what the real site shows. */
    seedUrl: string;
    seedDir: string;
    fixtureUrl: string;
    /** Output directories of the two builds. */
    realDir: string;
    fixtureDir: string;
    /** The site built from test/fixtures/hostile (markup and formulas in every field). */
    hostileUrl: string;
    hostileDir: string;
  }
}

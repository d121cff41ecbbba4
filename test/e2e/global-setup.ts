/**
 * Builds the real site and the fixture site once, as of a fixed day, and
 * serves both; tests get their URLs through `inject`.
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
  if (!process.env.E2E_SKIP_BUILD) {
    build(real, 'content');
    build(fixture, 'test/fixtures/site', { SEARCH_SHARD_SIZE: String(FIXTURE_SHARD_SIZE) });
    build(hostile, 'test/fixtures/hostile');
  }
  const a = await serveStatic(real);
  const b = await serveStatic(fixture);
  const c = await serveStatic(hostile);
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
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    realUrl: string;
    fixtureUrl: string;
    /** Output directories of the two builds. */
    realDir: string;
    fixtureDir: string;
    /** The site built from test/fixtures/hostile (markup and formulas in every field). */
    hostileUrl: string;
    hostileDir: string;
  }
}

/**
 * The incremental build (issue 18) publishes the same bytes as a build from
 * nothing. One site is rebuilt day after day through a publication round
 * (公示 opens and closes, 公布, 撤销, 复核; test/unit/synthetic-round.ts) added
 * to the fixture site, with a clerk's edit of one cluster and of the settings
 * on the way; after every step it is compared, file by file, with a build of
 * the same content and day that reuses nothing (BUILD_CACHE=off). The steps
 * must also reuse pages, or the cache would be proved correct by never
 * being used; and a day on which nothing changed must be rebuilt from the
 * published site without rendering (scripts/build-steps/day-reuse.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../scripts/check-reproducible.ts';
import { loadPublicContent } from '../../src/content/load.ts';
import { stableUntil } from '../../src/outputs/stable-days.ts';
import { addDays } from '../../src/rules/dates.ts';
import { withSyntheticRound } from '../unit/synthetic-round.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lc-incremental-'));
const round = withSyntheticRound(join(root, 'test/fixtures/site'));
const caches = {
  ASTRO_CACHE_DIR: join(work, 'astro-cache'),
  SEARCH_CACHE_DIR: join(work, 'search-cache'),
  OG_CACHE_DIR: join(work, 'og-cache'),
};

/** How a build went: the pages Astro reused, and whether it only wrote the published site again with the day. */
interface Outcome {
  reused: number;
  dayOnly: boolean;
}

/** One build of the round's content as of `asOf`. */
function build(out: string, asOf: string, env: Record<string, string>): Outcome {
  const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: round.dir, OUT_DIR: out, SITE_AS_OF: asOf, BUILD_LOG_LEVEL: '', ...env },
  });
  expect(run.status, `${asOf}: ${run.stderr.slice(-3000)}`).toBe(0);
  return {
    reused: (run.stdout.match(/\((?:cached|restored)\)/g) ?? []).length,
    dayOnly: run.stdout.includes('[build] nothing changed since the build of'),
  };
}

/** Rebuilds the incremental site as of `asOf`, checks it against a build from nothing, and says how it went. */
function step(asOf: string): Outcome {
  const reused = build(join(work, 'site'), asOf, caches);
  const cold = join(work, `cold-${asOf}`);
  build(cold, asOf, { BUILD_CACHE: 'off' });
  expect(compareTrees(cold, join(work, 'site')), `as of ${asOf}`).toEqual([]);
  rmSync(cold, { recursive: true, force: true });
  return reused;
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(round.dir, '..'), { recursive: true, force: true });
});

describe('a site rebuilt day by day through a publication round', () => {
  const { days } = round;

  it('publishes the bytes of a build from nothing on every day, and reuses pages', () => {
    step(addDays(days.notice, -1));
    // The 公示 opens: the pages are rendered again, those whose facts did not change reused by Astro.
    const opened = step(days.notice);
    expect(opened.dayOnly).toBe(false);
    expect(opened.reused).toBeGreaterThan(0);
    // Later in the round, a day after which nothing changes (no 公示 or 征求意见 counting its days left):
    // it is built, and the next day is only the published site again with the day filled in.
    const until = (day: string) => stableUntil((d) => loadPublicContent(round.dir, d), day);
    let quiet = addDays(days.recognized, 1);
    while (quiet < days.reviewed && until(quiet) === quiet) quiet = addDays(quiet, 1);
    expect(quiet < days.reviewed, 'the round has a quiet day before its 复核').toBe(true);
    const refilled = addDays(quiet, 1);
    const later = [addDays(days.notice, 7), days.recognized, days.revoked, days.reviewNotice, days.reviewed];
    for (const day of [...later, quiet, refilled].sort())
      expect(step(day).dayOnly, `${day}: ${day === refilled ? 'only refilled' : 'built'}`).toBe(day === refilled);
  }, 600_000);

  it('after a clerk edits one cluster, and then the settings, on the same day', () => {
    const file = join(round.dir, `clusters/${round.cluster}.yaml`);
    const cluster = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...cluster, intro: '合成测试：补充的集群简介。' }));
    const edited = step(days.reviewed);
    expect(edited.dayOnly).toBe(false);
    expect(edited.reused).toBeGreaterThan(0);
    const settings = join(round.dir, 'settings.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^siteName: .*$/m, 'siteName: 合成测试网站名称'));
    expect(step(days.reviewed).dayOnly).toBe(false);
    // Rebuilt again with nothing changed: the same site, not rendered.
    expect(step(days.reviewed).dayOnly).toBe(true);
  }, 600_000);
});

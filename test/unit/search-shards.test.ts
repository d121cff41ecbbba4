import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/build-steps/search-index.ts';
import { type PagefindApi, type PagefindResult, combineShards } from '../../src/search/engine.ts';
import { bundlePath, bundlePaths, splitShards } from '../../src/outputs/search/shards.ts';
import { searchRecords } from '../../src/outputs/search/records.ts';
import { planQuery } from '../../src/search/plan.ts';
import { ROUTES_FILE, bundlesForResults, parseRoutes } from '../../src/search/routes.ts';
import { FIXTURE_SITE } from './fixture-site.ts';
import { searchSiteOf } from './search-site.ts';

const item = (url: string, date: string) => ({ url, date });

describe('splitting the index into bundles', () => {
  it('keeps a site of up to one bundle in /pagefind/ alone', () => {
    const pages = (n: number) =>
      Array.from({ length: n }, (_, i) => item(`/p${i}/`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`));
    expect(bundlePaths([], 3000)).toEqual(['/pagefind/']);
    expect(bundlePaths(pages(3000), 3000)).toEqual(['/pagefind/']);
    expect(bundlePaths(pages(3001), 3000)).toEqual(['/pagefind/', '/pagefind-2/']);
    expect(bundlePath(2)).toBe('/pagefind-3/');
  });

  it('splits newest first into bundles of consecutive dates, filled from the oldest, the same way every time', () => {
    const items = [
      item('/c/', '2020-01-01'),
      item('/a/', '2024-05-01'),
      item('/e/', '2022-01-01'),
      item('/b/', '2024-05-01'),
      item('/d/', '2021-03-01'),
    ];
    const shards = splitShards(items, 2, (x) => x);
    // Filled from the oldest: 2020 and 2021 together, 2022 alone (the two 2024 pages do not fit beside it).
    expect(shards.map((s) => s.map((x) => x.url))).toEqual([['/a/', '/b/'], ['/e/'], ['/d/', '/c/']]);
    expect(splitShards([...items].reverse(), 2, (x) => x)).toEqual(shards);
    // 25 pages of 25 dates in bundles of at most 10: the newest bundle holds what is left over.
    const many = Array.from({ length: 25 }, (_, i) => item(`/p${i}/`, `20${10 + i}-01-01`));
    const split = splitShards(many, 10, (x) => x);
    expect(split.map((s) => s.length)).toEqual([5, 10, 10]);
    // A newer page changes only the newest bundle: the older ones are the same, and reused by the next build.
    const next = splitShards([...many, item('/new/', '2040-01-01')], 10, (x) => x);
    expect(next.slice(1)).toEqual(split.slice(1));
    // A page that moves from an old bundle to the newest changes those two bundles only, while the cuts fit.
    const moved = [...many.filter((x) => x.url !== '/p12/'), item('/p12/', '2040-01-01')];
    const after = splitShards(moved, 10, (x) => x);
    expect(after[2]).toEqual(split[2]);
    // A date with more pages than a bundle holds is split in URL order; no bundle is ever over its size.
    const oneDay = Array.from({ length: 23 }, (_, i) => item(`/d${String(i).padStart(2, '0')}/`, '2024-01-01'));
    expect(splitShards(oneDay, 10, (x) => x).map((s) => s.length)).toEqual([3, 10, 10]);
  });
});

/** A bundle that answers every search with the given pages, as Pagefind would. */
function fakeShard(pages: { id: string; date: string; score: number }[]): PagefindApi {
  return {
    async search(_term, options) {
      const order = options?.sort
        ? [...pages].sort((a, b) => (a.date < b.date ? 1 : -1) * (options.sort!.date === 'asc' ? -1 : 1))
        : pages;
      return {
        results: order.map((p): PagefindResult => ({
          id: p.id,
          score: p.score,
          data: async () => ({ url: p.id, content: '', meta: {}, filters: {} }),
        })),
      };
    },
  };
}

describe('searching the bundles as one index', () => {
  const newer = fakeShard([
    { id: 'n1', date: '2025-01-01', score: 0.2 },
    { id: 'n2', date: '2024-06-01', score: 0.9 },
  ]);
  const older = fakeShard([
    { id: 'o1', date: '2023-01-01', score: 0.5 },
    { id: 'o2', date: '2020-01-01', score: 0.1 },
  ]);
  const index = combineShards([newer, older]);
  const ids = async (options?: Parameters<PagefindApi['search']>[1]) =>
    (await index.search('x', options))!.results.map((r) => r.id);

  it('lists by date across bundles, newest or oldest first', async () => {
    expect(await ids({ sort: { date: 'desc' } })).toEqual(['n1', 'n2', 'o1', 'o2']);
    expect(await ids({ sort: { date: 'asc' } })).toEqual(['o2', 'o1', 'n2', 'n1']);
  });

  it('ranks by score across bundles otherwise', async () => {
    expect(await ids()).toEqual(['n2', 'o1', 'n1', 'o2']);
  });

  it('is the bundle itself when there is one', () => {
    expect(combineShards([newer])).toBe(newer);
  });
});

describe('the index in bundles', () => {
  it('writes one Pagefind bundle per shard, every entity page in one of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-shards-'));
    const site = searchSiteOf(FIXTURE_SITE);
    const pages = searchRecords(site.model, site.lists).length;
    const summary = await writeSearchIndex(dir, { site, shardSize: 10 });
    const records = searchRecords(site.model, site.lists);
    expect(summary).toMatchObject({ pages, bundles: bundlePaths(records, 10).length });
    expect(readdirSync(dir).sort()).toEqual(
      bundlePaths(records, 10)
        .map((p) => p.replaceAll('/', ''))
        .sort(),
    );
    for (const p of bundlePaths(records, 10)) expect(existsSync(join(dir, p, 'pagefind.js'))).toBe(true);
    // The routing table: every bundle holds 集群 (each has cluster pages or names them); 比特币 is in none.
    const routes = parseRoutes(JSON.parse(readFileSync(join(dir, 'pagefind', ROUTES_FILE), 'utf8')));
    expect(routes.bundles).toBe(summary.bundles);
    expect(bundlesForResults(routes, planQuery('集群')).length).toBeGreaterThan(0);
    expect(bundlesForResults(routes, planQuery('比特币'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  BUNDLE_FILTER,
  type PagefindModule,
  type PagefindResult,
  type SearchOptions,
  openIndex,
} from '../../src/search/engine.ts';
import { planQuery } from '../../src/search/plan.ts';
import { bundlesForResults, bundlesForSuggestions, bundlesOf, parseRoutes, routesOf } from '../../src/search/routes.ts';
import { charPairs } from '../../src/search/text.ts';

// Three bundles: 0 has a textile cluster, 1 a steel-ball cluster, 2 a policy on both (and the compatibility ideograph U+F900, NFKC U+8C48 豈).
const table = parseRoutes(
  JSON.parse(
    JSON.stringify(
      routesOf([
        new Set('临清市纺织特色产业集群'),
        new Set('东阿县钢球特色产业集群'),
        new Set('关于纺织和钢球产业的通知\uf900'),
      ]),
    ),
  ),
);
const route = (q: string) => bundlesForResults(table, planQuery(q));

describe('routing a query to the bundles that can answer', () => {
  it('opens only the bundles holding every character of the query', () => {
    expect(route('临清纺织')).toEqual([0]);
    expect(route('钢球')).toEqual([1, 2]);
    expect(route('纺织')).toEqual([0, 2]);
    expect(route('特色产业集群')).toEqual([0, 1]);
  });

  it('opens none for characters no document has', () => {
    expect(route('比特币')).toEqual([]);
    // Each part must be held by the same bundle: 临清 is only in 0, 通知 only in 2.
    expect(route('临清 通知')).toEqual([]);
  });

  it('keeps every bundle a match could come from: other forms, required words, pinyin, letters', () => {
    expect(route('lqfz')).toEqual([0, 1, 2]);
    // Digits and Latin letters are assumed to be everywhere.
    expect(route('2021')).toEqual([0, 1, 2]);
    // A compatibility ideograph is routed as the folded form too.
    expect(route('\u8c48')).toEqual([2]);
  });

  it('offers 是否要找 from bundles holding at least half of the pairs', () => {
    const pairs = charPairs('临清纺只');
    expect(pairs).toEqual(['临清', '清纺', '纺只']);
    // All three pairs' characters are in bundle 0; in 2 only 纺 of them.
    expect(bundlesForSuggestions(table, pairs)).toEqual([0]);
    expect(bundlesForSuggestions(table, charPairs('比特币'))).toEqual([]);
    expect(bundlesForSuggestions(table, [])).toEqual([]);
  });

  it('writes each character once, under the mask of its bundles', () => {
    const json = routesOf([new Set('甲乙'), new Set('乙丙')]);
    expect(json).toEqual({ bundles: 2, masks: { '1': '甲', '3': '乙', '2': '丙' } });
    expect(bundlesOf(5, 3)).toEqual([0, 2]);
  });

  it('refuses what is not a routing table', () => {
    expect(() => parseRoutes(null)).toThrow(/not a routing table/);
    expect(() => parseRoutes({ bundles: 2 })).toThrow(/not a routing table/);
    expect(() => parseRoutes({ bundles: 2, masks: { 'z-1': '甲' } })).toThrow(/bad entry/);
    // Bundle 2 (mask 4) of a two-bundle index.
    expect(() => parseRoutes({ bundles: 2, masks: { '4': '甲' } })).toThrow(/bad entry 4 for 2 bundles/);
    expect(() => routesOf(Array.from({ length: 32 }, () => new Set<string>()))).toThrow(/at most 31/);
  });
});

/**
 * A stand-in for pagefind.js: one instance, bundles merged into it, each
 * bundle's pages tagged with its mergeFilter; records which files it would
 * fetch (the runtime once, each bundle's entry when merged).
 */
function fakeModule(bundles: Record<string, { id: string; date: string; score: number }[]>, fetched: string[]) {
  const module: PagefindModule = {
    createInstance({ basePath, mergeFilter }) {
      fetched.push(`${basePath}pagefind.js`, `${basePath}wasm`);
      const open: { path: string; tag?: Record<string, string> }[] = [];
      return {
        async init() {
          fetched.push(`${basePath}entry`);
          open.push({ path: basePath, tag: mergeFilter });
        },
        async mergeIndex(path, options) {
          fetched.push(`${path}entry`);
          open.push({ path, tag: options.mergeFilter });
        },
        async search(_term: string | null, options?: SearchOptions) {
          const wanted = options?.filters?.[BUNDLE_FILTER];
          const pages = open
            .filter((b) => wanted === undefined || b.tag?.[BUNDLE_FILTER] === wanted)
            .flatMap((b) => bundles[b.path]);
          // Merged, a sorted search is ranked by position within each bundle (what Pagefind does).
          const order = options?.sort
            ? [...pages].sort((a, b) => (a.date < b.date ? 1 : -1) * (options.sort!.date === 'asc' ? -1 : 1))
            : [...pages].sort((a, b) => b.score - a.score);
          return {
            results: order.map((p): PagefindResult => ({
              id: p.id,
              score: p.score,
              data: async () => ({ url: p.id, content: '', meta: {}, filters: {} }),
            })),
          };
        },
      };
    },
  };
  return module;
}

describe('opening the bundles with one runtime', () => {
  const bundles = {
    '/pagefind/': [
      { id: 'n1', date: '2025-01-01', score: 0.2 },
      { id: 'n2', date: '2024-06-01', score: 0.9 },
    ],
    '/pagefind-2/': [
      { id: 'o1', date: '2023-01-01', score: 0.5 },
      { id: 'o2', date: '2020-01-01', score: 0.1 },
    ],
  };
  const paths = Object.keys(bundles);

  it('loads the runtime once and a bundle only when asked', async () => {
    const fetched: string[] = [];
    const loads: string[] = [];
    const index = await openIndex(paths, async (url) => (loads.push(url), fakeModule(bundles, fetched)));
    expect(loads).toEqual(['/pagefind/pagefind.js']);
    expect(index.bundles).toBe(2);
    const ids = async (options?: SearchOptions) => (await index.search('x', options))!.results.map((r) => r.id);
    expect(await ids()).toEqual(['n2', 'n1']);
    await index.open([1]);
    await index.open([1, 0]);
    expect(fetched).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm', '/pagefind/entry', '/pagefind-2/entry']);
    expect(await ids()).toEqual(['n2', 'o1', 'n1', 'o2']);
    // By date: each bundle's list, one after another (not Pagefind's merged interleaving).
    expect(await ids({ sort: { date: 'desc' } })).toEqual(['n1', 'n2', 'o1', 'o2']);
    expect(await ids({ sort: { date: 'asc' } })).toEqual(['o2', 'o1', 'n2', 'n1']);
  });

  it('refuses a bundle it does not have, and an empty list', async () => {
    const index = await openIndex(paths, async () => fakeModule(bundles, []));
    await expect(index.open([2])).rejects.toThrow(/no bundle 2/);
    await expect(openIndex([], async () => fakeModule(bundles, []))).rejects.toThrow(/no bundles/);
  });
});

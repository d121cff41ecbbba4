import { describe, expect, it } from 'vitest';
import {
  DATED_FILTER,
  type PagefindApi,
  type PagefindResult,
  contiguousFirst,
  hasRun,
  runSearch,
} from '../../src/search/engine.ts';
import { planQuery } from '../../src/search/plan.ts';
import { gramToken, queryTokens } from '../../src/search/text.ts';

describe('query plan', () => {
  it('searches names by the bigrams of each part, and the text as typed', () => {
    const plan = planQuery(' 临清  纺织 ');
    expect(plan.grams).toBe([gramToken('临清'), gramToken('纺织')].join(' '));
    expect(plan.natural).toBe('临清 纺织');
    expect(plan.needles).toEqual(['临清', '纺织']);
    expect(plan.run).toBe(1);
    expect(planQuery('集群000 钢').run).toBe(4);
    expect(plan.pinyin).toBeUndefined();
  });

  it('compacts document numbers before matching', () => {
    expect(planQuery('聊工信发[2021]97号').grams).toBe(queryTokens('聊工信发202197号').join(' '));
    expect(planQuery('2021年97号').needles).toEqual(['202197号']);
  });

  it('relaxes a long part into words only as a fallback', () => {
    const plan = planQuery('冠县纺织', () => ['冠县', '纺织']);
    expect(plan.grams).toBe(queryTokens('冠县纺织').join(' '));
    expect(plan.relaxed).toBe([gramToken('冠县'), gramToken('纺织')].join(' '));
    expect(planQuery('钢球', () => ['钢球']).relaxed).toBeUndefined();
  });

  it('reads Latin letters as pinyin too', () => {
    expect(planQuery('zhoucheng').pinyin).toBe('qpzhoucheng');
    expect(planQuery('Zhou Cheng').pinyin).toBe('qpzhoucheng');
    expect(planQuery('lüse').pinyin).toBe('qplvse');
    expect(planQuery('z').pinyin).toBeUndefined();
    expect(planQuery('钢球').pinyin).toBeUndefined();
  });

  it('has nothing to search for punctuation alone', () => {
    expect(planQuery('。、').grams).toBeUndefined();
  });
});

/** A stand-in for Pagefind: each term maps to a fixed list of page ids. */
function fakePagefind(answers: Record<string, string[]>, calls: string[] = []): PagefindApi {
  const result = (id: string): PagefindResult => ({
    id,
    score: 1,
    data: async () => ({ url: `/${id}/`, content: '', meta: {}, filters: {} }),
  });
  return {
    async search(term, options) {
      const key = term === null ? `null:${JSON.stringify(options?.sort ?? {})}` : term;
      calls.push(key);
      return { results: (answers[key] ?? []).map(result) };
    },
  };
}

describe('merging the searches', () => {
  // The engine plans with the real (ICU) segmenter, as the browser does.
  const plan = planQuery('冠县纺织');
  const none = { filters: {}, sort: 'relevance' as const };

  it('puts name matches first, then full-text matches, each page once', async () => {
    const pf = fakePagefind({ [plan.grams!]: ['a', 'b'], 冠县纺织: ['c', 'a'] });
    const { results } = await runSearch(pf, { q: '冠县纺织', ...none });
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('tries the relaxed words only when the exact name search finds nothing', async () => {
    const calls: string[] = [];
    const pf = fakePagefind({ [plan.relaxed!]: ['d'] }, calls);
    const { results } = await runSearch(pf, { q: '冠县纺织', ...none });
    expect(results.map((r) => r.id)).toEqual(['d']);
    expect(calls).toContain(plan.relaxed);
  });

  it('orders by date through a filter-only sorted search', async () => {
    const pf = fakePagefind({ [plan.grams!]: ['a', 'b', 'c'], 'null:{"date":"desc"}': ['c', 'a', 'b'] });
    const { results } = await runSearch(pf, { q: '冠县纺织', filters: {}, sort: 'newest' });
    expect(results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts pages without a date after the dated ones, in either date order', async () => {
    // Pagefind's sorted searches leave out pages without a sort key (u, v); the unsorted one has all.
    const pf = fakePagefind({
      [plan.grams!]: ['u', 'a', 'b'],
      'null:{"date":"desc"}': ['b', 'a'],
      'null:{"date":"asc"}': ['a', 'b'],
      'null:{}': ['u', 'v', 'a', 'b'],
    });
    expect((await runSearch(pf, { q: '冠县纺织', filters: {}, sort: 'newest' })).results.map((r) => r.id)).toEqual([
      'b',
      'a',
      'u',
    ]);
    expect((await runSearch(pf, { q: '冠县纺织', filters: {}, sort: 'oldest' })).results.map((r) => r.id)).toEqual([
      'a',
      'b',
      'u',
    ]);
    const listed = (sort: 'newest' | 'oldest') => runSearch(pf, { q: '', filters: { type: '栏目' }, sort });
    expect((await listed('newest')).results.map((r) => r.id)).toEqual(['b', 'a', 'u', 'v']);
    expect((await listed('oldest')).results.map((r) => r.id)).toEqual(['a', 'b', 'u', 'v']);
  });

  it('asks for dated pages only when it sorts by date (a bundle without any sort key would ignore the sort)', async () => {
    const seen: (Record<string, string> | undefined)[] = [];
    const pf: PagefindApi = {
      async search(_term, options) {
        if (options?.sort) seen.push(options.filters);
        return { results: [] };
      },
    };
    await runSearch(pf, { q: '冠县纺织', filters: { county: '冠县' }, sort: 'oldest' });
    await runSearch(pf, { q: '', filters: { county: '冠县' }, sort: 'newest' });
    expect(seen).toEqual([
      { county: '冠县', [DATED_FILTER.key]: DATED_FILTER.value },
      { county: '冠县', [DATED_FILTER.key]: DATED_FILTER.value },
    ]);
  });

  it('lists what the filters allow when there is no query, and nothing without either', async () => {
    const pf = fakePagefind({ 'null:{"date":"desc"}': ['x', 'y'] });
    expect(
      (await runSearch(pf, { q: '', filters: { county: '冠县' }, sort: 'relevance' })).results.map((r) => r.id),
    ).toEqual(['x', 'y']);
    expect((await runSearch(pf, { q: '', filters: {}, sort: 'relevance' })).results).toEqual([]);
  });
});

describe('contiguous matches first', () => {
  const r = (id: string, words: number[]): PagefindResult => ({
    id,
    score: 1,
    words,
    data: async () => ({ url: '', content: '', meta: {}, filters: {} }),
  });

  it('finds runs of consecutive word positions', () => {
    expect(hasRun([3, 9, 4, 5], 3)).toBe(true);
    expect(hasRun([3, 5, 7], 2)).toBe(false);
  });

  it('moves pages whose matched tokens are scattered after those where they are consecutive', () => {
    const scattered = r('scattered', [2, 7, 12]);
    const whole = r('whole', [20, 21, 22]);
    expect(contiguousFirst([scattered, whole], 3).map((x) => x.id)).toEqual(['whole', 'scattered']);
    expect(contiguousFirst([scattered, whole], 1).map((x) => x.id)).toEqual(['scattered', 'whole']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  DATED_FILTER,
  type PagefindApi,
  type PagefindResult,
  VERIFY_LIMIT,
  runSearch,
} from '../../src/search/engine.ts';
import { planQuery } from '../../src/search/plan.ts';
import { keyTokens, queryTokens } from '../../src/search/text.ts';
import { TIERS } from '../../src/search/verify.ts';

/** A page as Pagefind stores it: its text (with index tokens, as the real fragments have them) and meta. */
interface Page {
  title: string;
  text?: string;
  keys?: string[];
  py?: [string, string][];
}

/**
 * A stand-in for Pagefind that answers each term with fixed page ids, as the
 * real index may — including pages that do not contain the query (the
 * behaviour the engine must not trust). `null` terms list every page.
 */
function fakePagefind(pages: Record<string, Page>, answers: Record<string, string[]>, calls: string[] = []) {
  const result = (id: string): PagefindResult => {
    const p = pages[id];
    const tokens = keyTokens(p.title).join(' ');
    return {
      id,
      score: 1,
      data: async () => ({
        url: `/${id}/`,
        content: `${tokens}. ${p.title}. ${p.text ?? ''}`,
        meta: {
          title: p.title,
          ...(p.keys ? { keys: p.keys.join(' ') } : {}),
          ...(p.py ? { py: JSON.stringify(p.py) } : {}),
        },
        filters: {},
      }),
    };
  };
  const api: PagefindApi = {
    async search(term, options) {
      const key = term === null ? `null:${JSON.stringify(options?.sort ?? {})}` : term;
      calls.push(key);
      const ids = answers[key] ?? (term === null && !options?.sort ? Object.keys(pages) : []);
      return { results: ids.map(result) };
    },
  };
  return api;
}

const none = { filters: {}, sort: 'relevance' as const };
const ids = (answer: { results: { id: string }[] }) => answer.results.map((r) => r.id);

const pages: Record<string, Page> = {
  textile: { title: '临清市纺织特色产业集群', keys: ['临清纺织', '纺织'] },
  paper: { title: '冠县绿色环保纸业特色产业集群', keys: ['冠县绿色环保纸业', '纸业'] },
  bearing: { title: '冠县清水镇轴承特色产业集群', keys: ['冠县轴承', '轴承'] },
  measures: {
    title: '聊城市特色产业集群管理办法（试行）',
    text: '第十三条 特色产业集群实行动态管理，有效期为5年。第十四条 有下列情形之一的，撤销其特色产业集群命名。',
  },
  plan: { title: '关于加快发展先进制造业集群的实施意见', text: '全面优化“一群两心三圈”区域发展格局。' },
  report: { title: '开放数据和订阅', text: '临清市纺织特色产业集群的年度数据。' },
};

describe('every proposal is checked against its page', () => {
  it('drops the pages Pagefind proposes that do not contain the query (一群两心三圈 matched the 群 of every cluster name)', async () => {
    const q = '一群两心三圈';
    const plan = planQuery(q);
    const pf = fakePagefind(pages, {
      [plan.grams!]: ['textile', 'paper', 'bearing'],
      [plan.natural]: ['plan', 'textile'],
    });
    const answer = await runSearch(pf, { q, ...none });
    expect(ids(answer)).toEqual(['plan']);
    expect(answer.results[0].tier).toBe(TIERS.phrase);
  });

  it('ranks a name that is the query, then names containing it, then the phrase in a text', async () => {
    const q = '临清纺织';
    const plan = planQuery(q);
    const pf = fakePagefind(pages, { [plan.grams!]: ['report', 'textile'], [plan.natural]: ['report', 'measures'] });
    const answer = await runSearch(pf, { q, ...none });
    // 临清纺织 is a key of the cluster (its short name); the data page only holds both words in its text.
    expect(ids(answer)).toEqual(['textile', 'report']);
    expect(answer.results.map((r) => r.tier)).toEqual([TIERS.exactName, TIERS.words]);
    const q2 = '临清市纺织';
    const plan2 = planQuery(q2);
    const pf2 = fakePagefind(pages, { [plan2.grams!]: ['report', 'textile'] });
    const answer2 = await runSearch(pf2, { q: q2, ...none });
    expect(ids(answer2)).toEqual(['textile', 'report']);
    expect(answer2.results.map((r) => r.tier)).toEqual([TIERS.name, TIERS.phrase]);
  });

  it('orders the matches in the text by Pagefind’s ranking of the text, whatever the name search proposed first', async () => {
    const two = { ...pages, plan2: { title: '另一个方案', text: '有效期为5年的规定。' } };
    const q = '有效期为5年';
    const plan = planQuery(q);
    const pf = fakePagefind(two, { [plan.grams!]: ['measures', 'plan2'], [plan.natural]: ['plan2', 'measures'] });
    expect(ids(await runSearch(pf, { q, ...none }))).toEqual(['plan2', 'measures']);
  });

  it('never matches the index tokens: a short Latin query lists nothing', async () => {
    const token = queryTokens('临清')[0];
    for (const q of ['qq', token, token.slice(0, 5)]) {
      const plan = planQuery(q);
      const every = Object.keys(pages);
      const pf = fakePagefind(pages, {
        [plan.grams!]: every,
        [plan.natural]: every,
        ...(plan.pinyin ? { [plan.pinyin]: every } : {}),
      });
      const answer = await runSearch(pf, { q, ...none });
      expect(answer.results).toEqual([]);
    }
  });

  it('finds a phrase no search proposes by reading every page of a small site', async () => {
    const answer = await runSearch(fakePagefind(pages, {}), { q: '撤销其特色产业集群命名', ...none });
    expect(ids(answer)).toEqual(['measures']);
  });

  it('checks at most VERIFY_LIMIT proposals, then lists only contiguous name matches unchecked', async () => {
    const many: Record<string, Page> = {};
    for (let i = 0; i < VERIFY_LIMIT + 10; i++) many[`c${i}`] = { title: `纺织集群${i}` };
    const q = '纺织集群';
    const plan = planQuery(q);
    let reads = 0;
    const pf = fakePagefind(many, { [plan.grams!]: Object.keys(many) });
    const counting: PagefindApi = {
      async search(term, options) {
        const answer = await pf.search(term, options);
        return {
          results: (answer?.results ?? []).map((r, i) => ({
            ...r,
            words: [i, i + 1, i + 2],
            data: () => {
              reads++;
              return r.data();
            },
          })),
        };
      },
    };
    const answer = await runSearch(counting, { q, ...none });
    expect(answer.results).toHaveLength(VERIFY_LIMIT + 10);
    expect(reads).toBe(VERIFY_LIMIT);
  });

  it('with `enough`, checks proposals only until that many match (a large site reads what one screen shows)', async () => {
    const many: Record<string, Page> = {};
    for (let i = 0; i < 30; i++) many[`c${i}`] = { title: i % 3 === 0 ? `纺织集群${i}` : `集群纺织${i}` };
    const q = '纺织集群';
    const plan = planQuery(q);
    let reads = 0;
    const pf = fakePagefind(many, { [plan.grams!]: Object.keys(many) });
    const counting: PagefindApi = {
      async search(term, options) {
        const answer = await pf.search(term, options);
        return {
          results: (answer?.results ?? []).map((r, i) => ({
            ...r,
            // Every third page has the query in a row, as its name does.
            words: i % 3 === 0 ? [0, 1, 2] : [0, 2, 4],
            data: () => {
              reads++;
              return r.data();
            },
          })),
        };
      },
    };
    const answer = await runSearch(counting, { q, ...none }, { enough: 3 });
    // Contiguous proposals come first: the first batch of 3 all match, and the other 7 contiguous ones are listed unchecked.
    expect(reads).toBe(3);
    expect(ids(answer)).toEqual(Array.from({ length: 10 }, (_, k) => `c${k * 3}`));
  });

  it('searches nothing when no bundle can hold the query, and asks again for 是否要找', async () => {
    const calls: string[] = [];
    const needs: string[] = [];
    const answer = await runSearch(
      fakePagefind(pages, {}, calls),
      { q: '临清纺只', ...none },
      { narrow: async (need) => (needs.push(need.kind), false) },
    );
    expect(answer.results).toEqual([]);
    expect(answer.suggestions).toEqual([]);
    expect(needs).toEqual(['results', 'suggestions']);
    expect(calls).toEqual([]);
  });
});

describe('what a reader types', () => {
  it('does not let question words decide: 集群有效期几年 finds the article that says 有效期为5年', async () => {
    const answer = await runSearch(fakePagefind(pages, {}), { q: '集群有效期几年', ...none });
    expect(ids(answer)).toEqual(['measures']);
    expect(answer.results[0].tier).toBe(TIERS.words);
    expect(answer.results[0].found).toEqual(['集群', '有效期']);
  });

  it('matches 第13条 with 第十三条', async () => {
    const answer = await runSearch(fakePagefind(pages, {}), { q: '第13条', ...none });
    expect(ids(answer)).toEqual(['measures']);
    expect(answer.results[0].found).toEqual(['第十三条']);
  });

  it('finds a name through a synonym (造纸 → 纸业), after a name that has the word itself', async () => {
    const q = '造纸';
    const plan = planQuery(q);
    const pf = fakePagefind(pages, { [plan.otherGrams[0]]: ['paper'] });
    const answer = await runSearch(pf, { q, ...none });
    expect(ids(answer)).toEqual(['paper']);
    expect(answer.results[0].tier).toBe(TIERS.nameOther);
  });

  it('reads Traditional characters through the variant map', async () => {
    const variants = { 臨: '临', 紡: '纺', 織: '织' };
    const plan = planQuery('临清纺织');
    const pf = fakePagefind(pages, { [plan.grams!]: ['textile'] });
    expect(ids(await runSearch(pf, { q: '臨清紡織', ...none }, { variants }))).toEqual(['textile']);
    expect(ids(await runSearch(pf, { q: '臨清紡織', ...none }))).toEqual([]);
  });

  it('matches pinyin against the page’s pinyin terms', async () => {
    const withPy = { ...pages, bearing: { ...pages.bearing, py: [['轴承', 'zhou cheng']] as [string, string][] } };
    const plan = planQuery('zhoucheng');
    const pf = fakePagefind(withPy, { [plan.pinyin!]: ['bearing', 'textile'] });
    const answer = await runSearch(pf, { q: 'zhoucheng', ...none });
    expect(ids(answer)).toEqual(['bearing']);
    expect(answer.results[0].found).toEqual(['轴承']);
  });
});

describe('没有找到', () => {
  it('offers the names that hold most of the query when nothing contains it (是否要找)', async () => {
    const q = '临清纺只';
    const [a, b] = queryTokens(q);
    // textile has two of the three pairs (临清, 清纺), report only one: not enough to be offered.
    const pf = fakePagefind(pages, { [a]: ['report', 'textile'], [b]: ['textile'] });
    const answer = await runSearch(pf, { q, ...none });
    expect(answer.results).toEqual([]);
    expect(answer.suggestions.map((r) => r.id)).toEqual(['textile']);
  });

  it('offers nothing for a query that shares nothing with any name', async () => {
    const answer = await runSearch(fakePagefind(pages, {}), { q: '比特币', ...none });
    expect(answer.results).toEqual([]);
    expect(answer.suggestions).toEqual([]);
  });
});

describe('sorting and listing', () => {
  const dated: Record<string, Page> = {
    a: { title: '冠县纺织甲' },
    b: { title: '冠县纺织乙' },
    c: { title: '冠县纺织丙' },
    u: { title: '冠县纺织丁' },
    v: { title: '其他栏目' },
  };
  const plan = planQuery('冠县纺织');

  it('orders by date through a filter-only sorted search, pages without a date last', async () => {
    const pf = fakePagefind(dated, {
      [plan.grams!]: ['u', 'a', 'b', 'c'],
      'null:{"date":"desc"}': ['c', 'a', 'b'],
      'null:{"date":"asc"}': ['b', 'a', 'c'],
    });
    expect(ids(await runSearch(pf, { q: '冠县纺织', filters: {}, sort: 'newest' }))).toEqual(['c', 'a', 'b', 'u']);
    expect(ids(await runSearch(pf, { q: '冠县纺织', filters: {}, sort: 'oldest' }))).toEqual(['b', 'a', 'c', 'u']);
  });

  it('lists what the filters allow when there is no query (undated last), and nothing without either', async () => {
    const pf = fakePagefind(dated, { 'null:{"date":"desc"}': ['b', 'a'], 'null:{}': ['u', 'v', 'a', 'b'] });
    expect(ids(await runSearch(pf, { q: '', filters: { type: '栏目' }, sort: 'newest' }))).toEqual([
      'b',
      'a',
      'u',
      'v',
    ]);
    expect((await runSearch(pf, { q: '', filters: {}, sort: 'relevance' })).results).toEqual([]);
    // Question words alone are a query with nothing to find, not a listing.
    expect((await runSearch(pf, { q: '是什么', filters: { type: '栏目' }, sort: 'newest' })).results).toEqual([]);
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
});

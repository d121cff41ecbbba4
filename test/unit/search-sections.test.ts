import { describe, expect, it } from 'vitest';
import { subResults } from '../../src/search/sections.ts';
import { WORDS_WINDOW, near, verify } from '../../src/search/verify.ts';
import { planQuery } from '../../src/search/plan.ts';

// Text as Pagefind stores it: words separated by zero-width spaces, blocks ended with ". ".
const zw = (s: string) => [...s].join('\u200b');
const content = [
  'qqabcdabcd qqabcd. ',
  `${zw('聊城市特色产业集群管理办法')}. `,
  `${zw('第一章　总则')}. ${zw('第一条')}. ${zw('为规范集群管理，制定本办法。')} `,
  `${zw('第二章　管理')}. ${zw('第十三条')}. ${zw('特色产业集群实行动态管理，有效期为5年。有效期满当年申请复核。')} `,
  `${zw('第十四条')}. ${zw('撤销其特色产业集群命名。')}`,
].join('');
const anchors = [
  { element: 'h2', id: '第一章', text: '第一章　总则' },
  { element: 'h3', id: '第一条', text: '第一条' },
  { element: 'h2', id: '第二章', text: '第二章　管理' },
  { element: 'h3', id: '第十三条', text: '第十三条' },
  { element: 'h3', id: '第十四条', text: '第十四条' },
  { element: 'p', id: 'note', text: '撤销' },
];

describe('sub-results', () => {
  it('gives the article that holds the phrase, under its chapter, with the phrase marked', () => {
    const [sub, ...rest] = subResults(content, anchors, ['有效期为5年']);
    expect(rest).toEqual([]);
    expect(sub.id).toBe('第十三条');
    expect(sub.title).toBe('第二章 管理 › 第十三条');
    expect(sub.excerpt.filter((s) => s.mark).map((s) => s.text.replaceAll('\u200b', ''))).toEqual(['有效期为5年']);
  });

  it('orders articles by how much of the query they hold', () => {
    expect(subResults(content, anchors, ['有效期']).map((s) => [s.id, s.weight])).toEqual([['第十三条', 2]]);
    // For words, the part holding most different words first (第十四条 has both), then document order.
    expect(subResults(content, anchors, ['集群', '撤销'], true).map((s) => s.id)).toEqual([
      '第十四条',
      '第一条',
      '第十三条',
    ]);
  });

  it('has none for a page without headings, or text before the first heading', () => {
    expect(subResults(content, [], ['有效期'])).toEqual([]);
    expect(subResults(content, anchors, ['管理办法'])).toEqual([]);
  });
});

describe('verification', () => {
  const page = (title: string, text: string, keys = '') => ({
    url: '/x/',
    content: `qqaaaa qqbbbb. ${title}. ${text}`,
    meta: { title, keys },
  });

  it('finds names, phrases and words; never the index tokens', () => {
    expect(verify(planQuery('临清纺织'), page('临清市纺织特色产业集群', '', '临清纺织'))?.tier).toBe(0);
    expect(verify(planQuery('清市纺'), page('临清市纺织特色产业集群', ''))?.tier).toBe(1);
    expect(verify(planQuery('有效期为5年'), page('办法', '有效期为5年。'))?.tier).toBe(3);
    expect(verify(planQuery('第13条'), page('办法', '第十三条 有效期'))?.found).toEqual(['第十三条']);
    expect(verify(planQuery('qqaaaa'), page('办法', ''))).toBeUndefined();
    expect(verify(planQuery('比特币'), page('办法', '比特'))).toBeUndefined();
  });
});

describe('words and pinyin need more than a coincidence', () => {
  const page = (text: string, py?: [string, string][]) => ({
    url: '/x/',
    content: text,
    meta: { title: '规划', ...(py ? { py: JSON.stringify(py) } : {}) },
  });

  it('asks the words of a query to be near each other', () => {
    const far = `宠物${'甲'.repeat(WORDS_WINDOW + 5)}医院`;
    expect(near(far, ['宠物', '医院'])).toBe(false);
    expect(near('宠物和医院', ['宠物', '医院'])).toBe(true);
    expect(
      verify(
        planQuery('宠物医院', () => ['宠物', '医院']),
        page(far),
      ),
    ).toBeUndefined();
    expect(
      verify(
        planQuery('宠物医院', () => ['宠物', '医院']),
        page('宠物可以去医院'),
      )?.tier,
    ).toBe(5);
  });

  it('reads a two-letter pinyin query from the start of a term only', () => {
    const py: [string, string][] = [['集群培育', 'ji qun pei yu']];
    expect(verify(planQuery('qp'), page('', py))).toBeUndefined();
    expect(verify(planQuery('jq'), page('', py))?.found).toEqual(['集群']);
    expect(verify(planQuery('qunpei'), page('', py))?.found).toEqual(['群培']);
  });
});

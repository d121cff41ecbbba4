import { describe, expect, it } from 'vitest';
import { type PagefindResult, contiguousFirst, hasRun } from '../../src/search/engine.ts';
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

  it('leaves question words out of what must be found, and writes article numbers as the documents do', () => {
    const plan = planQuery('第13条是什么意思');
    expect(plan.parts).toEqual(['第十三条']);
    expect(plan.alternatives).toEqual([['第13条']]);
    expect(plan.natural).toBe('第十三条');
    expect(planQuery('集群有效期几年').parts).toEqual(['集群有效期']);
    expect(planQuery('怎么申请 复核？').parts).toEqual(['申请', '复核']);
    expect(planQuery('有哪些').grams).toBeUndefined();
  });

  it('asks for words only where the part is made of them', () => {
    expect(planQuery('集群有效期', () => ['集群', '有效期']).required).toEqual(['集群', '有效期']);
    // A typo or a word the segmenter splits into characters gives no words to match by.
    expect(planQuery('临清纺只', () => ['临清', '纺', '只']).required).toEqual([]);
    expect(planQuery('预制菜', () => ['预', '制', '菜']).required).toEqual([]);
    // One-character words must be there too, except those that only join the others.
    expect(planQuery('临清市测试纺只集群', () => ['临清市', '测试', '纺', '只', '集群']).required).toEqual([
      '临清市',
      '测试',
      '集群',
      '纺',
      '只',
    ]);
    expect(planQuery('集群被撤销了', () => ['集群', '被', '撤销', '了']).required).toEqual(['集群', '撤销']);
  });

  it('also searches the names with a part written another way', () => {
    expect(planQuery('造纸').otherGrams).toEqual([queryTokens('纸业').join(' ')]);
  });

  it('has nothing to search for punctuation alone', () => {
    expect(planQuery('。、').grams).toBeUndefined();
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

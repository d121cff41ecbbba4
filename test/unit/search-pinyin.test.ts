import { describe, expect, it } from 'vitest';
import { pinyinTokens, syllableLine, syllables } from '../../src/outputs/search/pinyin.ts';

const prefixOf = (tokens: string[], query: string) => tokens.some((t) => t.startsWith(`qp${query}`));

describe('pinyin tokens', () => {
  it('give full pinyin and initials of every suffix', () => {
    const tokens = pinyinTokens('临清纺织');
    expect(tokens).toEqual(
      expect.arrayContaining(['qplinqingfangzhi', 'qplqfz', 'qpqingfangzhi', 'qpfangzhi', 'qpfz']),
    );
    for (const q of ['linqing', 'lqfz', 'fangzhi', 'qingfang', 'fz', 'linqingfang'])
      expect(prefixOf(tokens, q), q).toBe(true);
    expect(prefixOf(tokens, 'zhoucheng')).toBe(false);
  });

  it('find 轴承 by zhoucheng and zc', () => {
    const tokens = pinyinTokens('冠县清水镇轴承特色产业集群');
    expect(prefixOf(tokens, 'zhoucheng')).toBe(true);
    expect(prefixOf(tokens, 'qingshuizhen')).toBe(true);
    expect(prefixOf(tokens, 'zc')).toBe(true);
  });

  it('read place names right and write ü both as v and as u', () => {
    expect(syllables('东阿县')).toEqual(['dong', 'e', 'xian']);
    expect(syllables('莘县')).toEqual(['shen', 'xian']);
    expect(syllables('茌平')).toEqual(['chi', 'ping']);
    const green = pinyinTokens('绿色环保纸业');
    expect(prefixOf(green, 'lvse')).toBe(true);
    expect(prefixOf(green, 'luse')).toBe(true);
  });

  it('align syllables to characters, with _ where a character has none', () => {
    expect(syllableLine('钢球2号')).toBe('gang qiu _ hao');
  });
});

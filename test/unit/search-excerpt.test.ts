import { describe, expect, it } from 'vitest';
import { cleanContent, excerpt, findRanges, pinyinNeedles } from '../../src/search/excerpt.ts';
import { gramToken } from '../../src/search/text.ts';

const marked = (text: string, needles: string[], width?: number) =>
  excerpt(text, needles, width)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('excerpts', () => {
  it('drop the injected tokens from the page text', () => {
    const content = `${gramToken('临清')} ${gramToken('清市')} qplinqing. ${gramToken('钢')}. 临清市纺织特色产业集群. 临清市 · 纺织.`;
    expect(cleanContent(content)).toBe('临清市纺织特色产业集群　临清市 · 纺织');
    // A block break after Latin text or a number stays as Pagefind wrote it.
    expect(cleanContent('第十三条. 共 5. Fig. 2.')).toBe('第十三条　共 5. Fig. 2.');
  });

  it('highlight a query typed with other brackets', () => {
    expect(marked('依据《管理办法》（聊工信发〔2021〕97号）制定。', ['聊工信发202197号'])).toBe(
      '依据《管理办法》（[聊工信发〔2021〕97号]）制定。',
    );
    expect(marked('聊工信发〔2021〕97号', ['202197号'])).toBe('聊工信发〔[2021〕97号]');
  });

  it('highlight a name typed without the 市 in pieces', () => {
    expect(findRanges('临清市纺织特色产业集群', ['临清纺织'])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('centre on the first match and mark ellipses', () => {
    const text = `${'甲'.repeat(100)}。钢球特色产业集群${'乙'.repeat(100)}`;
    const out = marked(text, ['钢球'], 30);
    expect(out.startsWith('…[钢球]特色产业集群')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  it('start at the beginning when nothing matches', () => {
    expect(marked('东阿县钢球特色产业集群', ['轴承'])).toBe('东阿县钢球特色产业集群');
  });
});

describe('pinyin highlights', () => {
  const terms: [string, string][] = [
    ['临清纺织', 'lin qing fang zhi'],
    ['冠县清水镇轴承特色产业集群', 'guan xian qing shui zhen zhou cheng te se chan ye ji qun'],
    ['绿色', 'lv se'],
  ];
  it('map full pinyin, a partial last syllable and initials back to characters', () => {
    expect(pinyinNeedles(terms, 'zhoucheng')).toEqual(['轴承']);
    expect(pinyinNeedles(terms, 'zhouch')).toEqual(['轴承']);
    expect(pinyinNeedles(terms, 'lqfz')).toEqual(['临清纺织']);
    expect(pinyinNeedles(terms, 'luse')).toEqual(['绿色']);
    expect(pinyinNeedles(terms, 'x')).toEqual([]);
  });
});

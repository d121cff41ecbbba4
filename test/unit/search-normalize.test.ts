import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  chineseOrdinals,
  normalizeQuery,
  synonymsOf,
  toSimplified,
} from '../../src/search/normalize.ts';
import { SYNONYMS } from '../../src/search/synonyms.ts';
import { highlightUrl, highlightWords } from '../../src/search/highlight-url.ts';
import { matchForm } from '../../src/search/text.ts';

describe('numerals', () => {
  it('writes numbers as the documents write article numbers', () => {
    expect([1, 10, 13, 20, 21, 100, 105, 110, 1000, 2023].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十三',
      '二十',
      '二十一',
      '一百',
      '一百零五',
      '一百一十',
      '一千',
      '二千零二十三',
    ]);
    expect(chineseOrdinals('第3条和第13章')).toBe('第三条和第十三章');
    // Only after 第: years and document numbers are left alone.
    expect(chineseOrdinals('2021年97号')).toBe('2021年97号');
  });
});

describe('the normalised query', () => {
  it('takes question words out of what must be found', () => {
    expect(normalizeQuery('集群有效期几年').parts).toEqual(['集群有效期']);
    expect(normalizeQuery('什么是特色产业集群').parts).toEqual(['特色产业集群']);
    expect(normalizeQuery('撤销的条件是什么？').parts).toEqual(['撤销的条件']);
    expect(normalizeQuery('有效期为5年吗').parts).toEqual(['有效期为5年']);
    expect(normalizeQuery('阳谷化工新材料在哪个县').parts).toEqual(['阳谷化工新材料']);
    expect(normalizeQuery('临清纺织是什么级别').parts).toEqual(['临清纺织']);
    expect(normalizeQuery('怎么申请复核').asked).toBe(true);
    expect(normalizeQuery('临清纺织').asked).toBe(false);
  });

  it('compacts document numbers and folds full-width text', () => {
    expect(normalizeQuery('聊工信发［２０２１］９７号').parts).toEqual(['聊工信发202197号']);
    expect(normalizeQuery('2021年第97号').parts).toEqual(['202197号']);
  });

  it('turns Traditional into Simplified with the map it is given, and leaves other text alone', () => {
    expect(toSimplified('臨清紡織abc', { 臨: '临', 紡: '纺', 織: '织' })).toBe('临清纺织abc');
    expect(normalizeQuery('撤銷', { 銷: '销' }).parts).toEqual(['撤销']);
  });

  it('keeps the digits as typed and the synonyms as alternatives', () => {
    expect(normalizeQuery('第3条').alternatives).toEqual([['第3条']]);
    expect(synonymsOf('绿色造纸')).toEqual(['绿色纸业']);
    expect(synonymsOf('钢球')).toEqual([]);
  });

  it('has synonym groups in matching form, each word in one group only', () => {
    const words = SYNONYMS.flat();
    expect(words.every((w) => w === matchForm(w) && w.length >= 2)).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('highlight links', () => {
  it('carry what was found and the article anchor, and read back', () => {
    const url = highlightUrl('/policies/m/', ['有效期为5年', '有效期为5年'], '第十三条');
    expect(url).toBe(`/policies/m/?hl=${encodeURIComponent('有效期为5年')}#${encodeURIComponent('第十三条')}`);
    expect(highlightWords(new URL(url, 'http://x').search)).toEqual(['有效期为5年']);
    expect(highlightUrl('/policies/m/', [])).toBe('/policies/m/');
    // Pages without the marking script get plain links.
    expect(highlightUrl('/clusters/a/', ['纺织'])).toBe('/clusters/a/');
    expect(highlightWords('?q=1')).toEqual([]);
    expect(highlightWords(`?hl=${'长'.repeat(500)}`)[0]).toHaveLength(100);
  });
});

import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { publishedLists } from '../../src/model/lifecycle.ts';
import { buildModel } from '../../src/model/model.ts';
import { searchRecords } from '../../src/outputs/search/records.ts';
import { GRAM_PREFIX, encodeChar, gramToken, keyTokens, matchForm, queryTokens } from '../../src/search/text.ts';

/** True when Pagefind would find `query` tokens among `index` tokens: every query word is a prefix of some indexed word. */
function pagefindMatches(query: string[], index: string[]): boolean {
  return query.every((q) => index.some((w) => w.startsWith(q)));
}

describe('matching form', () => {
  it('folds width and case and drops punctuation and spaces', () => {
    expect(matchForm('聊工信发〔2021〕97号')).toBe('聊工信发202197号');
    expect(matchForm('聊工信发［２０２１］９７号')).toBe('聊工信发202197号');
    expect(matchForm('转型升级工作方案（2023-2025年）')).toBe('转型升级工作方案20232025年');
    expect(matchForm(' LCCR-2021-0050003 ')).toBe('lccr20210050003');
  });
});

describe('gram tokens', () => {
  it('are ASCII words no segmenter splits, one fixed length per gram', () => {
    expect(encodeChar('临')).toMatch(/^[a-z]{4}$/);
    expect(gramToken('临清')).toMatch(new RegExp(`^${GRAM_PREFIX}[a-z]{8}$`));
    expect(gramToken('临清')).not.toBe(gramToken('清临'));
    expect(new Set(['临', '清', '市', '纺', '织', '2', 'a', '𠀀'].map(encodeChar)).size).toBe(8);
  });

  it('index a key by its bigrams and its last character', () => {
    expect(keyTokens('钢球')).toEqual([gramToken('钢球'), gramToken('球')]);
    expect(keyTokens('（钢）')).toEqual([gramToken('钢')]);
    expect(keyTokens('')).toEqual([]);
  });

  it('query a part by its bigrams, and one character by its unigram', () => {
    expect(queryTokens('清市纺')).toEqual([gramToken('清市'), gramToken('市纺')]);
    expect(queryTokens('钢')).toEqual([gramToken('钢')]);
    expect(queryTokens('。')).toEqual([]);
  });

  // The property the recall guarantee rests on, over every name and title of the real content.
  it('find every contiguous substring of every real title and name', () => {
    const { content } = validateContent(readContent(new URL('../fixtures/seed', import.meta.url).pathname));
    const model = buildModel(content!, '2026-11-24');
    const records = searchRecords(model, publishedLists(content!, model));
    let checked = 0;
    for (const r of records) {
      const index = r.keys.flatMap(keyTokens);
      const chars = [...r.title];
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j <= chars.length; j++) {
          const q = chars.slice(i, j).join('');
          if (matchForm(q).length === 0) continue;
          expect(pagefindMatches(queryTokens(q), index), `${q} in ${r.title}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('do not find a page whose names lack the query', () => {
    const index = keyTokens('临清市纺织特色产业集群');
    expect(pagefindMatches(queryTokens('钢球'), index)).toBe(false);
    expect(pagefindMatches(queryTokens('纺市'), index)).toBe(false);
  });
});

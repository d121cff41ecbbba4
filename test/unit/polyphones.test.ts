import { describe, expect, it } from 'vitest';
import { clusterIdFor } from '../../src/publishing/import-list.ts';
import { POLYPHONES, readingOf } from '../../src/outputs/search/polyphones.ts';
import { pinyinTokens, syllableLine } from '../../src/outputs/search/pinyin.ts';
import { loadContent } from '../../src/content/load.ts';
import { FIXTURE_SITE } from './fixture-site.ts';

const settings = loadContent(FIXTURE_SITE).settings;
const toneless = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');

describe('polyphones of the county and industry vocabulary', () => {
  it('reads every word of the list as the list says', () => {
    for (const [word, reading] of Object.entries(POLYPHONES))
      expect(readingOf(word).join(' '), word).toBe(toneless(reading));
  });

  it('gives 阿胶 of 东阿县 the id donge-ejiao, not donge-ajiao', () => {
    expect(clusterIdFor({ county: '东阿县', industry: '阿胶', name: 'x' }, settings, new Set())).toBe('donge-ejiao');
  });

  it('indexes 东阿县阿胶 so that its pinyin and initials find it', () => {
    const tokens = pinyinTokens('东阿县阿胶');
    expect(tokens).toContain('qpdongexianejiao');
    expect(tokens).toContain('qpdexej');
    expect(tokens).toContain('qpejiao');
    expect(tokens.some((t) => t.includes('ajiao'))).toBe(false);
    expect(syllableLine('东阿阿胶')).toBe('dong e e jiao');
  });
});

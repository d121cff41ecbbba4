import { describe, expect, it } from 'vitest';
import { compareValues, industryKey, matches, parseQuery, queryString, sortBy } from '../../src/rules/directory.ts';

const row = {
  county: ['linqing'],
  level: ['provincial'],
  industry: ['纺织'],
  status: ['valid'],
  year: ['2022', '2024'],
};

describe('directory filters in the URL', () => {
  it('reads facets and sort from a query string, ignoring unknown keys and values', () => {
    expect(parseQuery('?county=linqing&industry=%E7%BA%BA%E7%BB%87&sort=since&dir=desc&foo=1')).toEqual({
      filters: { county: 'linqing', industry: '纺织' },
      sort: 'since',
      dir: 'desc',
    });
    expect(parseQuery('?sort=colour&dir=sideways')).toEqual({ filters: {}, sort: undefined, dir: 'asc' });
  });

  it('writes the same URL for the same state, whatever order it was chosen in', () => {
    expect(queryString({ filters: { year: '2024', county: 'linqing' }, dir: 'asc' })).toBe('?county=linqing&year=2024');
    expect(queryString({ filters: {}, sort: 'name', dir: 'desc' })).toBe('?sort=name&dir=desc');
    expect(queryString({ filters: {}, dir: 'asc' })).toBe('');
  });

  it('round-trips', () => {
    const q = { filters: { level: 'national', status: 'review-due' }, sort: 'county' as const, dir: 'desc' as const };
    expect(parseQuery(queryString(q))).toEqual(q);
  });

  it('matches a row only when every chosen facet matches (AND); a year matches any of the row’s years', () => {
    expect(matches(row, {})).toBe(true);
    expect(matches(row, { county: 'linqing', year: '2024' })).toBe(true);
    expect(matches(row, { county: 'linqing', level: 'municipal' })).toBe(false);
    expect(matches(row, { year: '2023' })).toBe(false);
  });
});

describe('directory sorting', () => {
  it('sorts numbers numerically and names in pinyin order, keeping ties in their given order', () => {
    expect(compareValues('10', '9')).toBeGreaterThan(0);
    expect(sortBy(['冠县', '阿胶', '临清市'], (x) => x, 'asc')).toEqual(['阿胶', '冠县', '临清市']);
    expect(
      sortBy(
        [
          { k: '1', n: 'a' },
          { k: '2', n: 'b' },
          { k: '1', n: 'c' },
        ],
        (x) => x.k,
        'desc',
      ).map((x) => x.n),
    ).toEqual(['b', 'a', 'c']);
    expect(sortBy(['2024-06-30', '', '2021-06-01'], (x) => x, 'asc')).toEqual(['', '2021-06-01', '2024-06-30']);
  });
});

describe('industry keys', () => {
  it('are the name when it is plain Chinese or letters, else a stable hash that cannot break a path', () => {
    expect(industryKey('纺织')).toBe('纺织');
    expect(industryKey('化工新材料')).toBe('化工新材料');
    const odd = industryKey("=CMD|' /C calc'!A0");
    expect(odd).toMatch(/^i[0-9a-f]{8}$/);
    expect(industryKey("=CMD|' /C calc'!A0")).toBe(odd);
    expect(industryKey('@import')).not.toBe(odd);
  });
});

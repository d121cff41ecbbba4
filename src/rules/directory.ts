/**
 * The cluster directory's filters and sort orders. Browser-safe (no Node
 * imports): the build uses it to pre-render one page per filter value (for
 * readers without JavaScript) and the directory's script uses the same
 * functions to filter by several facets at once, with the state in the URL
 * (/clusters/?county=linqing&level=provincial&sort=since&dir=desc).
 */
import type { Level } from './levels.ts';

/** The facets a reader can filter by, in the order the form shows them. */
export const FACETS = ['county', 'level', 'industry', 'status', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** URL keys of levels; "none" is a cluster holding no title today. */
export const LEVEL_KEYS: Record<Level | 'none', string> = {
  国家级: 'national',
  省级: 'provincial',
  市级: 'municipal',
  none: 'none',
};

/** Columns the table sorts by. */
export const SORT_KEYS = ['name', 'county', 'industry', 'level', 'status', 'since'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** A row's values per facet (a cluster may have several recognition years). */
export type FacetValues = Record<Facet, string[]>;

export interface DirectoryQuery {
  filters: Partial<Record<Facet, string>>;
  sort?: SortKey;
  dir: SortDir;
}

/** Reads filter and sort state from a query string; unknown keys and values are ignored. */
export function parseQuery(search: string): DirectoryQuery {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<Facet, string>> = {};
  for (const f of FACETS) {
    const v = params.get(f)?.trim();
    if (v) filters[f] = v;
  }
  const s = params.get('sort');
  const sort = (SORT_KEYS as readonly string[]).includes(s ?? '') ? (s as SortKey) : undefined;
  return { filters, sort, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}

/** The query string for a state, facets in fixed order so equal states give equal URLs ('' when empty). */
export function queryString(q: DirectoryQuery): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (q.filters[f]) params.set(f, q.filters[f]!);
  if (q.sort) {
    params.set('sort', q.sort);
    if (q.dir === 'desc') params.set('dir', 'desc');
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the row has every filtered value (facets combine with AND). */
export function matches(values: FacetValues, filters: DirectoryQuery['filters']): boolean {
  return FACETS.every((f) => !filters[f] || values[f].includes(filters[f]!));
}

/** Compares two sort values: numbers numerically, text in Chinese (pinyin) order. */
export function compareValues(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a.localeCompare(b, 'zh-CN');
}

/** Sorts items by a key; ties keep their original order, so the default order breaks them. */
export function sortBy<T>(items: readonly T[], value: (item: T) => string, dir: SortDir): T[] {
  const sign = dir === 'desc' ? -1 : 1;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => sign * compareValues(value(a.item), value(b.item)) || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The URL key of an industry: the name itself when it is only Chinese
 * characters, letters and digits (readable: /clusters/by/industry/纺织/), else
 * a stable hash, so no name can break a path or a space-separated attribute.
 */
export function industryKey(industry: string): string {
  if (/^[\p{Script=Han}A-Za-z0-9]+$/u.test(industry)) return industry;
  // FNV-1a, 32 bits: stable across builds and platforms.
  let h = 0x811c9dc5;
  for (const ch of industry) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `i${h.toString(16).padStart(8, '0')}`;
}

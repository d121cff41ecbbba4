/**
 * Runs a query plan (plan.ts) against a loaded Pagefind instance and merges
 * the answers: name matches first, then pinyin matches, then full-text
 * matches, each page once. Browser-safe; the bench runs this same module.
 */
import { type QueryPlan, planQuery } from './plan.ts';

/** The part of Pagefind's JS API used here. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words?: number[];
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
}
/** The part of pagefind.js used to open the bundles. */
export interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindApi & { init(): Promise<void> };
}

/**
 * One search over the index's bundles (shards.ts). A sorted search (by date,
 * the only sort key) is the bundles' own sorted lists one after another:
 * bundles hold consecutive date ranges, newest first. Otherwise the answers
 * are merged by score, as Pagefind's own mergeIndex does. (mergeIndex itself
 * cannot be used: it merges sorted answers by rank, interleaving the bundles.)
 */
export function combineShards(shards: readonly PagefindApi[]): PagefindApi {
  if (shards.length === 1) return shards[0];
  return {
    async search(term, options) {
      const lists = (await Promise.all(shards.map((s) => s.search(term, options)))).map((a) => a?.results ?? []);
      if (options?.sort)
        return { results: (Object.values(options.sort)[0] === 'asc' ? lists.reverse() : lists).flat() };
      return { results: lists.flat().sort((a, b) => b.score - a.score) };
    },
  };
}

/**
 * Opens the index's bundles (their root-relative URLs), each with its own
 * copy of pagefind.js: Pagefind's WebAssembly glue is global to the module,
 * so a second createInstance from one module re-initialises the WebAssembly
 * under the first instance (measured: it fetched one bundle's chunks from
 * another's directory, then failed with "memory access out of bounds").
 * `load` imports a bundle's pagefind.js.
 */
export async function openIndex(
  bundles: readonly string[],
  load: (url: string) => Promise<PagefindModule>,
): Promise<PagefindApi> {
  const shards = await Promise.all(
    bundles.map(async (basePath) => {
      const shard = (await load(`${basePath}pagefind.js`)).createInstance({ basePath });
      await shard.init();
      return shard;
    }),
  );
  return combineShards(shards);
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/**
 * A hidden Pagefind filter on every page that has a date (records.ts,
 * documents.ts). Date-sorted searches ask for it: Pagefind leaves pages
 * without the sort key out of a sorted search, but not in a bundle where no
 * page has one (it then returns them all, unsorted), which a bundle of only
 * undated pages would be.
 */
export const DATED_FILTER = { key: 'dated', value: 'yes' } as const;

export interface SearchRequest {
  q: string;
  /** Filter key → the one value chosen. */
  filters: Record<string, string>;
  sort: SortOrder;
}

export interface SearchAnswer {
  plan: QueryPlan;
  results: PagefindResult[];
}

/** True when `words` holds `length` consecutive positions. */
export function hasRun(words: readonly number[], length: number): boolean {
  const set = new Set(words);
  return words.some((w) => {
    for (let k = 1; k < length; k++) if (!set.has(w + k)) return false;
    return true;
  });
}

/**
 * Pages whose names contain the query contiguously first: every bigram of
 * 集群000 is also in 集群01000, but only in a name that contains it are the
 * matched tokens consecutive. The rest keep their order after them.
 */
export function contiguousFirst(results: PagefindResult[], run: number): PagefindResult[] {
  if (run < 2) return results;
  const whole = results.filter((r) => !r.words || hasRun(r.words, run));
  return [...whole, ...results.filter((r) => !whole.includes(r))];
}

export async function runSearch(pagefind: PagefindApi, request: SearchRequest): Promise<SearchAnswer> {
  const plan = planQuery(request.q);
  const filters = request.filters;
  const run = async (term: string | null, sort?: Record<string, 'asc' | 'desc'>) =>
    (
      await pagefind.search(
        term,
        sort ? { filters: { ...filters, [DATED_FILTER.key]: DATED_FILTER.value }, sort } : { filters },
      )
    )?.results ?? [];
  const dateSort = request.sort === 'oldest' ? ({ date: 'asc' } as const) : ({ date: 'desc' } as const);

  // No words: list everything the filters allow, newest first unless asked otherwise.
  if (!plan.grams) {
    if (!Object.values(filters).some(Boolean)) return { plan, results: [] };
    // A sorted search leaves out pages without a date (records.ts): they come after the dated ones.
    const dated = await run(null, dateSort);
    const ids = new Set(dated.map((r) => r.id));
    return { plan, results: [...dated, ...(await run(null)).filter((r) => !ids.has(r.id))] };
  }

  let names = contiguousFirst(await run(plan.grams), plan.run);
  if (names.length === 0 && plan.relaxed) names = await run(plan.relaxed);
  const pinyin = plan.pinyin ? await run(plan.pinyin) : [];
  const text = await run(plan.natural);
  const seen = new Set<string>();
  const results = [...names, ...pinyin, ...text].filter((r) => !seen.has(r.id) && seen.add(r.id));

  if (request.sort !== 'relevance') {
    // Pagefind sorts one search at a time; order the merged list by the position
    // of each page in a filter-only search sorted by date (pages without a date last).
    const order = new Map((await run(null, dateSort)).map((r, i) => [r.id, i]));
    const at = (id: string) => order.get(id) ?? order.size;
    results.sort((a, b) => at(a.id) - at(b.id));
  }
  return { plan, results };
}

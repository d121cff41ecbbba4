/**
 * Runs a query plan (plan.ts) against a loaded Pagefind instance: the
 * searches propose pages, each proposal is checked against the page itself
 * (verify.ts) and ranked by how it matches — a name that is the query, a
 * name containing it, the phrase in the text, all its words in the text —
 * so a page that does not contain the query is never listed. When nothing
 * matches, names that share most of it are offered instead (是否要找).
 * Browser-safe; the bench runs this same module.
 */
import type { VariantMap } from './normalize.ts';
import { type QueryPlan, planQuery } from './plan.ts';
import { charPairs, gramToken } from './text.ts';
import { TIERS, type Tier, verify } from './verify.ts';

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
  /** The elements with an id, in document order (see sections.ts). */
  anchors?: { element: string; id: string; text: string; location?: number }[];
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
  createInstance(options: { basePath: string; mergeFilter?: Record<string, string> }): PagefindApi & {
    init(): Promise<void>;
    mergeIndex(basePath: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  };
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
 * A filter Pagefind adds to every page of a bundle opened by openIndex
 * (mergeFilter), its value the bundle's index: a date-sorted search asks
 * each open bundle in turn, so the lists can be put one after another.
 */
export const BUNDLE_FILTER = 'bundle';

/** The index as the search page holds it: the bundles opened so far, searched as one. */
export interface SearchIndex extends PagefindApi {
  /** How many bundles the index has. */
  readonly bundles: number;
  /** Opens the bundles (their indexes) not open yet; later searches cover them too. */
  open(which: readonly number[]): Promise<void>;
}

/**
 * Opens an index of one or more bundles (their root-relative URLs) with one
 * copy of Pagefind: the first bundle's pagefind.js, worker and WebAssembly
 * (145 KB, once), the other bundles merged into it (mergeIndex) only when
 * open() asks for them, each costing its entry and metadata. (A separate
 * instance per bundle downloaded the runtime once per bundle; several
 * instances from one module re-initialised the WebAssembly under each other
 * in Pagefind 1.3.) Each bundle's pages carry BUNDLE_FILTER. `load` imports
 * pagefind.js. The first bundle is always open: it holds the runtime.
 */
export async function openIndex(
  bundles: readonly string[],
  load: (url: string) => Promise<PagefindModule>,
): Promise<SearchIndex> {
  if (bundles.length === 0) throw new Error('search index: no bundles to open');
  const tag = (i: number) => ({ [BUNDLE_FILTER]: String(i) });
  const sharded = bundles.length > 1;
  const pagefind = (await load(`${bundles[0]}pagefind.js`)).createInstance({
    basePath: bundles[0],
    ...(sharded ? { mergeFilter: tag(0) } : {}),
  });
  await pagefind.init();
  const opened = new Map<number, Promise<void>>([[0, Promise.resolve()]]);
  return {
    bundles: bundles.length,
    async open(which) {
      for (const i of which) {
        if (!Number.isInteger(i) || i < 0 || i >= bundles.length)
          throw new Error(`search index: no bundle ${i} (${bundles.length} bundles)`);
        if (!opened.has(i)) opened.set(i, pagefind.mergeIndex(bundles[i], { mergeFilter: tag(i) }));
      }
      await Promise.all(opened.values());
    },
    async search(term, options) {
      if (!options?.sort || opened.size === 1) return pagefind.search(term, options);
      // Pagefind ranks a merged sorted search by position within each bundle: ask each bundle alone.
      const open = [...opened.keys()].sort((a, b) => a - b);
      const parts = open.map((i) =>
        pagefind.search(term, { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: String(i) } }),
      );
      return combineShards(parts.map((p) => ({ search: () => p }))).search(term, options);
    },
  };
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
  results: Hit[];
  /** When nothing matched: pages whose names share most of the query (是否要找), best first. */
  suggestions: PagefindResult[];
}

/** A result that was checked against its page (verify.ts), or trusted unchecked past the verification limit. */
export interface Hit extends PagefindResult {
  tier: Tier;
  /** What was found, in matching form; empty for a hit listed without a query (filters only). */
  found: string[];
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

/**
 * Most proposals checked against their page per query (each check reads the
 * page's fragment, one request). Past it, name proposals whose matched
 * tokens run as long as the query are listed unchecked (a real contiguous
 * match; the false ones come from words Pagefind did not find); the rest are
 * dropped. Only a large site reaches it (a name query at 10,000 clusters).
 */
export const VERIFY_LIMIT = 60;

/**
 * Below this many pages, a query that no search proposes a match for is
 * checked against every page (Pagefind's segmentation can miss a phrase that
 * crosses its word boundaries; reading 21 fragments costs less than a miss).
 */
export const SCAN_LIMIT = 120;

/** Most pages offered under 是否要找. */
export const MAX_SUGGESTIONS = 5;

/** What a search needs of a sharded index before it runs (see EngineOptions.narrow). */
export type Need =
  { kind: 'all' } | { kind: 'results'; plan: QueryPlan } | { kind: 'suggestions'; plan: QueryPlan; pairs: string[] };

export interface EngineOptions {
  /** Traditional → Simplified characters (normalize.ts); none leaves the query as typed. */
  variants?: VariantMap;
  /**
   * Opens the bundles of a sharded index that can answer (routes.ts) before
   * the searches run; resolves false when none can, and nothing is searched.
   * Without it the index is searched as it is.
   */
  narrow?: (need: Need) => Promise<boolean>;
  /**
   * Stop checking proposals once this many match (each check reads a
   * fragment, one request): the rest are left out, except name proposals
   * whose matched tokens run as long as the query, listed unchecked as past
   * VERIFY_LIMIT. Unset, up to VERIFY_LIMIT are checked. A large site's page
   * sets it to what one screen shows, so a first search reads the fragments
   * it shows and few others.
   */
  enough?: number;
}

/** Memoises a result's data() so that verifying and showing it read the fragment once. */
function cached(r: PagefindResult): PagefindResult {
  let data: Promise<PagefindData> | undefined;
  return { ...r, data: () => (data ??= r.data()) };
}

export async function runSearch(
  pagefind: PagefindApi,
  request: SearchRequest,
  options: EngineOptions = {},
): Promise<SearchAnswer> {
  const plan = planQuery(request.q, undefined, options.variants);
  const filters = request.filters;
  const run = async (term: string | null, sort?: Record<string, 'asc' | 'desc'>) =>
    (
      await pagefind.search(
        term,
        sort ? { filters: { ...filters, [DATED_FILTER.key]: DATED_FILTER.value }, sort } : { filters },
      )
    )?.results ?? [];
  const dateSort = request.sort === 'oldest' ? ({ date: 'asc' } as const) : ({ date: 'desc' } as const);
  const listed = (r: PagefindResult): Hit => ({ ...r, tier: TIERS.exactName, found: [] });

  // No words: list everything the filters allow, newest first unless asked otherwise.
  if (!plan.grams) {
    if (!Object.values(filters).some(Boolean) || request.q.trim()) return { plan, results: [], suggestions: [] };
    await options.narrow?.({ kind: 'all' });
    // A sorted search leaves out pages without a date (records.ts): they come after the dated ones.
    const dated = await run(null, dateSort);
    const ids = new Set(dated.map((r) => r.id));
    const all = [...dated, ...(await run(null)).filter((r) => !ids.has(r.id))];
    return { plan, results: all.map(listed), suggestions: [] };
  }

  if (options.narrow && !(await options.narrow({ kind: 'results', plan })))
    return { plan, results: [], suggestions: await suggest(plan, run, options.narrow) };
  // Proposals, most trusted first; each page once.
  const names = contiguousFirst(await run(plan.grams), plan.run);
  const proposals: PagefindResult[] = [...names];
  const searches = [
    plan.relaxed,
    ...plan.otherGrams,
    plan.pinyin,
    plan.natural,
    plan.words.length > 1 ? plan.words.join(' ') : undefined,
  ].filter((term): term is string => Boolean(term));
  const lists = await Promise.all(searches.map((term) => run(term)));
  for (const list of lists) proposals.push(...list);
  // Pagefind's own ranking of the text, for ordering the matches in the text among themselves.
  const textRank = new Map(lists[searches.indexOf(plan.natural)]?.map((r, i) => [r.id, i]) ?? []);
  const seen = new Set<string>();
  const unique = proposals.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(cached);

  const check = async (list: readonly PagefindResult[]): Promise<Hit[]> =>
    (
      await Promise.all(
        list.map(async (r) => {
          const verdict = verify(plan, await r.data());
          return verdict ? { ...r, ...verdict } : undefined;
        }),
      )
    ).filter((h): h is Hit => Boolean(h));
  // In batches of `enough`, in the order proposed, until that many match (or VERIFY_LIMIT are read).
  const batch = options.enough && options.enough > 0 ? options.enough : VERIFY_LIMIT;
  let hits: Hit[] = [];
  let checked = 0;
  while (checked < Math.min(VERIFY_LIMIT, unique.length) && !(options.enough && hits.length >= options.enough)) {
    const next = unique.slice(checked, Math.min(VERIFY_LIMIT, checked + batch));
    hits.push(...(await check(next)));
    checked += next.length;
  }
  const nameIds = new Set(names.map((r) => r.id));
  const trusted = unique
    .slice(checked)
    .filter((r) => nameIds.has(r.id) && r.words && hasRun(r.words, plan.run))
    .map((r): Hit => ({ ...r, tier: TIERS.name, found: plan.parts }));

  if (hits.length === 0 && trusted.length === 0) {
    // Pagefind segments a phrase differently from the index: ask for each word alone, then, on a small site, read every page.
    const byWord = (await Promise.all(plan.words.slice(0, 6).map((w) => run(w)))).flat();
    const fresh = byWord.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(cached);
    hits = await check(fresh.slice(0, VERIFY_LIMIT));
    if (hits.length === 0) {
      const all = await run(null);
      if (all.length <= SCAN_LIMIT) hits = await check(all.filter((r) => !seen.has(r.id)).map(cached));
    }
  }
  // By tier; names in the order proposed (contiguous first), matches in the text by Pagefind's score for the text.
  const rankInText = (h: Hit) => (h.tier >= TIERS.phrase ? (textRank.get(h.id) ?? textRank.size) : 0);
  const results = [...hits.sort((a, b) => a.tier - b.tier || rankInText(a) - rankInText(b)), ...trusted];

  if (request.sort !== 'relevance') {
    // Pagefind sorts one search at a time; order the merged list by the position
    // of each page in a filter-only search sorted by date (pages without a date last).
    const order = new Map((await run(null, dateSort)).map((r, i) => [r.id, i]));
    const at = (id: string) => order.get(id) ?? order.size;
    results.sort((a, b) => at(a.id) - at(b.id));
  }
  const suggestions = results.length === 0 ? await suggest(plan, run, options.narrow) : [];
  return { plan, results, suggestions };
}

/**
 * 是否要找: when nothing contains the query, the pages whose names hold most
 * of its character pairs (a typo, a character too many: 临清纺只 → 临清市纺织…),
 * at least half of them. Each pair is one name search.
 */
async function suggest(
  plan: QueryPlan,
  run: (term: string) => Promise<PagefindResult[]>,
  narrow?: EngineOptions['narrow'],
): Promise<PagefindResult[]> {
  const texts = [...new Set(plan.parts.flatMap((p) => (p.length >= 2 ? charPairs(p) : [])))].slice(0, 10);
  if (texts.length === 0) return [];
  if (narrow && !(await narrow({ kind: 'suggestions', plan, pairs: texts }))) return [];
  const pairs = texts.map(gramToken);
  const score = new Map<string, { r: PagefindResult; n: number }>();
  for (const list of await Promise.all(pairs.map((pair) => run(pair))))
    for (const r of list) score.set(r.id, { r, n: (score.get(r.id)?.n ?? 0) + 1 });
  const need = Math.max(1, Math.ceil(pairs.length / 2));
  return [...score.values()]
    .filter((s) => s.n >= need)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.r);
}

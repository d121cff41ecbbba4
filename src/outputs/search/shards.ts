/**
 * The search index in bundles ("shards"). Pagefind needs memory in
 * proportion to the pages of one index when it writes it (about 2 GB at
 * 13,500 pages), so a large site is indexed as several Pagefind bundles of at
 * most SEARCH_SHARD_SIZE pages each, one after another; the search page
 * queries them all and merges the answers (engine.ts, combineShards). Pages
 * go to bundles in date order, newest first, so that a list sorted by date
 * is the bundles' own sorted lists one after another. A site of up to one
 * bundle's size (the real site) has exactly one: /pagefind/.
 * Browser-safe, except shardSize (reads the environment at build time).
 */

/** Pages per bundle unless SEARCH_SHARD_SIZE says otherwise (see docs/quality.md for the measurement). */
export const DEFAULT_SHARD_SIZE = 3000;

/** Node only: the bundle size for this build. */
export function shardSize(): number {
  const size = Number(process.env.SEARCH_SHARD_SIZE);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_SHARD_SIZE;
}

/** Root-relative URL of bundle `i`: /pagefind/, /pagefind-2/, /pagefind-3/ … */
export function bundlePath(i: number): string {
  return i === 0 ? '/pagefind/' : `/pagefind-${i + 1}/`;
}

/** How many bundles `pages` pages need. */
export function shardCount(pages: number, size: number): number {
  return Math.max(1, Math.ceil(pages / size));
}

/** The bundle URLs of an index of `pages` pages. */
export function bundlePaths(pages: number, size: number): string[] {
  return Array.from({ length: shardCount(pages, size) }, (_, i) => bundlePath(i));
}

/**
 * Splits items into shardCount bundles of near-equal size, newest first: by
 * date descending, then by URL, so the split is the same on every build.
 */
export function splitShards<T>(
  items: readonly T[],
  size: number,
  key: (item: T) => { date?: string; url: string },
): T[][] {
  const compare = (a: T, b: T) => {
    // Undated pages count as oldest.
    const x = { ...key(a), date: key(a).date ?? '' };
    const y = { ...key(b), date: key(b).date ?? '' };
    if (x.date !== y.date) return x.date < y.date ? 1 : -1;
    return x.url < y.url ? -1 : x.url > y.url ? 1 : 0;
  };
  const sorted = [...items].sort(compare);
  const count = shardCount(sorted.length, size);
  const per = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * per, (i + 1) * per));
}

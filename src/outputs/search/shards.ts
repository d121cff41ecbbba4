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

/** The bundle URLs of an index of these pages, split as the build splits them (splitShards). */
export function bundlePaths(pages: readonly { date?: string; url: string }[], size: number): string[] {
  return splitShards(pages, size, (p) => p).map((_, i) => bundlePath(i));
}

/**
 * Splits items into bundles of at most `size`, newest first, each bundle a
 * run of consecutive dates (by date descending, then by URL, so the split is
 * the same on every build). Bundles are filled from the oldest page and cut
 * only between two dates: a day's publication then changes the newest
 * bundle and the bundles of the pages it touches, not every bundle after a
 * shifted boundary — and a bundle whose documents did not change is reused
 * by the next build (scripts/build-steps/search-cache.ts, issue 18). A date
 * with more pages than a bundle holds is split in URL order.
 */
export function splitShards<T>(
  items: readonly T[],
  size: number,
  key: (item: T) => { date?: string; url: string },
): T[][] {
  const dated = items.map((item) => ({ item, ...key(item), date: key(item).date ?? '' }));
  // Oldest first here (undated pages count as oldest); the result is turned newest first at the end.
  dated.sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.url < y.url ? 1 : x.url > y.url ? -1 : 0));
  const shards: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < dated.length;) {
    let j = i;
    while (j < dated.length && dated[j].date === dated[i].date) j++;
    if (current.length > 0 && current.length + (j - i) > size) {
      shards.push(current);
      current = [];
    }
    for (const { item } of dated.slice(i, j)) {
      if (current.length === size) {
        shards.push(current);
        current = [];
      }
      current.push(item);
    }
    i = j;
  }
  if (current.length > 0 || shards.length === 0) shards.push(current);
  return shards.reverse().map((shard) => shard.reverse());
}

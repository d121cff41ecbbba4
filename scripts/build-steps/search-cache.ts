/**
 * The cache of written search bundles between builds (issue 18)
 * (SEARCH_CACHE_DIR, default node_modules/.cache/search-bundles; `off`
 * disables it).
 *
 * Pagefind takes about 9 s per 3,000-page bundle, and the daily rebuild
 * changes the documents of few bundles or none. A bundle is kept as a
 * directory named by a hash of everything that decides its bytes — every
 * document's URL and HTML, the Pagefind version and this file's CACHE_VERSION
 * — so a changed document, a new Pagefind or new indexing code simply misses,
 * and a hit is the bundle a cold build would write (Pagefind's output is a
 * function of its input: the reproducibility check compares whole builds).
 * Like the social-image cache (src/outputs/og/cache.ts), several sites may
 * share it, so bundles go by age: a hit refreshes the directory's time and
 * `pruneSearchCache` removes bundles no build has used for MAX_AGE_DAYS.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pruneByAge } from '../../src/outputs/cache-prune.ts';

/** Bump when the indexing code changes what a bundle holds for the same documents. */
const CACHE_VERSION = 1;
const HASH = /^[0-9a-f]{64}$/;

const pagefindVersion: string = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8'),
).version;

/** The cache directory, or undefined when caching is off. Read at each call, so tests can point it elsewhere. */
export function searchCacheDir(): string | undefined {
  const dir = process.env.SEARCH_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/search-bundles');
  return dir === 'off' ? undefined : dir;
}

/** The key of a bundle of these documents, in this order, with or without the gram and pinyin tokens. */
export function bundleKey(documents: readonly { url: string; html: string }[], tokens: boolean): string {
  const hash = createHash('sha256').update(JSON.stringify([CACHE_VERSION, pagefindVersion, tokens]));
  // Lengths first, so no two different lists of documents make the same byte stream.
  for (const d of documents) hash.update(`\n${d.url.length}:${d.url}${d.html.length}:`).update(d.html);
  return hash.digest('hex');
}

/** Copies the cached bundle `key` to `output` and marks it used; false when there is none (or the cache is off). */
export function restoreBundle(key: string, output: string): boolean {
  const dir = searchCacheDir();
  if (!dir) return false;
  const cached = join(dir, key);
  if (!existsSync(cached)) return false;
  rmSync(output, { recursive: true, force: true });
  cpSync(cached, output, { recursive: true });
  const now = new Date();
  utimesSync(cached, now, now);
  return true;
}

/** Keeps the bundle written to `output` as `key` (copied, then renamed, so a build that dies mid-copy leaves no half bundle). */
export function keepBundle(key: string, output: string): void {
  const dir = searchCacheDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const target = join(dir, key);
  if (existsSync(target)) return;
  const partial = `${target}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(output, partial, { recursive: true });
  renameSync(partial, target);
}

/** Removes bundles unused for `maxAgeDays` and partial copies older than a day; only the cache's own names are touched. */
export function pruneSearchCache(
  dir: string | undefined,
  options: { maxAgeDays?: number; now?: number } = {},
): { removed: number; kept: number } {
  const { removed, kept } = pruneByAge(dir, { entry: HASH, partial: /^[0-9a-f]{64}\.\d+\.tmp$/ }, options);
  return { removed, kept };
}

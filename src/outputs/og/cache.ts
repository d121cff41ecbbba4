/**
 * The cache of drawn social images between builds
 * (OG_CACHE_DIR, default node_modules/.cache/og-images; `off` disables it).
 *
 * A card is a file named by a hash of everything that decides its bytes, so
 * an edited title, a new font or new drawing code simply misses. Old files are
 * never read again, and nothing else would remove them: every hit therefore
 * refreshes the file's modification time, and after a build `pruneOgCache`
 * removes cards no build has used for MAX_AGE_DAYS (and partial writes a build
 * that died left behind). Several sites may share the cache (the real site,
 * the test fixtures), which is why it goes by age and not by "unused in the
 * last build".
 */
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PruneResult, pruneByAge } from '../cache-prune.ts';

export { MAX_AGE_DAYS } from '../cache-prune.ts';

/** The cache directory, or undefined when caching is off. Read at each call, so tests can point it elsewhere. */
export function ogCacheDir(): string | undefined {
  const dir = process.env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/og-images');
  return dir === 'off' ? undefined : dir;
}

/** The cached PNG with this hash, marking it used; undefined when missing or the cache is off. */
export function readCachedCard(hash: string): Buffer | undefined {
  const dir = ogCacheDir();
  if (!dir) return undefined;
  const file = join(dir, `${hash}.png`);
  if (!existsSync(file)) return undefined;
  const now = new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}

/** Keeps a drawn PNG (write then rename, so a build that dies mid-write never leaves a broken card). */
export function writeCachedCard(hash: string, png: Buffer): void {
  const dir = ogCacheDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${hash}.png`);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/**
 * Removes from `dir` (usually `ogCacheDir()`; undefined: the cache is off) cards
 * unused for `maxAgeDays` and partial writes older than a day.
 * Only files the cache itself writes (`<hash>.png`, `<hash>.png.<pid>.tmp`) are touched.
 */
export function pruneOgCache(
  dir: string | undefined,
  options: { maxAgeDays?: number; now?: number } = {},
): PruneResult {
  return pruneByAge(dir, { entry: /^[0-9a-f]{64}\.png$/, partial: /^[0-9a-f]{64}\.png\.\d+\.tmp$/ }, options);
}

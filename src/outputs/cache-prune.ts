/**
 * How the build's caches between builds forget (the drawn social images,
 * src/outputs/og/cache.ts; the written search bundles,
 * scripts/build-steps/search-cache.ts). Several sites share a cache (the real
 * site, the test fixtures), so an entry goes by age, not by "unused in the
 * last build": every hit refreshes its modification time, and after a build
 * entries no build has used for MAX_AGE_DAYS are removed, with partial writes
 * a build that died left behind. Node only.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_AGE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface PruneResult {
  removed: number;
  bytes: number;
  kept: number;
}

/**
 * Removes from `dir` (undefined: the cache is off) the entries named like
 * `entry` unused for `maxAgeDays`, and those named like `partial` older than
 * a day. Nothing else in `dir` is touched. An entry may be a file or a folder.
 */
export function pruneByAge(
  dir: string | undefined,
  names: { entry: RegExp; partial: RegExp },
  { maxAgeDays = MAX_AGE_DAYS, now = Date.now() } = {},
): PruneResult {
  const result: PruneResult = { removed: 0, bytes: 0, kept: 0 };
  if (!dir || !existsSync(dir)) return result;
  for (const name of readdirSync(dir)) {
    const entry = names.entry.test(name);
    if (!entry && !names.partial.test(name)) continue;
    const path = join(dir, name);
    const { mtimeMs, size } = statSync(path);
    if (now - mtimeMs > (entry ? maxAgeDays : 1) * DAY_MS) {
      rmSync(path, { recursive: true, force: true });
      result.removed++;
      result.bytes += size;
    } else {
      result.kept++;
    }
  }
  return result;
}

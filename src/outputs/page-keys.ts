/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild,
 * issue 18). Astro reuses a page from the previous build when the code it
 * imports is unchanged (Astro hashes the module graph itself) and its
 * `cacheKey` is the one it had; so a key must change whenever anything the
 * page shows could. A key is a hash of two parts:
 *
 *   - the site's own part (siteKey): what any page may read besides its
 *     entity — the settings (layout, contact, rules basis) and every policy's
 *     own facts (title, dates, validity as of the day, successors), which
 *     pages link and badge — so a change to either, rare next to a day's
 *     announcements, renders every keyed page again. Not the lists of what
 *     cites a policy: a new announcement citing the 办法 changes only the
 *     办法's own page;
 *   - the page's part: the entity as the page gets it (statuses and timelines
 *     already computed as of the day) and whatever else of the model the page
 *     and its components read.
 *
 * The as-of day itself is not part of any key: pages write it through marks
 * (src/format/as-of-mark.ts) filled in after rendering. Whether the keys are
 * complete is proved, not trusted: the reproducibility check and the e2e
 * tests compare a build reusing yesterday's pages with one rendering them all.
 * Node only.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../model/model.ts';

/** JSON with Maps and Sets written as their entries, so a model holding them hashes by content. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

const siteKeys = new WeakMap<SiteModel, string>();

/** The site's own part of every key, computed once per model. */
export function siteKey(model: SiteModel): string {
  let key = siteKeys.get(model);
  if (key === undefined) {
    const policies = model.policies.map(({ id, data, validity, successors, sortDate, interprets }) => ({
      ...{ id, data, validity, successors, sortDate, interprets },
    }));
    key = hashOf(stableJson([model.settings, policies]));
    siteKeys.set(model, key);
  }
  return key;
}

/** The cache key of a file made from `inputs` alone (a social image from its card), without the site's part. */
export function dataKey(inputs: unknown): string {
  return hashOf(stableJson(inputs));
}

const partKeys = new WeakMap<object, string>();

/**
 * The key of a part of the model that many pages show (a notice on the page
 * of every cluster it names), hashed once however many keys include it: a
 * 公示 of 500 clusters would otherwise be written out 500 times.
 */
export function partKey(part: object): string {
  let key = partKeys.get(part);
  if (key === undefined) {
    key = dataKey(part);
    partKeys.set(part, key);
  }
  return key;
}

/** The cache key of a page of `model` that shows `inputs` (anything JSON can write, Maps and Sets included). */
export function pageKey(model: SiteModel, inputs: unknown): string {
  return hashOf(stableJson([siteKey(model), inputs]));
}

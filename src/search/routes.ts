/**
 * Which bundles of a sharded index (shards.ts) can answer a query (issue 18).
 * Each bundle costs a reader its metadata and index chunks on a first search,
 * so the search page opens only the bundles that hold every character some
 * match would need. The index step writes the table (ROUTES_FILE, one small
 * file beside variants.json in /pagefind/): for each character of the
 * documents from U+2E80 on (CJK and full-width forms: what the index step
 * already collects for variants.json), the bundles whose documents contain it. A character in no bundle means no page has it.
 *
 * The rule is only a necessary condition, so opening fewer bundles never
 * loses a match: a page is listed only when verify.ts finds a part (or one
 * of its other forms) in it, or all the required words — all of which are
 * made of the page's own characters in matching form. Pinyin and forms of
 * letters, digits and other characters below U+2E80 are not routed (every
 * bundle is assumed to hold them). Browser-safe and pure.
 */
import type { QueryPlan } from './plan.ts';
import { fold } from './text.ts';

/** The file the index step writes into the first bundle when there are several. */
export const ROUTES_FILE = 'routes.json';

/** ROUTES_FILE as written: the bundle count, and for each set of bundles (a bit mask in base 36) the characters that occur in exactly those. */
export interface RoutesJson {
  bundles: number;
  masks: Record<string, string>;
}

/** The table read back: character → bit mask of the bundles that hold it. */
export interface Routes {
  bundles: number;
  chars: Map<string, number>;
}

/** Most bundles a table can describe (one bit each in a 32-bit mask). */
export const MAX_ROUTED_BUNDLES = 31;

/** Characters that are routed: CJK and full-width forms, from U+2E80 (string order compares code units; surrogates come later). */
export const isRouted = (ch: string): boolean => ch > '\u2e7f';

/**
 * The table of `chars[i]`, the characters of bundle i's documents (of which
 * those below U+2E80 are ignored). Each is also entered as folded (NFKC:
 * a compatibility ideograph is matched as its unified form).
 */
export function routesOf(chars: readonly Iterable<string>[]): RoutesJson {
  // The index step says so to the clerk first (search-index.ts); this guards the mask arithmetic.
  if (chars.length > MAX_ROUTED_BUNDLES)
    throw new Error(`routesOf: ${chars.length} bundles, at most ${MAX_ROUTED_BUNDLES} fit a mask`);
  const mask = new Map<string, number>();
  chars.forEach((set, i) => {
    for (const raw of set)
      for (const ch of new Set([raw, ...fold(raw)])) if (isRouted(ch)) mask.set(ch, (mask.get(ch) ?? 0) | (1 << i));
  });
  const masks: Record<string, string> = {};
  for (const [ch, m] of [...mask].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    masks[m.toString(36)] = (masks[m.toString(36)] ?? '') + ch;
  return { bundles: chars.length, masks };
}

/** Reads ROUTES_FILE; throws on a table that is not one (the page then opens every bundle). */
export function parseRoutes(json: unknown): Routes {
  const data = json as Partial<RoutesJson> | null;
  if (!data || !Number.isInteger(data.bundles) || typeof data.masks !== 'object' || data.masks === null)
    throw new Error(`${ROUTES_FILE}: not a routing table`);
  const chars = new Map<string, number>();
  for (const [key, text] of Object.entries(data.masks)) {
    const m = /^[0-9a-z]+$/.test(key) ? Number.parseInt(key, 36) : Number.NaN;
    if (!(m > 0 && m < 2 ** data.bundles!) || typeof text !== 'string')
      throw new Error(`${ROUTES_FILE}: bad entry ${key} for ${data.bundles} bundles`);
    for (const ch of text) chars.set(ch, m);
  }
  return { bundles: data.bundles!, chars };
}

const everyBundle = (routes: Routes) => (2 ** routes.bundles - 1) | 0;

/** The bundles holding every routed character of `text` (all bundles for a text with none). */
function holding(routes: Routes, text: string): number {
  let m = everyBundle(routes);
  for (const ch of text) if (isRouted(ch)) m &= routes.chars.get(ch) ?? 0;
  return m;
}

/** Bundle indexes of a mask, lowest (newest) first. */
export function bundlesOf(mask: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => mask & (1 << i));
}

/**
 * The bundles that may hold a page matching `plan` (verify.ts): for every
 * part, one of its forms wholly in the bundle's characters, or every required
 * word; every bundle for a pinyin query.
 */
export function bundlesForResults(routes: Routes, plan: QueryPlan): number[] {
  if (plan.pinyin) return bundlesOf(everyBundle(routes), routes.bundles);
  let parts = everyBundle(routes);
  plan.parts.forEach((part, i) => {
    parts &= [part, ...(plan.alternatives[i] ?? [])].reduce((m, form) => m | holding(routes, form), 0);
  });
  const words = plan.required.length > 1 ? holding(routes, plan.required.join('')) : 0;
  return bundlesOf(plan.parts.length > 0 ? parts | words : 0, routes.bundles);
}

/**
 * The bundles that may hold a page offered under 是否要找 (engine.ts,
 * suggest): one whose names hold at least half of the query's character
 * pairs, so a bundle must hold both characters of that many pairs.
 */
export function bundlesForSuggestions(routes: Routes, pairs: readonly string[]): number[] {
  if (pairs.length === 0) return [];
  const need = Math.max(1, Math.ceil(pairs.length / 2));
  const masks = pairs.map((pair) => holding(routes, pair));
  return bundlesOf(everyBundle(routes), routes.bundles).filter((i) => masks.filter((m) => m & (1 << i)).length >= need);
}

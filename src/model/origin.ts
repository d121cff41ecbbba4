/**
 * The site's public origin, and absolute addresses made from it. One rule,
 * in one function: the origin is settings.siteUrl, else the SITE_URL
 * variable of the build; until either is set it is unknown, pages use
 * root-relative paths and scripts complete them from the reader's address
 * bar. Every absolute URL of the site (canonical links, link previews, the
 * printed address, feeds, open data, redirect pages, the sitemap) comes
 * from here; Astro's own `site` option is left unset so it cannot disagree
 * (nothing reads Astro.site).
 */
import { normalOrigin, originProblem } from '../schemas/origin.ts';
import type { Settings } from '../schemas/settings.ts';

/** The public origin (https://…), or undefined while it is not known. */
export function publicOrigin(
  settings: Pick<Settings, 'siteUrl'>,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (settings.siteUrl) return settings.siteUrl;
  const fromEnv = env.SITE_URL || undefined;
  if (fromEnv === undefined) return undefined;
  // settings.siteUrl passed its schema; the variable is checked here by the same rule.
  const why = originProblem(fromEnv);
  if (why) throw new Error(`SITE_URL「${fromEnv}」${why}：只能是 https://域名（或 http://域名），不带路径`);
  return normalOrigin(fromEnv);
}

/** A site path (/policies/x/#第十三条) as an absolute URL, as a browser resolves it; undefined without an origin. */
export function absoluteUrl(path: string, origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  return new URL(path, origin).href;
}

/** For files that always carry an address: absolute where the origin is known, else the root-relative path as it is. */
export function urlMaker(origin: string | undefined): (path: string) => string {
  return (path) => absoluteUrl(path, origin) ?? path;
}

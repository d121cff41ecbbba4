/**
 * Absolute addresses, where the site's public origin is known (settings
 * siteUrl, else SITE_URL at build). When it is not, pages use root-relative
 * paths and scripts complete them from the reader's address bar.
 */
export function absoluteUrl(path: string, origin: string | URL | undefined): string | undefined {
  if (!origin) return undefined;
  return new URL(path, origin).href;
}

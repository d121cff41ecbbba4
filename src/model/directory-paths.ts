/** Addresses of the pre-rendered directory pages (one per filter value) and the registry pages. */
import type { Facet } from '../rules/directory.ts';

/** /clusters/by/<facet>/<value>/ — values are URL keys (county key, level key, status code, year) or the industry name. */
export function facetPath(facet: Facet, value: string): string {
  return `/clusters/by/${facet}/${encodeURIComponent(value)}/`;
}

/** /registry/<YYYY-MM-DD>/ */
export function registryPath(day: string): string {
  return `/registry/${day}/`;
}

/**
 * The link from a search result to the place it found: the page, `?hl=` with
 * what was found (in matching form, space-separated) and the anchor of the
 * article (/policies/…/?hl=有效期为5年#第十三条). The page marks those words
 * (src/client/search-highlight.ts). A query parameter and not part of the
 * fragment, so the fragment stays the article's own anchor and a shared link
 * still lands on it. Pure and browser-safe.
 */
import { paths } from '../rules/routes.ts';

export const HIGHLIGHT_PARAM = 'hl';

/**
 * The pages that mark what a search found (they carry SearchHighlight.astro):
 * the policies, whose articles sub-results link to, and the notices. Other
 * pages ship no JavaScript (scripts/check-site.ts), so their links carry no hl.
 */
export const HIGHLIGHTING_PAGES = [paths.policies, paths.notices] as const;

/** Longest highlight text carried in a link: a pasted paragraph is cut, not carried whole. */
const MAX_LENGTH = 100;

export function highlightUrl(url: string, found: readonly string[], anchor?: string): string {
  const marks = HIGHLIGHTING_PAGES.some((prefix) => url.startsWith(prefix) && url !== prefix);
  const words = marks ? [...new Set(found.filter(Boolean))].join(' ').slice(0, MAX_LENGTH) : '';
  const query = words ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}` : '';
  return `${url}${query}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** The words to mark, from a page's query string; none when there is no (usable) hl parameter. */
export function highlightWords(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return [...new Set(value.slice(0, MAX_LENGTH).split(/\s+/).filter(Boolean))];
}

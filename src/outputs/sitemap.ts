/**
 * sitemap.xml (sitemaps.org protocol 0.9) from the site paths of a built
 * site. A location must be a full URL, so it is absolute wherever the public
 * origin is known (src/model/origin.ts); before that it stays root-relative,
 * which is still the site's own inventory of pages (the accessibility and
 * link checks walk it) but not yet a sitemap search engines accept.
 */
import { escapeMarkup } from '../format/escape.ts';
import { absoluteUrl } from '../model/origin.ts';

/** The sitemap of these site paths (/policies/x/), in the order given. */
export function sitemapXml(paths: readonly string[], origin: string | undefined): string {
  const urls = paths.map((path) => {
    const encoded = encodeURI(path);
    return `  <url><loc>${escapeMarkup(absoluteUrl(encoded, origin) ?? encoded)}</loc></url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The site paths a sitemap lists, decoded (it may hold absolute or root-relative locations). */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    decodeURI(new URL(m[1].replace(/&amp;/g, '&'), 'http://site').pathname),
  );
}

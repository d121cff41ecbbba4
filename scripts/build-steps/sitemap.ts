/**
 * Post-build step: sitemap.xml listing every published page (not the 404
 * page, not redirect stubs). Locations are absolute when the public origin
 * is known (SITE_URL or settings.siteUrl); until then they are root-relative.
 * The accessibility and link checks walk this list, so it is the site's own
 * inventory of pages.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { escapeMarkup } from '../../src/format/escape.ts';
import type { BuildStep } from './step.ts';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Site paths of every page worth listing, sorted. */
export function listPages(outDir: string): string[] {
  return pages(outDir)
    .filter((file) => !file.endsWith(`${sep}404.html`))
    .filter((file) => !/<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000)))
    .map(
      (file) =>
        '/' +
        relative(outDir, file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
}

export const sitemapStep: BuildStep = {
  name: 'sitemap.xml',
  async run(outDir) {
    const origin = (process.env.SITE_URL ?? '').replace(/\/$/, '');
    const urls = listPages(outDir).map((path) => `  <url><loc>${escapeMarkup(origin + encodeURI(path))}</loc></url>`);
    writeFileSync(
      join(outDir, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    );
  },
};

/** Reads the site paths back from a built sitemap.xml (absolute or root-relative locations). */
export function readSitemap(outDir: string): string[] {
  const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    decodeURI(new URL(m[1].replace(/&amp;/g, '&'), 'http://site').pathname),
  );
}

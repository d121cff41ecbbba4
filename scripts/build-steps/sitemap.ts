/**
 * Post-build step: sitemap.xml listing every published page (not the 404
 * page, not redirect stubs), written last, from the finished directory, so
 * it lists what every other step left there (src/outputs/sitemap.ts writes
 * the XML). Locations are absolute when the public origin is known
 * (settings.siteUrl, else SITE_URL: src/model/origin.ts); until then they
 * are root-relative. The accessibility and link checks walk this list, so it
 * is the site's own inventory of pages.
 *
 * Not @astrojs/sitemap: it runs inside `astro build`, before the post-build
 * steps, writes nothing at all without Astro's `site` option (our origin is
 * optional, and the checks need the list before it is known), and names its
 * files sitemap-index.xml and sitemap-0.xml instead of the published
 * /sitemap.xml.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { publicOrigin } from '../../src/model/origin.ts';
import { sitemapPaths, sitemapXml } from '../../src/outputs/sitemap.ts';
import type { BuildStep } from './step.ts';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The first bytes of a page, where a redirect page says so: 15,000 pages are not read whole for it (issue 18). */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(2000);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Site paths of every page worth listing, sorted. */
export function listPages(outDir: string): string[] {
  return pages(outDir)
    .filter((file) => !file.endsWith(`${sep}404.html`))
    .filter((file) => !/<meta http-equiv="refresh"/i.test(head(file)))
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
    writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(listPages(outDir), publicOrigin(loadContent().settings)));
  },
};

/** Reads the site paths back from a built sitemap.xml (absolute or root-relative locations). */
export function readSitemap(outDir: string): string[] {
  return sitemapPaths(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
}

/**
 * The as-of day, written into every page (src/outputs/as-of-fill.ts): pages
 * state it through marks so that Astro's incremental build can reuse a page
 * whose facts are the same as yesterday's (issue 18). Runs first, on every
 * HTML file, rendered or reused; then no text file of the site may hold a
 * mark, or the build fails naming it.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fillAsOf, hasAsOfMark, MARK_START } from '../../src/outputs/as-of-fill.ts';
import { asOfDate } from '../../src/rules/dates.ts';
import type { BuildStep } from './step.ts';

/** Text files a mark could reach by mistake (feeds, data, the sitemap); images and the index cannot hold one. */
const TEXT = new Set(['.xml', '.xsl', '.json', '.csv', '.txt', '.js', '.css', '.svg']);

/** Files at once: reads and writes overlap in libuv's thread pool, on a site of 15,000 pages (issue 18). */
const AT_ONCE = 16;

export const asOfStep: BuildStep = {
  name: 'as-of day in pages',
  async run(outDir) {
    const asOf = asOfDate();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        // The search bundles are written from the model, not from pages: nothing to fill there.
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('pagefind')) walk(path);
        } else if (entry.name.endsWith('.html') || TEXT.has(extname(entry.name))) files.push(path);
      }
    };
    walk(outDir);
    const left: string[] = [];
    const fill = async (path: string) => {
      const bytes = await readFile(path);
      if (!bytes.includes(MARK_START)) return;
      const text = bytes.toString('utf8');
      if (path.endsWith('.html')) await writeFile(path, fillAsOf(text, asOf));
      else if (hasAsOfMark(text)) left.push(relative(outDir, path));
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        while (next < files.length) await fill(files[next++]);
      }),
    );
    if (left.length > 0)
      throw new Error(
        `internal: as-of marks outside pages (they would publish no day): ${left.sort().slice(0, 10).join(', ')}${left.length > 10 ? ' …' : ''}`,
      );
  },
};

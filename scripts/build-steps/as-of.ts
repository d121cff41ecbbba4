/**
 * The as-of day, written into every page (src/outputs/as-of-fill.ts): pages
 * state it through marks so that Astro's incremental build can reuse a page
 * whose facts are the same as yesterday's (issue 18). Runs first, on every
 * HTML file, rendered or reused; then no text file of the site may hold a
 * mark, or the build fails naming it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fillAsOf, hasAsOfMark, MARK_START } from '../../src/outputs/as-of-fill.ts';
import { asOfDate } from '../../src/rules/dates.ts';
import type { BuildStep } from './step.ts';

/** Text files a mark could reach by mistake (feeds, data, the sitemap); images and the index cannot hold one. */
const TEXT = new Set(['.xml', '.xsl', '.json', '.csv', '.txt', '.js', '.css', '.svg']);

export const asOfStep: BuildStep = {
  name: 'as-of day in pages',
  async run(outDir) {
    const asOf = asOfDate();
    const left: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          // The search bundles are written from the model, not from pages: nothing to fill there.
          if (!entry.name.startsWith('pagefind')) walk(path);
          continue;
        }
        const ext = extname(entry.name);
        if (ext !== '.html' && !TEXT.has(ext)) continue;
        const bytes = readFileSync(path);
        if (!bytes.includes(MARK_START)) continue;
        const text = bytes.toString('utf8');
        if (ext === '.html') writeFileSync(path, fillAsOf(text, asOf));
        else if (hasAsOfMark(text)) left.push(relative(outDir, path));
      }
    };
    walk(outDir);
    if (left.length > 0)
      throw new Error(
        `internal: as-of marks outside pages (they would publish no day): ${left.slice(0, 10).join(', ')}${left.length > 10 ? ' …' : ''}`,
      );
  },
};

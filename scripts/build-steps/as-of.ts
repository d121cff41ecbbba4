/**
 * The as-of day, written into every page (src/outputs/as-of-fill.ts): pages
 * state it through marks so that Astro's incremental build can reuse a page
 * whose facts are the same as yesterday's (issue 18). Runs first, on every
 * HTML file, rendered or reused; then no text file of the site may hold a
 * mark, or the build fails naming it.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { fillAsOfBytes, hasAsOfMark, MARK_START, markAsOfBytes } from '../../src/outputs/as-of-fill.ts';
import { asOfDate, formatDate } from '../../src/rules/dates.ts';
import type { BuildStep } from './step.ts';

/** Text files a mark could reach by mistake (feeds, data, the sitemap); images and the index cannot hold one. */
const TEXT = new Set(['.xml', '.xsl', '.json', '.csv', '.txt', '.js', '.css', '.svg']);

/** Files at once: reads and writes overlap in libuv's thread pool, on a site of 15,000 pages (issue 18). */
const AT_ONCE = 16;

/**
 * The step; with `keepMarked`, every text file that states the day (through
 * marks, or as a date: a data file's stamp) is also kept there with its
 * statements as marks (markAsOf), for a later day's build
 * (build-steps/day-reuse.ts); a page's filled copy is then written as a new file.
 */
export const asOfStepKeeping = (keepMarked?: string): BuildStep => ({
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
    const keep = async (path: string, bytes: Buffer) => {
      const to = join(keepMarked!, relative(outDir, path));
      await mkdir(dirname(to), { recursive: true });
      const marked = markAsOfBytes(bytes, asOf);
      if (marked !== bytes || !path.endsWith('.html')) await writeFile(to, marked);
      // A page with marks only: a rename keeps Astro's file as it is (across file systems, the bytes are written).
      else await rename(path, to).catch(() => writeFile(to, bytes));
    };
    const statesDay = (bytes: Buffer) => bytes.includes(asOf) || bytes.includes(formatDate(asOf));
    const fill = async (path: string) => {
      const bytes = await readFile(path);
      const marks = bytes.includes(MARK_START);
      if (!marks && !(keepMarked && statesDay(bytes))) return;
      if (!marks) return keep(path, bytes);
      if (path.endsWith('.html')) {
        if (keepMarked) await keep(path, bytes);
        await writeFile(path, fillAsOfBytes(bytes, asOf));
      } else if (hasAsOfMark(bytes.toString('utf8'))) left.push(relative(outDir, path));
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
});

export const asOfStep: BuildStep = asOfStepKeeping();

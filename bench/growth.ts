/**
 * npm run bench:growth — how the cold build's time and peak memory grow with
 * the size of the site (issue 18): the synthetic content of bench/generate.ts
 * at 1,000, 5,000, 10,000 and 20,000 clusters (policies a fifth, notices a
 * twentieth of that), each built by the whole pipeline (scripts/build.ts)
 * from nothing — empty caches, a fresh output directory — once the machine is
 * quiet, and printed with the time and memory per 1,000 clusters, so that
 * growth faster than linear shows as a rising ratio. A script, not a test.
 *
 *   npm run bench:growth                    # 1000 5000 10000 20000
 *   npm run bench:growth -- 1000 2000 4000  # other sizes
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from './generate.ts';
import { QUIET_LOAD, gb, mb, runMeasured, sizeOf, waitForQuiet } from './measure.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100))
  throw new Error('sizes are numbers of clusters, each at least 100: npm run bench:growth -- 1000 5000');
const contentDir = join(root, '.tmp/growth-content');
const outDir = join(root, '.tmp/growth-dist');
const caches = join(root, '.tmp/growth-caches');

interface Row {
  clusters: number;
  wallS: number;
  peakGb: number;
  pages: number;
  mb: number;
}
const rows: Row[] = [];
for (const clusters of sizes.length > 0 ? sizes : [1000, 5000, 10_000, 20_000]) {
  const [policies, notices] = [Math.round(clusters / 5), Math.round(clusters / 20)];
  console.log(`\n${clusters} clusters, ${policies} policies, ${notices} notices`);
  generate(contentDir, clusters, policies, notices);
  for (const dir of [outDir, caches]) rmSync(dir, { recursive: true, force: true });
  const quiet = await waitForQuiet(QUIET_LOAD, 300);
  const run = await runMeasured(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      SITE_AS_OF: '2026-11-24',
      ASTRO_CACHE_DIR: join(caches, 'astro'),
      SEARCH_CACHE_DIR: join(caches, 'search'),
      OG_CACHE_DIR: join(caches, 'og'),
      BUILD_LOG_LEVEL: 'silent',
    },
  });
  if (run.code !== 0) {
    console.error(run.log.slice(-3000));
    throw new Error(`the build of ${clusters} clusters failed (exit code ${run.code})`);
  }
  const out = sizeOf(outDir);
  const row = {
    clusters,
    wallS: run.wallS,
    peakGb: run.peakTreeKb / 1024 / 1024,
    pages: out.pages,
    mb: out.bytes / 2 ** 20,
  };
  rows.push(row);
  console.log(
    `  ${row.wallS.toFixed(1)} s, peak ${gb(run.peakTreeKb)} GB (whole process tree), ${row.pages} pages, ${mb(out.bytes)} MB` +
      `${quiet.timedOut ? ` — started at load ${quiet.load.toFixed(2)}, less reliable` : ''}`,
  );
}

console.log(
  '\n| clusters | pages | cold build | per 1,000 clusters | peak memory (tree) | per 1,000 clusters | output |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.clusters} | ${r.pages} | ${r.wallS.toFixed(1)} s | ${((r.wallS * 1000) / r.clusters).toFixed(2)} s | ${r.peakGb.toFixed(2)} GB | ${((r.peakGb * 1000) / r.clusters).toFixed(3)} GB | ${r.mb.toFixed(0)} MB |`,
  );
writeFileSync(join(root, '.tmp/bench-growth.json'), JSON.stringify(rows, null, 2));
rmSync(outDir, { recursive: true, force: true });

/**
 * npm run bench:search-scale — what a reader's first searches cost on a
 * large site (issue 16): the synthetic 10,000-cluster site of bench/generate.ts
 * (10,000 clusters, 2,000 policies, 500 notices), its search index written in
 * bundles as the build writes it, searched through the site's own /search/
 * page in a fresh headless Chromium. Reported per query: every request the
 * first search makes after the page has loaded (Pagefind's JS, worker and
 * WebAssembly, entries, metadata, index, filter and fragment files,
 * variants.json, routes.json), by kind, their bytes, the time from the end
 * of the typing pause to the answer, and whether the first search stays
 * within issue 18's limits (LIMITS: printed, not asserted — the figures
 * depend on the machine only for the times).
 *
 *   npm run build && npm run bench:search-scale [-- clusters policies notices]
 *
 * Only the index is written for the synthetic content (rendering 12,500
 * pages would take most of the run and is measured by bench:scale); the
 * search page and its script come from the site built in dist/, with its
 * list of bundles set to those of the synthetic index.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { generate } from './generate.ts';

const root = resolve(import.meta.dirname, '..');

/** Issue 18: a first search on a fresh load, however many bundles. */
const LIMITS = { requests: 10, bytes: 300_000 };

/** The kind of a file the search fetched, for the breakdown. */
function kindOf(path: string): string {
  if (/\/pagefind(-worker)?\.js$/.test(path) || path.endsWith('.pagefind')) return 'runtime';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  return 'ours';
}
const args = process.argv.slice(2);
const [clusters, policies, notices] = [Number(args[0] ?? 10_000), Number(args[1] ?? 2_000), Number(args[2] ?? 500)];
const contentDir = join(root, '.tmp/search-scale-content');
const outDir = join(root, '.tmp/search-scale-dist');
const built = join(root, 'dist');

if (!existsSync(join(built, 'search/index.html'))) {
  console.error('没有找到已生成的网站（dist/search/）。请先运行 npm run build。');
  process.exit(1);
}
generate(contentDir, clusters, policies, notices);
// The model reads CONTENT_DIR when first used: set it before loading it.
process.env.CONTENT_DIR = contentDir;
process.env.SITE_AS_OF ??= '2026-11-24';
const { writeSearchIndex } = await import('../scripts/build-steps/search-index.ts');
const { site, siteLists } = await import('../src/model/site.ts');
const { searchRecords } = await import('../src/outputs/search/records.ts');
const { bundlePaths, shardSize } = await import('../src/outputs/search/shards.ts');
const { clusterShortName } = await import('../src/outputs/search/records.ts');
const { launchBrowser } = await import('../scripts/browser.ts');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const t0 = performance.now();
const summary = await writeSearchIndex(outDir);
const indexMs = performance.now() - t0;
const records = searchRecords(site(), siteLists());
const bundles = bundlePaths(records, shardSize());
cpSync(join(built, '_astro'), join(outDir, '_astro'), { recursive: true });
mkdirSync(join(outDir, 'search'), { recursive: true });
writeFileSync(
  join(outDir, 'search/index.html'),
  readFileSync(join(built, 'search/index.html'), 'utf8').replace(
    /data-search-bundles="[^"]*"/,
    `data-search-bundles="${bundles.join(' ')}"`,
  ),
);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = join(outDir, path);
  if (!file.startsWith(outDir)) return void res.writeHead(403).end();
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// Queries of each kind, from the synthetic content: a short name, an industry, a phrase from a policy text, nonsense.
const model = site();
const c = model.clusters[0].data;
const policyText = model.policies[0].body.replace(/[#*\-|\s]/g, '');
const queries = [clusterShortName(c.county, c.industry), c.industry, [...policyText].slice(40, 48).join(''), '比特币'];

const browser = await launchBrowser();
const rows: Record<string, unknown>[] = [];
for (const [i, q] of queries.entries()) {
  // A fresh browser context for each: every query is a reader's first.
  const context = await browser.newContext();
  const fetched: { kind: string; bytes: number }[] = [];
  let loaded = false;
  // Every request after the page has loaded is the search's (the page itself loads none of the index).
  context.on('requestfinished', async (request) => {
    if (!loaded) return;
    const sizes = await request.sizes().catch(() => undefined);
    fetched.push({ kind: kindOf(new URL(request.url()).pathname), bytes: sizes?.responseBodySize ?? 0 });
  });
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  loaded = true;
  const first = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const status = document.querySelector<HTMLElement>('[data-search-status]')!;
    const answer = () =>
      new Promise<number>((done) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (/找到|没有/.test(status.textContent ?? '')) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
    input.value = q;
    const waited = answer();
    input.dispatchEvent(new Event('input'));
    return { ms: (await waited) - 250, status: status.textContent };
  }, q);
  await page.waitForTimeout(300);
  const firstRequests = fetched.length;
  const firstBytes = fetched.reduce((a, b) => a + b.bytes, 0);
  const kinds = new Map<string, number>();
  for (const f of fetched) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  // The same query again, index loaded: the time a reader waits while refining.
  const again = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const status = document.querySelector<HTMLElement>('[data-search-status]')!;
    status.textContent = '';
    const start = performance.now();
    const done = new Promise<number>((ok) => {
      const observer = new MutationObserver(() => {
        if (/找到|没有/.test(status.textContent ?? '')) {
          observer.disconnect();
          ok(performance.now() - start);
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = `${q} `;
    input.dispatchEvent(new Event('input'));
    return (await done) - 250;
  }, q);
  rows.push({
    query: q,
    answer: first.status,
    'first: requests': firstRequests,
    'first: KiB': (firstBytes / 1024).toFixed(1),
    'by kind': [...kinds].map(([k, n]) => `${k} ${n}`).join(', '),
    within: firstRequests <= LIMITS.requests && firstBytes <= LIMITS.bytes ? 'yes' : 'NO',
    'first: ms after pause': first.ms.toFixed(0),
    'again: ms after pause': again.toFixed(0),
  });
  await context.close();
  if (i === 0)
    console.log(
      `（索引：${summary.pages} 页，${summary.bundles} 个包，${(summary.bytes / 2 ** 20).toFixed(1)} MiB，${(indexMs / 1000).toFixed(0)} s）`,
    );
}
await browser.close();
server.close();
console.log(`\n${clusters} 个集群的合成站点，第一次搜索（新浏览器）：`);
console.table(rows);
const over = rows.filter((r) => r.within !== 'yes').length;
console.log(
  `限度（issue 18）：每次第一次搜索不超过 ${LIMITS.requests} 个请求、${LIMITS.bytes / 1000} KB；` +
    (over === 0 ? '全部符合。' : `${over} 个查询超出。`),
);
writeFileSync(
  join(root, '.tmp/bench/search-scale.json'),
  JSON.stringify({ clusters, policies, notices, summary, limits: LIMITS, rows }, null, 2),
);

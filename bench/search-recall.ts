/**
 * npm run bench:search — how well the site search finds what Chinese readers
 * type, measured in real headless Chromium against the built index, next to
 * stock Pagefind indexing the same search documents without our tokens.
 *
 *   npm run build && npm run bench:search
 *
 * (CONTENT_DIR, SITE_AS_OF and OUT_DIR as for the build that made the site.)
 *
 * Query set, generated from the content:
 *  - substrings: every contiguous substring of 2 or more characters of every
 *    cluster name and policy title (also announcement and notice titles,
 *    reported apart), not starting or ending with punctuation, at most
 *    CAP per title (evenly spread over lengths and positions when more);
 *  - document numbers: each 发文字号 in six bracket styles and as 2021年97号;
 *  - pinyin: full pinyin and initials of each cluster's short name and industry.
 * A query is a hit when the page it was made from is among the first 5
 * results. A substring that appears in the titles of more than 5 pages cannot
 * put all of them in the top 5, so recall@5 is reported over the substrings
 * found in at most 5 titles ("answerable"), and for all substrings the share
 * whose page is within the first max(5, n) results, n being the number of
 * titles that contain it.
 *
 * Also printed: index size (ours and stock) and the bytes a browser fetches
 * for a first search.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../scripts/browser.ts';
import { dirBytes, writeSearchIndex } from '../scripts/build-steps/search-index.ts';
import { syllables } from '../src/outputs/search/pinyin.ts';
import { type SearchRecord, clusterShortName, searchRecords } from '../src/outputs/search/records.ts';
import { bundlePaths, shardSize } from '../src/outputs/search/shards.ts';
import { isMatchChar, matchForm } from '../src/search/text.ts';
import { site, siteLists } from '../src/model/site.ts';
import { clusterPath, policyPath, searchPath } from '../src/rules/routes.ts';

const CAP = Number(process.env.BENCH_CAP ?? 120);
const TOP = 5;
const root = resolve(import.meta.dirname, '..');
const built = resolve(root, process.env.OUT_DIR || 'dist');
const work = join(root, '.tmp/bench');

interface Query {
  set: string;
  q: string;
  url: string;
  /** How many pages' titles contain the query (substring queries). */
  holders: number;
}

// ---- query set ----------------------------------------------------------

function substrings(title: string): string[] {
  const chars = [...title];
  const all = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    if (!isMatchChar(chars[i])) continue;
    for (let j = i + 2; j <= chars.length; j++) if (isMatchChar(chars[j - 1])) all.add(chars.slice(i, j).join(''));
  }
  const list = [...all].sort((a, b) => a.length - b.length || title.indexOf(a) - title.indexOf(b));
  if (list.length <= CAP) return list;
  return Array.from({ length: CAP }, (_, k) => list[Math.floor((k * list.length) / CAP)]);
}

function docNumberVariants(doc: string): string[] {
  const m = /^(.*?)〔(\d{4})〕(\d+)号$/u.exec(doc);
  if (!m) return [doc];
  const [, prefix, year, no] = m;
  return [
    `${prefix}〔${year}〕${no}号`,
    `${prefix}[${year}]${no}号`,
    `${prefix}(${year})${no}号`,
    `${prefix}（${year}）${no}号`,
    `${prefix}【${year}】${no}号`,
    `〔${year}〕${no}号`,
    `${year}年${no}号`,
  ];
}

function querySet(records: SearchRecord[]): Query[] {
  const titles = records.map((r) => [r.url, matchForm(r.title)] as const);
  const holders = (q: string) => titles.filter(([, t]) => t.includes(matchForm(q))).length;
  const queries: Query[] = [];
  for (const r of records) {
    for (const q of substrings(r.title))
      queries.push({ set: `substring:${r.kind}`, q, url: r.url, holders: holders(q) });
  }
  const model = site();
  for (const p of model.policies) {
    if (p.data.docNumber)
      for (const q of docNumberVariants(p.data.docNumber))
        queries.push({ set: 'doc-number', q, url: policyPath(p.id), holders: 1 });
  }
  for (const c of model.clusters) {
    for (const term of [clusterShortName(c.data.county, c.data.industry), c.data.industry]) {
      const syl = syllables(term);
      const url = clusterPath(c.id);
      const holdersOf = (t: string) =>
        model.clusters.filter(
          (x) => x.data.name.includes(t) || clusterShortName(x.data.county, x.data.industry).includes(t),
        ).length;
      queries.push({ set: 'pinyin:full', q: syl.join(''), url, holders: holdersOf(term) });
      queries.push({ set: 'pinyin:initials', q: syl.map((s) => s[0]).join(''), url, holders: holdersOf(term) });
    }
  }
  return queries;
}

// ---- serving -------------------------------------------------------------

/** Serves a built site, plus /__src/… as type-stripped TypeScript so the page can import the real search engine. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.ts': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/__src/')) {
      const file = join(root, 'src', path.slice('/__src/'.length));
      if (!file.startsWith(join(root, 'src')) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types['.ts'] });
      return void res.end(stripTypeScriptTypes(readFileSync(file, 'utf8')));
    }
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

// ---- running ---------------------------------------------------------------

type Engine = 'ours' | 'stock';

/** Runs the queries in the page; returns the first `limit` result URLs of each. */
async function runQueries(
  page: import('playwright-core').Page,
  engine: Engine,
  queries: { q: string; limit: number }[],
  bundles: string[],
): Promise<string[][]> {
  const out: string[][] = [];
  for (let i = 0; i < queries.length; i += 200) {
    const batch = queries.slice(i, i + 200);
    out.push(
      ...(await page.evaluate(
        async ({ engine, batch, bundles }) => {
          // The page's globals are whatever the loaded modules export; the engine checks them at run time.
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const w = window as unknown as { pf?: any; engine?: any; urls?: Map<string, string> };
          const enginePath = '/__src/search/engine.ts';
          // Both indexes are opened as the search page opens them (all bundles); only ours plans the query.
          w.engine ??= await import(enginePath);
          w.pf ??= await w.engine.openIndex(bundles, (url: string) => import(url));
          w.urls ??= new Map();
          const urlOf = async (r: { id: string; data(): Promise<{ url: string }> }) => {
            if (!w.urls!.has(r.id)) w.urls!.set(r.id, (await r.data()).url);
            return w.urls!.get(r.id)!;
          };
          const res: string[][] = [];
          for (const { q, limit } of batch) {
            const results =
              engine === 'ours'
                ? (await w.engine.runSearch(w.pf, { q, filters: {}, sort: 'relevance' })).results
                : ((await w.pf.search(q))?.results ?? []);
            res.push(await Promise.all(results.slice(0, limit).map(urlOf)));
          }
          return res;
        },
        { engine, batch, bundles },
      )),
    );
  }
  return out;
}

/**
 * Bytes fetched by a fresh browser for the first search, by kind (Pagefind
 * fetches from a worker, so requests are counted in the browser context, not
 * with the page's resource timing); gzip figures are for the same files on disk.
 */
async function firstQueryBytes(browser: import('playwright-core').Browser, base: string, dir: string, engine: Engine) {
  const context = await browser.newContext();
  const fetched: { path: string; bytes: number }[] = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    fetched.push({ path: new URL(request.url()).pathname, bytes: sizes?.responseBodySize ?? 0 });
  });
  const page = await context.newPage();
  if (engine === 'ours') {
    await page.goto(`${base}${searchPath({ q: '临清纺织' })}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  } else {
    await page.goto(`${base}/`);
    await page.evaluate(async (top) => {
      const pf = await import('/pagefind/pagefind.js' as string);
      const r = await pf.search('临清纺织');
      await Promise.all(r.results.slice(0, top).map((x: { data(): Promise<unknown> }) => x.data()));
    }, 10);
  }
  await page.waitForTimeout(300);
  await context.close();
  const sum = { pagefindFiles: 0, pagefindRaw: 0, pagefindGzip: 0, scriptRaw: 0, scriptGzip: 0 };
  for (const f of fetched) {
    const file = join(dir, f.path);
    const gz = existsSync(file) && !f.path.endsWith('/') ? gzipSync(readFileSync(file)).length : f.bytes;
    if (/^\/pagefind(-\d+)?\//.test(f.path)) {
      sum.pagefindFiles++;
      sum.pagefindRaw += f.bytes;
      sum.pagefindGzip += gz;
    } else if (f.path.startsWith('/_astro/') && f.path.endsWith('.js')) {
      sum.scriptRaw += f.bytes;
      sum.scriptGzip += gz;
    }
  }
  return sum;
}

/** Sizes summed over every search bundle of a built site (/pagefind/, /pagefind-2/, …). */
function indexBytes(dir: string) {
  const bundles = readdirSync(dir)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .map((name) => join(dir, name));
  const sum = (sub: string) => bundles.reduce((n, b) => n + (existsSync(join(b, sub)) ? dirBytes(join(b, sub)) : 0), 0);
  return {
    bundles: bundles.length,
    index: sum('index'),
    fragments: sum('fragment'),
    filters: sum('filter'),
    total: bundles.reduce((n, b) => n + dirBytes(b), 0),
  };
}

// ---- main --------------------------------------------------------------------

if (!existsSync(join(built, 'pagefind/pagefind.js'))) {
  console.error(`没有找到已生成的网站和搜索索引（${built}/pagefind）。请先运行 npm run build。`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const stockDir = join(work, 'stock');
cpSync(built, stockDir, {
  recursive: true,
  filter: (src) => !/^pagefind(-\d+)?(\/|$)/.test(src.slice(built.length + 1)),
});
await writeSearchIndex(stockDir, { tokens: false });

const records = searchRecords(site(), siteLists());
const queries = querySet(records);
const ours = await serve(built);
const stock = await serve(stockDir);
const browser = await launchBrowser();
const results: Record<Engine, string[][]> = { ours: [], stock: [] };
const timing: Record<Engine, number> = { ours: 0, stock: 0 };
for (const [engine, server] of [
  ['ours', ours],
  ['stock', stock],
] as const) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`);
  const t0 = performance.now();
  results[engine] = await runQueries(
    page,
    engine,
    queries.map((q) => ({ q: q.q, limit: Math.max(TOP, q.holders) })),
    bundlePaths(records.length, shardSize()),
  );
  timing[engine] = (performance.now() - t0) / queries.length;
}
const bytes = {
  ours: await firstQueryBytes(browser, ours.url, built, 'ours'),
  stock: await firstQueryBytes(browser, stock.url, stockDir, 'stock'),
};
await browser.close();
ours.server.close();
stock.server.close();

// ---- report --------------------------------------------------------------------

const rankOf = (engine: Engine, i: number) => results[engine][i].indexOf(queries[i].url);
const inTop = (engine: Engine, i: number) => rankOf(engine, i) >= 0 && rankOf(engine, i) < TOP;
const sets = [...new Set(queries.map((q) => q.set))];
const rows: Record<string, unknown>[] = [];
const misses: Record<Engine, string[]> = { ours: [], stock: [] };
for (const set of sets) {
  const idx = queries.map((q, i) => (q.set === set ? i : -1)).filter((i) => i >= 0);
  const answerable = idx.filter((i) => queries[i].holders <= TOP);
  const row: Record<string, unknown> = { set, queries: idx.length, answerable: answerable.length };
  for (const engine of ['ours', 'stock'] as const) {
    const hits = answerable.filter((i) => inTop(engine, i)).length;
    row[`${engine} recall@5`] = answerable.length ? `${((100 * hits) / answerable.length).toFixed(1)}%` : '—';
    if (set.startsWith('substring')) {
      // Every substring, counted as found when its page is within the first max(5, n) results.
      const found = idx.filter((i) => rankOf(engine, i) >= 0).length;
      row[`${engine} recall@max(5,n)`] = `${((100 * found) / idx.length).toFixed(1)}%`;
    }
    for (const i of answerable)
      if (!inTop(engine, i) && misses[engine].length < 40) misses[engine].push(`${queries[i].q} → ${queries[i].url}`);
  }
  rows.push(row);
}
const size = { ours: indexBytes(built), stock: indexBytes(stockDir) };
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `\n搜索召回基准 (recall@${TOP})，${records.length} 个页面，${queries.length} 个查询，每个标题最多 ${CAP} 个子串\n`,
);
console.table(rows);
console.log('索引大小 (index size):');
console.table({
  ours: {
    bundles: size.ours.bundles,
    index: kib(size.ours.index),
    fragments: kib(size.ours.fragments),
    filters: kib(size.ours.filters),
    'all bundles': kib(size.ours.total),
  },
  stock: {
    bundles: size.stock.bundles,
    index: kib(size.stock.index),
    fragments: kib(size.stock.fragments),
    filters: kib(size.stock.filters),
    'all bundles': kib(size.stock.total),
  },
});
console.log('第一次搜索下载量 (first query, fresh browser):');
console.table({
  ours: {
    'pagefind files': bytes.ours.pagefindFiles,
    'pagefind raw': kib(bytes.ours.pagefindRaw),
    'pagefind gzip': kib(bytes.ours.pagefindGzip),
    'page script raw': kib(bytes.ours.scriptRaw),
    'page script gzip': kib(bytes.ours.scriptGzip),
  },
  stock: {
    'pagefind files': bytes.stock.pagefindFiles,
    'pagefind raw': kib(bytes.stock.pagefindRaw),
    'pagefind gzip': kib(bytes.stock.pagefindGzip),
    'page script raw': '—',
    'page script gzip': '—',
  },
});
console.log(
  `平均每个查询耗时：ours ${timing.ours.toFixed(1)} ms（最多 4 次 Pagefind 搜索），stock ${timing.stock.toFixed(1)} ms`,
);
for (const engine of ['ours', 'stock'] as const) {
  if (misses[engine].length)
    console.log(`\n${engine} 未命中（可回答的查询，最多 40 条）：\n  ${misses[engine].join('\n  ')}`);
}
writeFileSync(
  join(work, 'search-recall.json'),
  JSON.stringify({ cap: CAP, rows, size, bytes, timing, misses }, null, 2),
);
console.log(`\n详细结果：${join(work, 'search-recall.json')}`);

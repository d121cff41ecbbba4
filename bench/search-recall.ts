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
import { searchDocuments, searchEntries } from '../src/outputs/search/documents.ts';
import { syllables } from '../src/outputs/search/pinyin.ts';
import { type SearchRecord, clusterShortName, searchRecords } from '../src/outputs/search/records.ts';
import { bundlePaths, shardSize } from '../src/outputs/search/shards.ts';
import { isMatchChar, matchForm } from '../src/search/text.ts';
import { renderPolicyBody } from '../src/markdown/processor.ts';
import { cleanContent } from '../src/search/excerpt.ts';
import { site, siteLists } from '../src/model/site.ts';
import { clusterPath, policyPath, searchPath } from '../src/rules/routes.ts';

const CAP = Number(process.env.BENCH_CAP ?? 120);
/** Phrases taken from each policy text. */
const PHRASES = Number(process.env.BENCH_PHRASES ?? 60);
const TOP = 5;
const root = resolve(import.meta.dirname, '..');
const built = resolve(root, process.env.OUT_DIR || 'dist');
const work = join(root, '.tmp/bench');

interface Query {
  set: string;
  q: string;
  /** The page the query was made from; empty for a negative (no page contains it). */
  url: string;
  /** How many pages' titles contain the query (substring queries). */
  holders: number;
  /** For a phrase from a policy text: the anchor of the article it was taken from. */
  anchor?: string;
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

// ---- body phrases, questions, negatives (issue 16) ------------------------------

/** Text of an HTML fragment (tags dropped, entities of the renderer decoded). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A policy's text in parts, each under the heading (id) it follows, as the page renders it. */
function sectionsOf(html: string): { id?: string; text: string }[] {
  const out: { id?: string; text: string }[] = [];
  const re = /<h[2-6][^>]*\sid="([^"]+)"[^>]*>/g;
  let last = 0;
  let id: string | undefined;
  for (const m of html.matchAll(re)) {
    out.push({ id, text: textOf(html.slice(last, m.index)) });
    id = m[1];
    last = m.index + m[0].length;
  }
  out.push({ id, text: textOf(html.slice(last)) });
  return out;
}

/** Deterministic pseudo-random numbers (the same queries on every run). */
function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * Phrases a reader copies or remembers from a policy text: a clause (between
 * punctuation) of 4–20 characters, or a run of 4–12 characters inside a
 * longer one, taken evenly over each policy's articles; the anchor is the
 * article it comes from. Queries found in more than 5 pages are left out
 * (they cannot name one page).
 */
async function phraseQueries(pageTexts: Map<string, string>): Promise<Query[]> {
  const model = site();
  const next = random(16);
  const out: Query[] = [];
  const holders = (q: string) => [...pageTexts.values()].filter((t) => t.includes(matchForm(q))).length;
  for (const p of model.policies) {
    const html = await renderPolicyBody(p.body);
    const candidates: { q: string; anchor?: string }[] = [];
    for (const section of sectionsOf(html)) {
      for (const clause of section.text.split(/[。；，、：！？\s（）()“”《》]+/u)) {
        const chars = [...clause].filter(isMatchChar);
        if (chars.length < 4) continue;
        if (chars.length <= 20) candidates.push({ q: chars.join(''), anchor: section.id });
        else {
          const len = 4 + Math.floor(next() * 9);
          const at = Math.floor(next() * (chars.length - len));
          candidates.push({ q: chars.slice(at, at + len).join(''), anchor: section.id });
        }
      }
    }
    const per = Math.min(PHRASES, candidates.length);
    for (let k = 0; k < per; k++) {
      const c = candidates[Math.floor((k * candidates.length) / per)];
      const n = holders(c.q);
      if (n >= 1 && n <= TOP)
        out.push({ set: 'phrase:policy', q: c.q, url: policyPath(p.id), holders: n, anchor: c.anchor });
    }
  }
  return out;
}

/** Questions people type: a name or a phrase wrapped in question words (the answer is the page it came from). */
function questionQueries(phrases: Query[]): Query[] {
  const model = site();
  const templates = ['{}是什么意思', '什么是{}', '{}有哪些', '怎么{}', '{}吗', '{}几年', '请问{}？'];
  const out: Query[] = [];
  phrases
    .filter((_, i) => i % 4 === 0)
    .forEach((p, i) => out.push({ ...p, set: 'question', q: templates[i % templates.length].replace('{}', p.q) }));
  model.clusters.forEach((c, i) => {
    const name = clusterShortName(c.data.county, c.data.industry);
    const q = ['{}在哪个县', '{}是什么级别', '{}有哪些产品'][i % 3].replace('{}', name);
    out.push({ set: 'question', q, url: clusterPath(c.id), holders: 1 });
  });
  return out;
}

/**
 * Queries no page answers: words of other domains, Latin letters that spell
 * the index's own token prefixes, and random strings. Each is checked to be
 * in no page's text, so it is a true negative on any content.
 */
function negativeQueries(pageTexts: Map<string, string>): Query[] {
  const words = [
    '比特币',
    '元宇宙',
    '演唱会门票',
    '天气预报',
    '高考分数线',
    '足球比赛',
    '房价走势',
    '火星探测器',
    '冰淇淋配方',
    '量子纠缠',
    '网红直播带货',
    '宠物医院',
    'qq',
    'qp',
    'qqab',
    'qqbwpe',
    'qpxin',
    'xyzzy',
    'asdfgh',
    'iphone',
    '微信红包',
    '彩票中奖',
    '出国签证',
    '驾照考试',
  ];
  const all = [...pageTexts.values()];
  return words
    .filter((w) => !all.some((t) => t.includes(matchForm(w))))
    .map((q) => ({ set: 'negative', q, url: '', holders: 0 }));
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

/** One result as the bench reads it: its page and the anchors of its sub-results, best first. */
interface Found {
  url: string;
  subs: string[];
}

/** Runs the queries in the page; returns the first `limit` results of each. */
async function runQueries(
  page: import('playwright-core').Page,
  engine: Engine,
  queries: { q: string; limit: number }[],
  bundles: string[],
): Promise<{ found: Found[][]; ms: number[] }> {
  const out: Found[][] = [];
  const ms: number[] = [];
  for (let i = 0; i < queries.length; i += 200) {
    const batch = queries.slice(i, i + 200);
    const answer = await page.evaluate(
      async ({ engine, batch, bundles }) => {
        // The page's globals are whatever the loaded modules export; the engine checks them at run time.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const w = window as unknown as { pf?: any; engine?: any; sections?: any; variants?: any };
        // Both indexes are opened as the search page opens them (all bundles); only ours plans the query.
        w.engine ??= await import('/__src/search/engine.ts' as string);
        w.sections ??= await import('/__src/search/sections.ts' as string);
        w.pf ??= await w.engine.openIndex(bundles, (url: string) => import(url));
        w.variants ??= await fetch(`${bundles[0]}variants.json`).then((r) => (r.ok ? r.json() : {}));
        const anchorOf = (url: string) => decodeURIComponent(url.split('#')[1] ?? '');
        const res: { url: string; subs: string[] }[][] = [];
        const times: number[] = [];
        for (const { q, limit } of batch) {
          const t0 = performance.now();
          let found: { url: string; subs: string[] }[];
          if (engine === 'ours') {
            const { results } = await w.engine.runSearch(
              w.pf,
              { q, filters: {}, sort: 'relevance' },
              { variants: w.variants },
            );
            found = await Promise.all(
              // eslint-disable-next-line @typescript-eslint/no-explicit-any
              results.slice(0, limit).map(async (r: { tier: number; found: string[]; data(): Promise<any> }) => {
                const d = await r.data();
                const subs =
                  r.tier >= 3 && d.anchors ? w.sections.subResults(d.content, d.anchors, r.found, r.tier === 5) : [];
                return { url: d.url, subs: subs.map((x: { id: string }) => x.id) };
              }),
            );
          } else {
            const results = (await w.pf.search(q))?.results ?? [];
            found = await Promise.all(
              // eslint-disable-next-line @typescript-eslint/no-explicit-any
              results.slice(0, limit).map(async (r: { data(): Promise<any> }) => {
                const d = await r.data();
                return {
                  url: d.url,
                  subs: (d.sub_results ?? []).map((x: { url: string }) => anchorOf(x.url)).filter(Boolean),
                };
              }),
            );
          }
          times.push(performance.now() - t0);
          res.push(found);
        }
        return { res, times };
      },
      { engine, batch, bundles },
    );
    out.push(...answer.res);
    ms.push(...answer.times);
    process.stderr.write(`  ${engine}: ${out.length} / ${queries.length}\r`);
  }
  return { found: out, ms };
}

/**
 * The search page as a reader uses it: the query typed into the box, timed
 * from the end of the typing pause (the page waits 250 ms after the last
 * key) until the results or 没有找到 are announced. A fresh page for each, so
 * the first query pays for loading the index.
 */
async function typedTimes(browser: import('playwright-core').Browser, base: string, qs: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${searchPath()}`);
  const times: number[] = [];
  for (const q of qs) {
    times.push(
      await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const status = document.querySelector<HTMLElement>('[data-search-status]')!;
        status.textContent = '';
        input.value = q;
        const typedAt = performance.now();
        input.dispatchEvent(new Event('input'));
        await new Promise<void>((done) => {
          const observer = new MutationObserver(() => {
            if (/找到|没有/.test(status.textContent ?? '')) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - typedAt - 250;
      }, q),
    );
  }
  await context.close();
  return times;
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
// Each page's text as its search document holds it, in matching form: what a phrase or a negative is checked against.
const pageTexts = new Map<string, string>();
for await (const { record, html } of searchDocuments(searchEntries(site(), siteLists()), false))
  pageTexts.set(record.url, matchForm(cleanContent(textOf(html.replace(/<head>[\s\S]*<\/head>/, '')))));
const phrases = await phraseQueries(pageTexts);
const queries = [...querySet(records), ...phrases, ...questionQueries(phrases), ...negativeQueries(pageTexts)];
const ours = await serve(built);
const stock = await serve(stockDir);
const browser = await launchBrowser();
const results: Record<Engine, Found[][]> = { ours: [], stock: [] };
const timing: Record<Engine, number[]> = { ours: [], stock: [] };
for (const [engine, server] of [
  ['ours', ours],
  ['stock', stock],
] as const) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`);
  const run = await runQueries(
    page,
    engine,
    queries.map((q) => ({ q: q.q, limit: Math.max(TOP, q.holders) })),
    bundlePaths(records, shardSize()),
  );
  results[engine] = run.found;
  timing[engine] = run.ms;
}
const bytes = {
  ours: await firstQueryBytes(browser, ours.url, built, 'ours'),
  stock: await firstQueryBytes(browser, stock.url, stockDir, 'stock'),
};
// Typed into the real page: one query of each set, the first of them paying for the index.
const typedSample = [...new Set(queries.map((q) => q.set))].flatMap((set) =>
  queries
    .filter((q) => q.set === set)
    .slice(0, 3)
    .map((q) => q.q),
);
const typed = await typedTimes(browser, ours.url, typedSample);
await browser.close();
ours.server.close();
stock.server.close();

// ---- report --------------------------------------------------------------------

const rankOf = (engine: Engine, i: number) => results[engine][i].findIndex((f) => f.url === queries[i].url);
const inTop = (engine: Engine, i: number, top = TOP) => rankOf(engine, i) >= 0 && rankOf(engine, i) < top;
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');
const sets = [...new Set(queries.map((q) => q.set))];
const rows: Record<string, unknown>[] = [];
const misses: Record<Engine, string[]> = { ours: [], stock: [] };
for (const set of sets) {
  const idx = queries.map((q, i) => (q.set === set ? i : -1)).filter((i) => i >= 0);
  const row: Record<string, unknown> = { set, queries: idx.length };
  if (set === 'negative') {
    // Answered right when nothing is listed (the page says 没有找到).
    for (const engine of ['ours', 'stock'] as const) {
      const right = idx.filter((i) => results[engine][i].length === 0);
      row[`${engine} 没有找到`] = `${right.length} / ${idx.length}`;
      for (const i of idx)
        if (results[engine][i].length > 0 && misses[engine].length < 60)
          misses[engine].push(`${queries[i].q} → ${results[engine][i].length} 条结果（应为没有找到）`);
    }
    rows.push(row);
    continue;
  }
  const answerable = idx.filter((i) => queries[i].holders <= TOP);
  row.answerable = answerable.length;
  for (const engine of ['ours', 'stock'] as const) {
    row[`${engine} r@1`] = pct(answerable.filter((i) => inTop(engine, i, 1)).length, answerable.length);
    row[`${engine} r@5`] = pct(answerable.filter((i) => inTop(engine, i)).length, answerable.length);
    if (set.startsWith('substring')) {
      // Every substring, counted as found when its page is within the first max(5, n) results.
      const found = idx.filter((i) => rankOf(engine, i) >= 0).length;
      row[`${engine} r@max(5,n)`] = pct(found, idx.length);
    }
    if (set === 'phrase:policy') {
      // The article: the page's first sub-result, or any of them, is the article the phrase came from.
      const withAnchor = answerable.filter((i) => queries[i].anchor);
      const subsOf = (i: number) => results[engine][i][rankOf(engine, i)]?.subs ?? [];
      row[`${engine} anchor@1`] = pct(
        withAnchor.filter((i) => inTop(engine, i) && subsOf(i)[0] === queries[i].anchor).length,
        withAnchor.length,
      );
      row[`${engine} anchor@3`] = pct(
        withAnchor.filter((i) => inTop(engine, i) && subsOf(i).slice(0, 3).includes(queries[i].anchor!)).length,
        withAnchor.length,
      );
    }
    for (const i of answerable)
      if (!inTop(engine, i) && misses[engine].length < 60) misses[engine].push(`${queries[i].q} → ${queries[i].url}`);
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
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log('每个查询耗时（引擎内，索引已加载）:');
console.table(
  Object.fromEntries(
    (['ours', 'stock'] as const).map((e) => [
      e,
      {
        mean: `${mean(timing[e]).toFixed(1)} ms`,
        p50: `${quantile(timing[e], 0.5).toFixed(1)} ms`,
        p95: `${quantile(timing[e], 0.95).toFixed(1)} ms`,
        max: `${Math.max(...timing[e]).toFixed(1)} ms`,
      },
    ]),
  ),
);
console.log(
  `在搜索页输入（停顿结束到显示结果，${typed.length} 个查询，第一个含加载索引）：第一个 ${typed[0]?.toFixed(0)} ms，其余 p50 ${quantile(typed.slice(1), 0.5).toFixed(0)} ms、p95 ${quantile(typed.slice(1), 0.95).toFixed(0)} ms、最长 ${Math.max(...typed.slice(1)).toFixed(0)} ms`,
);
for (const engine of ['ours', 'stock'] as const) {
  if (misses[engine].length)
    console.log(`\n${engine} 未命中（可回答的查询，最多 40 条）：\n  ${misses[engine].join('\n  ')}`);
}
writeFileSync(
  join(work, 'search-recall.json'),
  JSON.stringify({ cap: CAP, phrases: PHRASES, rows, size, bytes, timing, typed, typedSample, misses }, null, 2),
);
console.log(`\n详细结果：${join(work, 'search-recall.json')}`);

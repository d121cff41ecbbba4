/**
 * The Pagefind search index (issue 4, docs/search.md), built from the site
 * model rather than the rendered pages: one small document per entity page
 * (src/outputs/search/documents.ts), in one or more bundles (shards.ts). So it
 * does not wait for Astro: scripts/build.ts writes it while Astro renders, in
 * a directory of its own, and moves it into the site when both are done. Any
 * error, and any document Pagefind reads differently from its record, fails
 * the build.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel } from '../../src/model/model.ts';
import { type SearchEntry, searchDocuments, searchEntries } from '../../src/outputs/search/documents.ts';
import type { SearchLists } from '../../src/outputs/search/records.ts';
import { bundlePath, shardSize, splitShards } from '../../src/outputs/search/shards.ts';
import { VARIANTS_FILE, variantMap } from '../../src/outputs/search/variants.ts';
import { MAX_ROUTED_BUNDLES, ROUTES_FILE, routesOf } from '../../src/search/routes.ts';
import { site, siteLists } from '../../src/model/site.ts';
import { bundleKey, keepBundle, restoreBundle } from './search-cache.ts';
import { PAGEFIND_ALLOCATOR_ENV, allocatorSettings } from './allocators.ts';

/** Pagefind's ready-made UIs, which this site does not use (it has its own, accessible one). */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Bytes of all files under a directory. */
export function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

export interface IndexOptions {
  /** Add the gram and pinyin tokens (true); false gives stock Pagefind on the same documents (for the benchmark). */
  tokens?: boolean;
  /** The site to index, with its pool and 标杆 lists; by default the one being built (site(), lifecycle()). */
  site?: { model: SiteModel; lists: SearchLists };
  /** Pages per bundle; by default SEARCH_SHARD_SIZE or DEFAULT_SHARD_SIZE (shards.ts). */
  shardSize?: number;
}

/** What was indexed: entity pages, bundles written and their bytes, and how many bundles came from the cache. */
export interface IndexSummary {
  pages: number;
  bundles: number;
  bytes: number;
  cached: number;
}

/**
 * Indexes the site's entity pages into Pagefind bundles under `dir`
 * (dir/pagefind/, dir/pagefind-2/ …, see shards.ts), one bundle after
 * another, each by a fresh Pagefind process that ends when its bundle is
 * written, so the memory needed is that of one bundle. Throws listing every
 * problem of the first bundle that has any; nothing is left half-written.
 */
export async function writeSearchIndex(dir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const { model, lists } = options.site ?? { model: site(), lists: siteLists() };
  const entries = searchEntries(model, lists);
  const shards = splitShards(entries, options.shardSize ?? shardSize(), (e) => e.record);
  if (shards.length > MAX_ROUTED_BUNDLES)
    throw new Error(
      `搜索索引需要 ${shards.length} 个包，超过搜索页能路由的 ${MAX_ROUTED_BUNDLES} 个，网站未发布：请增大 SEARCH_SHARD_SIZE（现为每包 ${options.shardSize ?? shardSize()} 页）`,
    );
  const summary: IndexSummary = { pages: 0, bundles: 0, bytes: 0, cached: 0 };
  // The characters of each bundle's documents: for variants.json, and for routes.json when there are several bundles.
  const chars: Set<string>[] = [];
  try {
    for (const [i, shard] of shards.entries()) {
      const output = join(dir, bundlePath(i));
      chars.push(new Set());
      const written = await writeBundle(shard, output, options.tokens !== false, chars[i]);
      summary.pages += written.pages;
      if (written.cached) summary.cached++;
      summary.bundles++;
      summary.bytes += dirBytes(output);
    }
    // Traditional → Simplified for the characters the documents use, read by the search page on its first search.
    const variants = join(dir, bundlePath(0), VARIANTS_FILE);
    writeFileSync(variants, JSON.stringify(await variantMap(new Set(chars.flatMap((c) => [...c])))));
    summary.bytes += statSync(variants).size;
    // Which bundles hold which characters, so the search page opens only those that can answer (issue 18).
    if (shards.length > 1) {
      const routes = join(dir, bundlePath(0), ROUTES_FILE);
      writeFileSync(routes, JSON.stringify(routesOf(chars)));
      summary.bytes += statSync(routes).size;
    }
  } catch (error) {
    for (const i of shards.keys()) rmSync(join(dir, bundlePath(i)), { recursive: true, force: true });
    throw error;
  }
  return summary;
}

/**
 * Fails with the path and the reason when `output` cannot be written (disk
 * full, read-only file system): Pagefind's backend would die on it without
 * an answer, so it is asked first.
 */
export function assertWritable(output: string): void {
  const probe = join(output, `.write-test-${process.pid}`);
  try {
    mkdirSync(output, { recursive: true });
    writeFileSync(probe, 'x'.repeat(4096));
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC'
        ? '磁盘已满'
        : code === 'EROFS'
          ? '文件系统只读'
          : code === 'EACCES' || code === 'EPERM'
            ? '没有写权限'
            : ((error as Error).message ?? String(error));
    throw new Error(`搜索索引无法写入 ${output}（${why}），网站未发布：请腾出磁盘空间或改用可写的 OUT_DIR 后重新生成`, {
      cause: error,
    });
  }
}

/**
 * One Pagefind bundle of the entries, written to `output` — or, when a build
 * already wrote a bundle of exactly these documents, copied from the cache
 * (search-cache.ts). Returns the pages indexed and whether it was a copy.
 */
async function writeBundle(
  entries: readonly SearchEntry[],
  output: string,
  tokens: boolean,
  used: Set<string>,
): Promise<{ pages: number; cached: boolean }> {
  assertWritable(output);
  const documents: { url: string; html: string; record: SearchEntry['record'] }[] = [];
  for await (const { record, html } of searchDocuments(entries, tokens)) {
    for (const ch of html) if (ch > '\u2e7f') used.add(ch);
    documents.push({ url: record.url, html, record });
  }
  const key = bundleKey(documents, tokens);
  if (restoreBundle(key, output)) return { pages: documents.length, cached: true };
  const problems: string[] = [];
  // Pagefind's wrapper starts its service with this process's environment.
  Object.assign(process.env, allocatorSettings(process.env, PAGEFIND_ALLOCATOR_ENV));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`搜索索引无法建立（Pagefind）：${errors.join('；')}`);
  try {
    let pages = 0;
    for (const { record, html } of documents) {
      const added = await index.addHTMLFile({ url: record.url, content: html });
      if (added.errors.length > 0) problems.push(`${record.url}：${added.errors.join('；')}`);
      else if (added.file.meta.title !== record.title || added.file.meta.type !== record.meta.type) {
        // Pagefind read the document differently from what it says: a bug in documents.ts, not in content.
        problems.push(
          `${record.url}：索引中的标题或类型（${added.file.meta.title ?? '无'}／${added.file.meta.type ?? '无'}）与记录不符。`,
        );
      } else pages++;
    }
    if (problems.length > 0)
      throw new Error(
        `搜索索引有 ${problems.length} 个问题，网站未发布：\n${problems.map((p) => `  · ${p}`).join('\n')}`,
      );
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
    for (const f of UNUSED) rmSync(join(output, f), { force: true });
    keepBundle(key, output);
    return { pages, cached: false };
  } finally {
    await index.deleteIndex();
    // Ends the Pagefind process, returning its memory before the next bundle.
    await pagefind.close();
  }
}

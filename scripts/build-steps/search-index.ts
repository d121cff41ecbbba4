/**
 * Post-build step: the Pagefind search index (issue 4, docs/search.md).
 *
 * Every built HTML page goes to Pagefind; Pagefind keeps only those with a
 * data-pagefind-body element (the entity pages). Before an entity page is
 * added, the names a reader may type are appended to it in memory as gram and
 * pinyin tokens (src/lib/search/index-tokens.ts); the published file is not
 * changed. Any error, and any entity page that did not make it into the index
 * as expected, fails the build.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { site } from '../../src/lib/site.ts';
import { injectTokens } from '../../src/lib/search/index-tokens.ts';
import { type SearchRecord, searchRecords } from '../../src/lib/search/records.ts';
import type { BuildStep } from '../build.ts';

/** Elements inside data-pagefind-body that are not content: screen-only tools and print-only lines. */
export const EXCLUDED = ['.no-print', '.print-only'];

/** Pagefind's ready-made UIs, which this site does not use (it has its own, accessible one). */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/** /clusters/linqing-textile/index.html → /clusters/linqing-textile/ */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** Bytes of all files under a directory. */
export function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

export interface IndexOptions {
  /** Add the gram and pinyin tokens (true); false gives stock Pagefind on the same pages (for the benchmark). */
  tokens?: boolean;
  /** The entity pages expected in the index; by default those of the site being built. */
  records?: SearchRecord[];
}

/** Indexes the built site in `outDir` into `outDir/pagefind`; throws listing every problem. */
export async function writeSearchIndex(outDir: string, options: IndexOptions = {}): Promise<{ pages: number; bytes: number }> {
  const records = new Map((options.records ?? searchRecords(site())).map((r) => [r.url, r]));
  const problems: string[] = [];
  // Page tools (text size, print, copy buttons) and print-only lines are not the page's content.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`搜索索引无法建立（Pagefind）：${errors.join('；')}`);
  try {
    const indexed = new Set<string>();
    let pages = 0;
    for (const file of htmlFiles(outDir)) {
      const url = urlOf(outDir, file);
      if (url.startsWith('/pagefind/')) continue;
      const html = readFileSync(file, 'utf8');
      const record = records.get(url);
      // Only pages with data-pagefind-body are indexed; handing over the others (lists, registries,
      // history) made Pagefind parse and drop most of the bytes (10,000 clusters: 84 s → 63 s).
      if (!record && !html.includes('data-pagefind-body')) continue;
      let content = html;
      if (record) {
        const withTokens = injectTokens(html, record);
        if (!withTokens) {
          problems.push(`${url}：页面没有 data-pagefind-body 元素，搜索不到它。请在页面的 <article> 上加 data-pagefind-body。`);
          continue;
        }
        if (options.tokens !== false) content = withTokens;
      }
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) problems.push(`${url}：${added.errors.join('；')}`);
      if (!record || added.errors.length > 0) continue;
      pages++;
      indexed.add(url);
      // The page must carry the filters and meta of its record (emitted by SearchMeta).
      if (added.file.meta.title !== record.title || added.file.meta.type !== record.meta.type) {
        problems.push(`${url}：索引中的标题或类型（${added.file.meta.title ?? '无'}／${added.file.meta.type ?? '无'}）与内容不符。请在页面中加入 <SearchMeta slot="head" />。`);
      }
    }
    for (const url of records.keys()) {
      if (!indexed.has(url) && !problems.some((p) => p.startsWith(url))) problems.push(`${url}：页面没有生成，无法加入搜索索引。`);
    }
    if (problems.length > 0) throw new Error(`搜索索引有 ${problems.length} 个问题，网站未发布：\n${problems.map((p) => `  · ${p}`).join('\n')}`);
    const output = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
    for (const f of UNUSED) rmSync(join(output, f), { force: true });
    return { pages, bytes: dirBytes(output) };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export const searchIndexStep: BuildStep = {
  name: 'search index',
  async run(outDir) {
    const { pages, bytes } = await writeSearchIndex(outDir);
    console.log(`[build] search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB in /pagefind/`);
  },
};

/**
 * The Pagefind search index (issue 4, docs/search.md), built from the site
 * model rather than the rendered pages: one small document per entity page
 * (src/lib/search/documents.ts). So it does not wait for Astro:
 * scripts/build.ts adds the documents while Astro renders, and writes the
 * index into the rendered site when Astro is done. Any error, and any
 * document Pagefind reads differently from its record, fails the build.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel } from '../../src/lib/model.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { site } from '../../src/lib/site.ts';

/** Pagefind's ready-made UIs, which this site does not use (it has its own, accessible one). */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

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
  /** The site to index; by default the one being built (site()). */
  model?: SiteModel;
}

/** An index with every entity page added, not yet written. */
export interface AddedIndex {
  pages: number;
  /** Writes the index into `dir/pagefind` and ends the indexer; throws on failure. */
  write(dir: string): Promise<{ pages: number; bytes: number }>;
  /** Ends the indexer without writing. */
  discard(): Promise<void>;
}

/**
 * Adds every entity page's document to a new Pagefind index; throws listing
 * every problem. Adding needs little memory; writing needs most of it (about
 * 2 GB at 10,000 clusters), which is why scripts/build.ts adds while Astro
 * renders and writes only after Astro has ended.
 */
export async function addSearchDocuments(options: IndexOptions = {}): Promise<AddedIndex> {
  const model = options.model ?? site();
  const problems: string[] = [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`搜索索引无法建立（Pagefind）：${errors.join('；')}`);
  const discard = async () => {
    await index.deleteIndex();
    await pagefind.close();
  };
  let pages = 0;
  try {
    for await (const { record, html } of searchDocuments(model, options.tokens !== false)) {
      const added = await index.addHTMLFile({ url: record.url, content: html });
      if (added.errors.length > 0) problems.push(`${record.url}：${added.errors.join('；')}`);
      else if (added.file.meta.title !== record.title || added.file.meta.type !== record.meta.type) {
        // Pagefind read the document differently from what it says: a bug in documents.ts, not in content.
        problems.push(`${record.url}：索引中的标题或类型（${added.file.meta.title ?? '无'}／${added.file.meta.type ?? '无'}）与记录不符。`);
      } else pages++;
    }
    if (problems.length > 0) throw new Error(`搜索索引有 ${problems.length} 个问题，网站未发布：\n${problems.map((p) => `  · ${p}`).join('\n')}`);
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    pages,
    discard,
    async write(dir) {
      try {
        const output = join(dir, 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
        for (const f of UNUSED) rmSync(join(output, f), { force: true });
        return { pages, bytes: dirBytes(output) };
      } finally {
        await discard();
      }
    },
  };
}

/** Indexes the site's entity pages into `dir/pagefind` in one go. */
export async function writeSearchIndex(dir: string, options: IndexOptions = {}): Promise<{ pages: number; bytes: number }> {
  return (await addSearchDocuments(options)).write(dir);
}

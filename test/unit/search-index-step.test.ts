import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/build-steps/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

const record = (id: string, title: string): SearchRecord => ({
  kind: 'cluster',
  url: `/clusters/${id}/`,
  title,
  filters: { type: ['集群'] },
  meta: { type: '集群' },
  date: '2022-05-09',
  keys: [title],
  pinyinNames: [],
  pinyinTerms: [],
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lc-search-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

const page = (title: string, body = 'data-pagefind-body') =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title><meta data-pagefind-meta="type[content]" content="集群"><meta data-pagefind-sort="date[content]" content="2022-05-09"></head><body><nav>导航</nav><article ${body}><h1>${title}</h1><p>正文</p></article></body></html>`;

describe('the search index step', () => {
  it('indexes the entity pages and leaves out the unused ready-made UIs', async () => {
    const dir = site({ 'clusters/a': page('甲集群'), about: '<html lang="zh-CN"><body><main>关于</main></body></html>' });
    const { pages } = await writeSearchIndex(dir, { records: [record('a', '甲集群')] });
    expect(pages).toBe(1);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('fails, naming the page and the fix, when an entity page has no data-pagefind-body or is missing', async () => {
    const dir = site({ 'clusters/a': page('甲集群', 'class="x"') });
    await expect(writeSearchIndex(dir, { records: [record('a', '甲集群'), record('b', '乙集群')] })).rejects.toThrow(
      /搜索索引有 2 个问题[\s\S]*\/clusters\/a\/：页面没有 data-pagefind-body 元素[\s\S]*\/clusters\/b\/：页面没有生成/,
    );
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });

  it('fails when a page does not carry its search meta', async () => {
    const dir = site({ 'clusters/a': page('别的标题') });
    await expect(writeSearchIndex(dir, { records: [record('a', '甲集群')] })).rejects.toThrow(/与内容不符.*SearchMeta/);
  });
});

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/build-steps/search-index.ts';
import { type SearchDocument, searchDocuments, searchEntries } from '../../src/outputs/search/documents.ts';
import { searchRecords } from '../../src/outputs/search/records.ts';
import { FIXTURE_SITE } from './fixture-site.ts';
import { searchSiteOf } from './search-site.ts';

async function documentsOf(dir: string, tokens = true) {
  const { model, lists } = searchSiteOf(dir);
  const docs: SearchDocument[] = [];
  for await (const doc of searchDocuments(searchEntries(model, lists), tokens)) docs.push(doc);
  return { model, lists, docs, at: (url: string) => docs.find((d) => d.record.url === url)!.html };
}

const real = await documentsOf(new URL('../fixtures/seed', import.meta.url).pathname);
const text = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('search documents', () => {
  it('one per search record, in the same order', () => {
    expect(real.docs.map((d) => d.record.url)).toEqual(searchRecords(real.model, real.lists).map((r) => r.url));
  });

  it('hold a policy text as the policy page renders it, anchors included, without the page furniture', () => {
    const html = real.at('/policies/cluster-management-measures-2021/');
    expect(html).toContain('<h3 id="第十三条">第十三条</h3>');
    expect(text(html)).toContain('特色产业集群实行动态管理，有效期为5年。');
    expect(html).toContain('<p>发文机关：');
    // The validity banner's explanation and the page tools are not the document.
    expect(text(html)).not.toMatch(/有效性按|打印本页|特大/);
  });

  it("hold a cluster's fields and its recorded history, and nothing for fields not published", () => {
    const html = real.at('/clusters/linqing-textile/');
    expect(text(html)).toContain('临清市 · 纺织');
    expect(text(html)).toContain('产业方向：纺织服装');
    expect(text(html)).toMatch(/2022年5月9日 认定为市级特色产业集群 关于公布2022年度聊城市特色产业集群名单的通知/);
    // Its products and host are not published: no empty field, no placeholder.
    expect(text(html)).not.toMatch(/主导产品：|依托载体：/);
  });

  it("carry the record's filters, meta and sort key, and its tokens unless asked for stock Pagefind", async () => {
    const html = real.at('/clusters/linqing-textile/');
    expect(html).toContain('<meta data-pagefind-filter="county[content]" content="临清市">');
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="临清市纺织特色产业集群">');
    expect(html).toMatch(/<meta data-pagefind-sort="date\[content\]" content="\d{4}-\d{2}-\d{2}">/);
    expect(html).toMatch(/<div data-pagefind-weight="5">qq[a-z]/);
    const stock = await documentsOf(FIXTURE_SITE, false);
    expect(stock.docs.some((d) => /\bq[qp][a-z]+\b/.test(d.html))).toBe(false);
  });

  it('never let content put markup into a document', async () => {
    const hostile = await documentsOf(new URL('../fixtures/hostile', import.meta.url).pathname);
    const tags = new Set<string>();
    for (const { html } of hostile.docs) {
      for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
        tags.add(m[1].toLowerCase());
        // Attributes are only ours: no event handler, no URL.
        for (const a of m[2].matchAll(/\s*([^\s=]+)(?:="[^"]*")?/g))
          expect(a[1]).toMatch(/^(lang|content|id|data-pagefind-[a-z]+)$/);
      }
    }
    expect(
      [...tags].filter(
        (tag) =>
          !/^(html|head|title|meta|body|main|div|h[1-6]|p|code|strong|em|ul|ol|li|table|thead|tbody|tr|th|td|a|br)$/.test(
            tag,
          ),
      ),
    ).toEqual([]);
    // The text is still there, as text.
    expect(hostile.docs.map((d) => d.html).join('')).toContain("&lt;script&gt;alert('name')&lt;/script&gt;冠县集群");
  });
});

describe('documents of the lists and sections', () => {
  it('hold a pool list with every candidate, by name, county and industry', async () => {
    const fixture = await documentsOf(FIXTURE_SITE);
    const html = text(fixture.at('/pool/test-2024-pool/'));
    expect(html).toContain('茌平区测试新候选集群 茌平区 木材加工');
    expect(html).toContain('测工信发〔2024〕5号');
    expect(text(fixture.at('/benchmarks/test-2025-benchmarks/'))).toContain('2025年度');
  });

  it('hold a section page with what it says of itself: the 信息公开指南 on 关于本站', () => {
    expect(text(real.at('/about/'))).toContain(real.model.settings.guide.split(/\n/)[0].trim());
    expect(text(real.at('/registry/'))).toContain('任一日期的特色产业集群名单');
  });
});

describe('the search index', () => {
  it('indexes every entity page of a site and leaves out the unused ready-made UIs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-search-'));
    const site = searchSiteOf(FIXTURE_SITE);
    const { pages } = await writeSearchIndex(dir, { site });
    expect(pages).toBe(searchRecords(site.model, site.lists).length);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
  });
});

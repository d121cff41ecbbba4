import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  OTHER_PAGES,
  checkSite,
  pageTypeOf,
  pageTypes,
  staticImports,
  weightsByType,
} from '../../scripts/check-site.ts';

describe('the built-HTML lint', () => {
  it('finds each kind of problem in a deliberately broken site', async () => {
    const report = await checkSite(new URL('../fixtures/built', import.meta.url).pathname);
    const found = report.problems.map((p) => `${p.page} [${p.rule}] ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '/ [third-party] <script src="https://cdn.example.com/x.js"> loads from another origin',
        '/ [fragment] <a href="/a/#第九条">: no element with id "第九条" in /a/',
        '/ [link] <a href="/missing/"> points to /missing/, which does not exist',
        '/a/ [link] <img src="/nope.png"> points to /nope.png, which does not exist',
        '/a/, /b/ [title] 2 pages share the title "重复的标题"',
        '/b/ [html-validate/no-implicit-close] 10:13 Element <p> is implicitly closed by parent </div>',
      ]),
    );
    expect(found.some((f) => f.includes('第一条'))).toBe(false);
    expect(report.externalLinks).toBe(1);
  });
});

/** A small built site (or pages folder) with the given files. */
function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'check-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

const page = (head: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title>${head}</head><body><main><h1>页</h1></main></body></html>`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('the JavaScript weight of a page', () => {
  const modules = {
    '_astro/a.js': 'import{x}from"./shared.js";import"./c.js";export{y}from"./d.js";const l=()=>import("./lazy.js");l;',
    '_astro/b.js': 'import{x}from"./shared.js";x();',
    '_astro/shared.js': 'export const x=()=>document.title;',
    '_astro/c.js': 'document.body.dataset.c="1";',
    '_astro/d.js': 'export const y=2;',
    '_astro/lazy.js': 'export const big="'.padEnd(5000, 'x') + '";',
    '_astro/p.js': 'export const p=1;',
  };

  it('is its whole static module graph: entries, modulepreloads and their imports, each module once', async () => {
    const inline = 'document.documentElement.dataset.js="1";';
    const dir = tree({
      ...modules,
      'index.html': page(
        `<link rel="modulepreload" href="/_astro/p.js"><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script><script>${inline}</script>`,
      ),
    });
    const [w] = (await checkSite(dir)).weights;
    expect(w?.modules).toEqual([
      '/_astro/p.js',
      '/_astro/a.js',
      '/_astro/shared.js',
      '/_astro/c.js',
      '/_astro/d.js',
      '/_astro/b.js',
      '(inline)',
    ]);
    const files = ['p', 'a', 'shared', 'c', 'd', 'b'].map((n) => modules[`_astro/${n}.js` as keyof typeof modules]);
    // The lazily imported module is not loaded with the page, so it is not counted.
    expect(w?.script).toBe(files.reduce((sum, code) => sum + gz(code), 0) + gz(inline));
  });

  it('reports an import that does not resolve', async () => {
    const dir = tree({
      '_astro/e.js': 'import"./gone.js";',
      'index.html': page('<script type="module" src="/_astro/e.js"></script>'),
    });
    const found = (await checkSite(dir)).problems.map((p) => `${p.rule} ${p.message}`);
    expect(found).toContain('link /_astro/e.js imports ./gone.js, which does not exist');
  });

  it('reads the static imports of a minified module, not its dynamic ones', () => {
    expect(staticImports(modules['_astro/a.js'])).toEqual(['./shared.js', './c.js', './d.js']);
  });
});

describe('page types', () => {
  const types = pageTypes(
    tree({
      'index.astro': '',
      '404.astro': '',
      'policies/index.astro': '',
      'policies/[id].astro': '',
      'policies/[id]/history/index.astro': '',
      'policies/[id]/history/compare.astro': '',
      'policies/[id]/history/[pair].astro': '',
      'policies/[id]/[file].docx.ts': '',
    }),
  );

  it('are the routes of src/pages, a static segment before a parameter', () => {
    expect(
      ['/', '/404.html', '/policies/', '/policies/a/', '/policies/a/history/', '/policies/a/history/compare/'].map(
        (p) => pageTypeOf(p, types),
      ),
    ).toEqual([
      '/',
      '/404.html',
      '/policies/',
      '/policies/[id]/',
      '/policies/[id]/history/',
      '/policies/[id]/history/compare/',
    ]);
    expect(pageTypeOf('/policies/a/history/1-2/', types)).toBe('/policies/[id]/history/[pair]/');
    expect(pageTypeOf('/old-address/', types)).toBe(OTHER_PAGES);
  });

  it('report the heaviest page of each type', () => {
    const w = (p: string, html: number, script: number) => ({ page: p, html, css: 0, text: 0, script, modules: [] });
    expect(
      weightsByType([w('/policies/a/', 100, 10), w('/policies/b/', 300, 5), w('/', 50, 0)], types).map(
        (t) => `${t.type} ${t.pages} ${t.htmlCss} ${t.script} ${t.scriptPage}`,
      ),
    ).toEqual(['/ 1 50 0 /', '/policies/[id]/ 2 300 10 /policies/a/']);
  });
});

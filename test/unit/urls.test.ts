import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtUrls,
  nginxRedirects,
  readManifest,
  recordUrls,
  readRedirects,
  redirectHtml,
  redirectProblems,
  vanishedUrls,
  writeManifest,
} from '../../src/publishing/urls.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'lc-urls-'));
function tree(files: string[]): string {
  const dir = tmp();
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  return dir;
}
function contentWith(files: Record<string, string>): string {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the public URLs of a built site', () => {
  it('are its pages, data files and feeds; not assets, the search index or the 404 page', () => {
    const out = tree([
      'index.html',
      '404.html',
      'favicon.svg',
      'clusters/index.html',
      'clusters/a/index.html',
      '_astro/x.css',
      'pagefind/p.js',
      'data/registry.csv',
      'feeds/all.xml',
    ]);
    expect(builtUrls(out)).toEqual(['/', '/clusters/', '/clusters/a/', '/data/registry.csv', '/feeds/all.xml']);
  });

  it('round-trip through the manifest, sorted, comments ignored', () => {
    const dir = tmp();
    expect(readManifest(dir)).toBeUndefined();
    writeManifest(dir, ['/b/', '/a/', '/b/']);
    expect(readManifest(dir)).toEqual({ entries: [{ url: '/a/' }, { url: '/b/' }], problems: [] });
  });

  it('records the first day each URL existed, and keeps the earliest', () => {
    const dir = tmp();
    const first = recordUrls([], ['/', '/registry/2026-12-08/'], '2026-12-08');
    writeManifest(dir, first.entries);
    expect(readFileSync(join(dir, 'published-urls.txt'), 'utf8')).toMatch(
      /\n\/ 2026-12-08\n\/registry\/2026-12-08\/ 2026-12-08\n$/,
    );
    // A later build adds what is new with its own day; an earlier build that has a URL dates it back.
    const again = recordUrls(readManifest(dir)!.entries, ['/', '/clusters/by/year/2027/'], '2027-05-09');
    expect(again.added).toEqual(['/clusters/by/year/2027/']);
    const earlier = recordUrls(again.entries, ['/'], '2026-11-24');
    expect(earlier.entries).toEqual([
      { url: '/', since: '2026-11-24' },
      { url: '/registry/2026-12-08/', since: '2026-12-08' },
      { url: '/clusters/by/year/2027/', since: '2027-05-09' },
    ]);
  });

  it('reports a line it cannot read as a parse error, never as a deletion', () => {
    const dir = contentWith({ 'published-urls.txt': '# c\n/a/ 2026-11-24\nclusters/b/\n/c/ 2026-13-45\n' });
    const { entries, problems } = readManifest(dir)!;
    expect(entries).toEqual([{ url: '/a/', since: '2026-11-24' }]);
    expect(problems.map((p) => [p.field, p.message.split('：')[0]])).toEqual([
      ['第 3 行', '无法识别「clusters/b/」'],
      ['第 4 行', '无法识别「/c/ 2026-13-45」'],
    ]);
  });
});

describe('the redirects file', () => {
  it('is a map from old page to new address', () => {
    const dir = contentWith({
      'redirects.yaml': '# 说明\n/clusters/old/: /clusters/new/\n"/notices/x/": https://example.gov.cn/y\n',
    });
    const { map, problems } = readRedirects(dir);
    expect(problems).toEqual([]);
    expect([...map]).toEqual([
      ['/clusters/old/', '/clusters/new/'],
      ['/notices/x/', 'https://example.gov.cn/y'],
    ]);
  });

  it('refuses what it cannot serve, each line with its fix', () => {
    const dir = contentWith({
      'redirects.yaml': '/clusters/old: /clusters/new/\n/a/../../etc/: /\n/b/: clusters/new/\n/c/: 12\n',
    });
    const { map, problems } = readRedirects(dir);
    expect(map.size).toBe(0);
    expect(problems.map((p) => [p.field, p.message.split('：')[0]])).toEqual([
      [
        '/clusters/old',
        '旧网址必须是以 / 开头、以 / 结尾的本站页面地址，例如 /clusters/old-id/，只用字母、数字和 - . _ ~（不能有 #、?、%、引号、$ 或空格）',
      ],
      [
        '/a/../../etc/',
        '旧网址必须是以 / 开头、以 / 结尾的本站页面地址，例如 /clusters/old-id/，只用字母、数字和 - . _ ~（不能有 #、?、%、引号、$ 或空格）',
      ],
      [
        '/b/',
        '新网址必须是以 / 开头的本站地址（例如 /clusters/new-id/ 或 /policies/x/#第十三条）或以 https:// 开头的完整网址，不能有空格、引号、$、; 或花括号',
      ],
      [
        '/c/',
        '新网址必须是以 / 开头的本站地址（例如 /clusters/new-id/ 或 /policies/x/#第十三条）或以 https:// 开头的完整网址，不能有空格、引号、$、; 或花括号',
      ],
    ]);
    expect(problems[0].file).toMatch(/redirects\.yaml$/);
  });

  it('reports a YAML slip with its line', () => {
    const dir = contentWith({ 'redirects.yaml': '/a/: /b/\n/a/: /c/\n' });
    expect(readRedirects(dir).problems[0].message).toMatch(/^第 2 行 YAML 格式有误/);
  });

  it('must not hide a live page, point nowhere, or chain', () => {
    const built = new Set(['/clusters/live/', '/clusters/new/']);
    const map = new Map([
      ['/clusters/live/', '/clusters/new/'],
      ['/clusters/gone/', '/clusters/missing/'],
      ['/clusters/older/', '/clusters/old/'],
      ['/clusters/old/', '/clusters/new/'],
    ]);
    const problems = redirectProblems(map, built, tmp());
    expect(problems.map((p) => p.field)).toEqual(['/clusters/live/', '/clusters/gone/', '/clusters/older/']);
    expect(problems[2].message).toContain('请把这一行直接写成最终网址 /clusters/new/');
  });
});

describe('a published URL that vanished', () => {
  const dir = tmp();
  const built = new Set(['/', '/clusters/new/', '/data/registry-2025-12-31.csv']);

  it('fails with the way to add a redirect', () => {
    const problems = vanishedUrls(['/', '/clusters/old/'], built, new Map(), dir, '2026-11-24');
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe('/clusters/old/');
    expect(problems[0].file).toMatch(/published-urls\.txt$/);
    expect(problems[0].message).toMatch(/redirects\.yaml 中加一行「\/clusters\/old\/: \/新网址\/」/);
  });

  it('is fine with a redirect', () => {
    expect(
      vanishedUrls(['/clusters/old/'], built, new Map([['/clusters/old/', '/clusters/new/']]), dir, '2026-11-24'),
    ).toEqual([]);
  });

  it('is not required when building for a day before it first existed', () => {
    const manifest = [
      { url: '/', since: '2026-11-24' },
      { url: '/registry/2026-12-08/', since: '2026-12-08' },
      { url: '/clusters/by/year/2026/', since: '2026-12-08' },
    ];
    expect(vanishedUrls(manifest, built, new Map(), dir, '2026-11-24')).toEqual([]);
    expect(vanishedUrls(manifest, built, new Map(), dir, '2026-12-08').map((p) => p.field)).toEqual([
      '/registry/2026-12-08/',
      '/clusters/by/year/2026/',
    ]);
  });

  it('names the file that is still there (a draft or a file with an error) instead of calling it deleted', () => {
    const [problem] = vanishedUrls(['/clusters/old/'], built, new Map(), dir, '2026-11-24', (url) =>
      url === '/clusters/old/' ? 'content/clusters/old.yaml' : undefined,
    );
    expect(problem.message).toContain('对应的内容文件 content/clusters/old.yaml 仍在，但它还是草稿或有错误');
    expect(problem.message).not.toMatch(/删除或改了名/);
  });

  it('is not required before its day: a year-end list of a year not yet over', () => {
    const manifest = ['/data/registry-2025-12-31.csv', '/data/registry-2026-12-31.csv'];
    expect(vanishedUrls(manifest, built, new Map(), dir, '2026-11-24')).toEqual([]);
    expect(vanishedUrls(manifest, built, new Map(), dir, '2027-01-01').map((p) => p.field)).toEqual([
      '/data/registry-2026-12-31.csv',
    ]);
  });
});

describe('redirect output', () => {
  it('is a page with meta refresh, a link and a canonical URL', () => {
    const html = redirectHtml('/clusters/new/', 'https://example.gov.cn/clusters/new/', '站名');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/clusters/new/">');
    expect(html).toContain('<link rel="canonical" href="https://example.gov.cn/clusters/new/">');
    expect(html).toContain('<a href="/clusters/new/">https://example.gov.cn/clusters/new/</a>');
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('is nginx configuration with permanent redirects, with and without the trailing slash', () => {
    expect(nginxRedirects(new Map([['/clusters/old/', '/clusters/new/']]))).toContain(
      'location = "/clusters/old/" { return 301 "/clusters/new/"; }\nlocation = "/clusters/old" { return 301 "/clusters/new/"; }',
    );
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalTarget, shadowProblem, sourceProblem } from '../../src/publishing/redirect-rules.ts';
import { nginxRedirects, readRedirects, redirectProblems } from '../../src/publishing/urls.ts';

/** Values an attacker (or a slip) writes into redirects.yaml. */
const HOSTILE_SOURCES = [
  '/clusters/linqing-textile/#;}types{text/html',
  '/a/;}types{text/html;}location /x/',
  '/a b/',
  '/a/"b/',
  '/a/$host/',
  '/a/%2e%2e/',
  '/a/../',
  '/.git/',
  '/a/?x=1/',
  '/_astro/',
  '/pagefind/',
  '/policies/x/history/',
  '/policies/x/history/2024-01-01/',
  '/a\n/',
];
const HOSTILE_TARGETS = [
  '/new/$http_x_evil',
  'https://evil.example/$http_cookie',
  '/x/;return 200 hi',
  '/x/"; }',
  '/x/}',
  '//evil.example/',
  'javascript:alert(1)',
  'http://plain.example/',
  'https://user:pw@example.gov.cn/',
  '/x/ y/',
  '/../etc/',
  12,
];

describe('redirect grammar', () => {
  it.each(HOSTILE_SOURCES)('refuses the old URL %j', (from) => {
    expect(sourceProblem(from)).toBeDefined();
  });
  it.each(HOSTILE_TARGETS)('refuses the new URL %j', (to) => {
    expect(normalTarget(to)).toBeUndefined();
  });
  it('accepts site paths, anchors (percent-encoded) and https URLs', () => {
    expect(sourceProblem('/clusters/old-id/')).toBeUndefined();
    expect(sourceProblem('/Old_Site/page.html/')).toBeUndefined();
    expect(normalTarget('/clusters/new/')).toBe('/clusters/new/');
    expect(normalTarget('/policies/x/#第十三条')).toBe(`/policies/x/#${encodeURIComponent('第十三条')}`);
    expect(normalTarget('https://www.liaocheng.gov.cn/a/b?c=1')).toBe('https://www.liaocheng.gov.cn/a/b?c=1');
    // Normal form is a fixed point: what it writes, it accepts unchanged.
    for (const to of ['/policies/x/#第十三条', 'https://例子.example/路径?q=一#二']) {
      const once = normalTarget(to)!;
      expect(normalTarget(once)).toBe(once);
    }
  });
  it('the hostile file is refused line by line, nothing accepted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-redir-'));
    const lines = [
      ...HOSTILE_SOURCES.filter((s) => !s.includes('\n')).map((s) => `${JSON.stringify(s)}: /clusters/x/`),
      ...HOSTILE_TARGETS.map((t, i) => `/ok-${i}/: ${JSON.stringify(t)}`),
    ];
    writeFileSync(join(dir, 'redirects.yaml'), `${lines.join('\n')}\n`);
    const { map, problems } = readRedirects(dir);
    expect(map.size).toBe(0);
    expect(problems).toHaveLength(lines.length);
  });
});

describe('a redirect may not shadow what the build wrote', () => {
  const out = mkdtempSync(join(tmpdir(), 'lc-out-'));
  mkdirSync(join(out, 'policies/x/history'), { recursive: true });
  mkdirSync(join(out, 'data'), { recursive: true });
  mkdirSync(join(out, '_astro'), { recursive: true });
  writeFileSync(join(out, 'sitemap.xml'), '');
  writeFileSync(join(out, 'data/registry.csv'), '');
  it.each(['/sitemap.xml/', '/data/registry.csv/', '/sitemap.xml/x/', '/policies/x/history/', '/_astro/', '/data/'])(
    '%s',
    (from) => {
      expect(shadowProblem(from, out)).toMatch(/^网站已经生成了 \/.+，转址会覆盖或破坏它/);
    },
  );
  it('a path the build did not write is free', () => {
    expect(shadowProblem('/clusters/old/', out)).toBeUndefined();
  });

  it('the build step reports it for the redirects file, before writing any redirect page', () => {
    const problems = redirectProblems(
      new Map([
        ['/sitemap.xml/', '/data/'],
        ['/data/registry.csv/', '/data/'],
      ]),
      new Set(['/data/']),
      mkdtempSync(join(tmpdir(), 'lc-content-')),
      out,
    );
    expect(problems.map((p) => [p.field, p.message.split('（')[0]])).toEqual([
      ['/sitemap.xml/', '网站已经生成了 /sitemap.xml'],
      ['/data/registry.csv/', '网站已经生成了 /data/registry.csv'],
    ]);
  });
});

describe('nginx output', () => {
  it('quotes both sides and refuses anything unchecked', () => {
    expect(nginxRedirects(new Map([['/a/', '/b/#x']]))).toContain('location = "/a/" { return 301 "/b/#x"; }');
    expect(() => nginxRedirects(new Map([['/a/', '/b/$host']]))).toThrow();
    expect(() => nginxRedirects(new Map([['/a/#;}types{text/html', '/b/']]))).toThrow();
  });
});

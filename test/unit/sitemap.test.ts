import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSitemap, sitemapStep } from '../../scripts/build-steps/sitemap.ts';
import { sitemapPaths, sitemapXml } from '../../src/outputs/sitemap.ts';
import { siteWith } from './fixture-site.ts';

describe('the sitemap', () => {
  it('has absolute locations once the origin is known, escaped and percent-encoded', () => {
    const xml = sitemapXml(['/', '/clusters/by/industry/纺织/'], 'https://example.gov.cn');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.gov.cn/</loc></url>\n' +
        '  <url><loc>https://example.gov.cn/clusters/by/industry/%E7%BA%BA%E7%BB%87/</loc></url>\n' +
        '</urlset>\n',
    );
    expect(sitemapXml(['/a&b/'], 'https://example.gov.cn/')).toContain('<loc>https://example.gov.cn/a&amp;b/</loc>');
  });

  it('stays root-relative while the origin is unknown', () => {
    expect(sitemapXml(['/policies/'], undefined)).toContain('<loc>/policies/</loc>');
  });

  it('reads back to the same site paths either way', () => {
    const paths = ['/', '/clusters/by/industry/纺织/'];
    expect(sitemapPaths(sitemapXml(paths, 'https://example.gov.cn'))).toEqual(paths);
    expect(sitemapPaths(sitemapXml(paths, undefined))).toEqual(paths);
  });
});

describe('the sitemap step of the build', () => {
  const saved = { CONTENT_DIR: process.env.CONTENT_DIR, SITE_URL: process.env.SITE_URL };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** A built site of three pages: the home page, a policy and a redirect stub, plus the 404 page. */
  function builtSite(): string {
    const out = join(siteWith(), '..', 'out');
    const page = (path: string, html: string) => {
      mkdirSync(join(out, path), { recursive: true });
      writeFileSync(join(out, path, 'index.html'), html);
    };
    page('', '<!doctype html><title>home</title>');
    page('policies/test-measures', '<!doctype html><title>policy</title>');
    page(
      'clusters/test-old-alpha',
      '<!doctype html><meta http-equiv="refresh" content="0; url=/clusters/test-alpha/">',
    );
    writeFileSync(join(out, '404.html'), '<!doctype html><title>not found</title>');
    return out;
  }

  /** The content directory of the fixture site, with a public origin in its settings. */
  function contentWithOrigin(origin: string): string {
    const dir = siteWith();
    const file = join(dir, 'settings.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}siteUrl: ${origin}\n`);
    return dir;
  }

  it('writes absolute URLs when settings.siteUrl is set, and lists no 404 page or redirect', async () => {
    process.env.CONTENT_DIR = contentWithOrigin('https://clusters.example.gov.cn');
    delete process.env.SITE_URL;
    const out = builtSite();
    await sitemapStep.run(out);
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://clusters.example.gov.cn/',
      'https://clusters.example.gov.cn/policies/test-measures/',
    ]);
    expect(readSitemap(out)).toEqual(['/', '/policies/test-measures/']);
  });

  it('takes SITE_URL when settings have no siteUrl', async () => {
    process.env.CONTENT_DIR = siteWith();
    process.env.SITE_URL = 'https://staging.example.gov.cn';
    const out = builtSite();
    await sitemapStep.run(out);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://staging.example.gov.cn/policies/test-measures/</loc>',
    );
  });
});

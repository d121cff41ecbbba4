/**
 * A site whose public origin is known (settings.siteUrl): every address that
 * leaves the site is absolute, from the one rule in src/model/origin.ts.
 * Builds its own copy of the fixture site, since the shared builds have no origin.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF } from './global-setup.ts';

const root = join(import.meta.dirname, '../..');
const ORIGIN = 'https://clusters.example.gov.cn';
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'lc-origin-'));
  const content = join(tmp, 'content');
  cpSync(join(root, 'test/fixtures/site'), content, { recursive: true });
  const settings = join(content, 'settings.yaml');
  writeFileSync(settings, `${readFileSync(settings, 'utf8')}siteUrl: ${ORIGIN}\n`);
  out = join(tmp, 'site');
  execFileSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_AS_OF: AS_OF, OUT_DIR: out, CONTENT_DIR: content, BUILD_LOG_LEVEL: 'silent' },
  });
});

describe('a site with settings.siteUrl', () => {
  it('lists its pages in the sitemap with absolute URLs', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(loc).toMatch(new RegExp(`^${ORIGIN}/`));
    expect(locs).toContain(`${ORIGIN}/policies/test-measures/`);
  });

  it('gives a policy page its canonical address, link preview and printed address from the origin', () => {
    const html = read('policies/test-measures/index.html');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/policies/test-measures/">`);
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/policies/test-measures/">`);
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/og/policies/test-measures.png">`);
    expect(html).toMatch(new RegExp(`data-absolute="yes"[^>]*>${ORIGIN}/policies/test-measures/<`));
  });

  it('links feeds, open data and redirect pages absolutely', () => {
    expect(read('feeds/policies.xml')).toContain(`href="${ORIGIN}/policies/test-measures/"`);
    const registry = JSON.parse(read('data/registry.json'));
    expect(registry.schema).toBe(`${ORIGIN}/data/registry.schema.json`);
    expect(registry.records[0].url).toMatch(new RegExp(`^${ORIGIN}/clusters/test-[a-z]+/$`));
    expect(read('clusters/test-old-alpha/index.html')).toContain(
      `<link rel="canonical" href="${ORIGIN}/clusters/test-alpha/">`,
    );
  });

  it('keeps links between its own pages root-relative', () => {
    expect(read('index.html')).toContain('href="/policies/"');
  });
});

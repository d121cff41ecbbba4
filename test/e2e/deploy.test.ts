import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { compareTrees, buildInto } from '../../scripts/check-reproducible.ts';
import { useBrowser } from './browser.ts';
import { AS_OF } from './global-setup.ts';

const root = join(import.meta.dirname, '../..');
const real = inject('seedUrl');
const newPage = useBrowser();
const headers = readFileSync(join(root, 'deploy/nginx/security-headers.conf'), 'utf8');
const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(headers)![1];

describe('the nginx example', () => {
  it('sends a CSP with no inline script or style exception and no third-party origin', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    for (const h of ['X-Content-Type-Options "nosniff"', 'Referrer-Policy', 'Strict-Transport-Security'])
      expect(headers).toContain(h);
  });

  it('agrees with the policy every page carries in its <meta>, directive by directive', async () => {
    const html = await (await fetch(`${real}/`)).text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)![1].replace(/&#39;/g, "'");
    const directives = (policy: string) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(' ')]),
      );
    const header = directives(csp);
    for (const [name, value] of directives(meta)) expect(header.get(name), name).toBe(value);
  });

  it('lets every kind of page work under that CSP, without a single violation', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': csp.replace(/; upgrade-insecure-requests/, '') },
      });
    });
    for (const path of [
      '/',
      '/policies/',
      '/policies/cluster-management-measures-2021/',
      '/clusters/',
      '/clusters/linqing-textile/',
      '/notices/',
      '/announcements/',
      '/announcements/2022-municipal-clusters/',
      '/about/',
      '/data/',
      '/data/registry/',
      '/no-such-page/',
    ]) {
      await page.goto(real + path);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
    expect(violations).toEqual([]);
    // The styles did load: the header is coloured, not the browser default.
    await page.goto(`${real}/`);
    await expect(page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(
      'rgba(0, 0, 0, 0)',
    );
  });
});

describe('the CI workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/site.yml'), 'utf8'));
  const steps: { run?: string }[] = workflow.jobs.build.steps;

  it('builds on every push and once a day, just after midnight in Beijing', () => {
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.on.schedule).toEqual([{ cron: '5 16 * * *' }]);
  });

  it('validates, tests, builds and checks reproducibility', () => {
    const runs = steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(
      expect.arrayContaining(['npm run validate', 'npm test', 'npm run build', 'npm run check:reproducible']),
    );
    expect(runs).not.toContain('npm ci');
    expect(runs).toContain('node_modules/.bin/node scripts/check-lockfile.ts');
  });

  it('deploys with deploy/upload.sh, from the artifact that holds what it needs (tested in test/unit/release-script.test.ts)', () => {
    const deploy: { run?: string; with?: { name?: string } }[] = workflow.jobs.deploy.steps;
    expect(deploy.map((step) => step.run ?? '').join('\n')).toContain('bash deploy/upload.sh "$USER@$HOST"');
    const artifact = (steps as { uses?: string; with?: { path?: string } }[]).find((s) =>
      s.uses?.startsWith('actions/upload-artifact'),
    );
    const uploaded = artifact?.with?.path ?? '';
    for (const path of ['dist', 'redirects.conf', 'deploy'])
      expect(uploaded.split('\n').map((p) => p.trim())).toContain(path);
  });
});

describe('a rebuild of the same commit as of the same day', () => {
  it('is byte-identical to the first build', () => {
    const again = join(root, '.tmp/e2e/real-again');
    buildInto(again, { SITE_AS_OF: AS_OF, CONTENT_DIR: 'content' });
    expect(compareTrees(join(root, '.tmp/e2e/real'), again)).toEqual([]);
  });
});

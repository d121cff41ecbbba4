/**
 * The quality gates over every page of both built sites: valid HTML, links
 * and fragments that resolve, unique titles, no third-party requests, page
 * budgets, zero axe violations (WCAG 2.2 AA), no Content-Security-Policy
 * violations or script errors, reflow at 200% and 400% zoom, forced colours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readSitemap } from '../../scripts/build-steps/sitemap.ts';
import { checkSite } from '../../scripts/check-site.ts';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

const sites = [
  { name: 'real site', url: inject('realUrl'), dir: inject('realDir') },
  { name: 'fixture site', url: inject('fixtureUrl'), dir: inject('fixtureDir') },
];
const newPage = useBrowser();

/** Collects console errors (CSP violations are reported there) and uncaught script errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe.each(sites)('$name', ({ url, dir }) => {
  it('passes the built-HTML lint: valid HTML, links, fragments, titles, origins, budgets', async () => {
    const report = await checkSite(dir);
    expect(report.problems.map((p) => `${p.page} [${p.rule}] ${p.message}`)).toEqual([]);
    expect(report.pages).toBeGreaterThan(10);
  });

  it('lists its pages in sitemap.xml', () => {
    const paths = readSitemap(dir);
    expect(paths).toContain('/');
    expect(paths).toContain('/policies/');
    expect(paths.some((p) => p.startsWith('/clusters/') && p !== '/clusters/')).toBe(true);
    expect(paths).not.toContain('/404.html');
  });

  // One axe run per page in the sitemap: the time grows with the site (about 2 s a page on these 2 cores).
  it('has no axe violations (WCAG 2.2 AA), CSP violations or script errors on any page in the sitemap', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const found: string[] = [];
    for (const path of readSitemap(dir)) {
      await page.goto(url + path);
      found.push(...(await axeViolations(page, path)));
      found.push(...errors.splice(0).map((e) => `${path}: console: ${e}`));
    }
    expect(found).toEqual([]);
    // Time grows with the number of pages (about 1 s a page on a busy 2-core machine): not the default 60 s.
    // The lifecycle pages (registry days, filter pages) add about 60 pages across the two sites.
  }, 300_000);

  it('reflows without sideways scrolling at 200% and 400% zoom (640 and 320 CSS pixels)', async () => {
    const page = await newPage();
    const wide: string[] = [];
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of readSitemap(dir)) {
        await page.goto(url + path);
        // Tables may scroll inside their own container; the page itself must not.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${width}px ${path}: ${overflow}px too wide`);
      }
    }
    expect(wide).toEqual([]);
  }, 300_000);
});

describe('forced colours and keyboard (real site)', () => {
  const { url } = sites[0];

  it('keeps badges and banners outlined in forced-colours mode', async () => {
    const page = await newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${url}/policies/`);
    const badge = page.locator('.badge').first();
    expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await page.goto(`${url}/policies/cluster-management-measures-2021/`);
    const banner = page.getByRole('note').first();
    expect(await banner.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  });

  it('can be used by keyboard alone: skip link, navigation, a policy article from the table of contents', async () => {
    const page = await newPage();
    await page.goto(`${url}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The focused skip link is visible on screen.
    expect((await skip.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // Tab to the policy library link in the navigation and follow it.
    await page.goto(`${url}/`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === '政策文件') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/policies\/$/);
    // Open the long plan and jump to chapter 5 from its table of contents, by keyboard.
    await page.goto(`${url}/policies/new-old-kinetic-energy-plan-2018-2022/`);
    const tocLink = page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: /第五章/ });
    await tocLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#%E7%AC%AC%E4%BA%94%E7%AB%A0|#第五章/);
    await expect(page.locator(':target').textContent()).resolves.toMatch(/^第五章/);
  });
});

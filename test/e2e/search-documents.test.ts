/**
 * Issue 16 in a real browser, on the fixture site (behaviour pinned on
 * fixture content; the real site is checked by the benchmark and by
 * invariants): a phrase from a policy's text finds the policy and its
 * article, the sub-result lands on the article with the words marked,
 * questions and 第3条 find the article, and a query no page contains says
 * 没有找到 with ways on.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const fixture = inject('fixtureUrl');
const newPage = useBrowser();
const MEASURES = '测试特色产业集群管理办法（试行）';

/** Waits until the search has answered; returns the result region. */
async function answered(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /找到|没有找到/ })
    .waitFor();
  return page.getByRole('region', { name: '搜索结果' });
}

/** Collects console errors and page errors (a CSP violation is reported as a console error). */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const search = (page: Page, q: string) => page.goto(`${fixture}/search/?q=${encodeURIComponent(q)}`);

describe('documents found as well as names', () => {
  it('finds a phrase of a policy text, links to its article, and the article opens with the phrase marked', async () => {
    const page = await newPage();
    const errors = errorsOf(page);
    await search(page, '撤销其命名');
    const region = await answered(page);
    const first = region.getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(MEASURES);
    const sub = first
      .getByRole('list', { name: /匹配的条款/ })
      .getByRole('link')
      .first();
    await expect(sub.textContent()).resolves.toBe('第二章 管理 › 第十四条');
    const href = (await sub.getAttribute('href'))!;
    expect(decodeURIComponent(href)).toMatch(/^\/policies\/test-measures\/\?hl=撤销其命名#第十四条$/);
    await page.screenshot({ path: '.tmp/screens/e2e-search-article.png', fullPage: true });

    await sub.click();
    await page.waitForURL(/#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#第十四条');
    const marks = page.locator('main mark.search-hit');
    await marks.first().waitFor();
    await expect(marks.allTextContents()).resolves.toEqual(['撤销其命名']);
    // The mark is inside the article the link named.
    await expect(page.locator('#第十四条 ~ * mark.search-hit, #第十四条 + * mark.search-hit').count()).resolves.toBe(1);
    const note = page.locator('[data-search-highlight]');
    await expect(note.textContent()).resolves.toMatch(/已标出搜索词「撤销其命名」，共 1 处/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await note.getByRole('button', { name: '清除标记' }).click();
    await expect(marks.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('reads questions and article numbers as the documents write them', async () => {
    const page = await newPage();
    for (const q of ['第3条是什么意思', '有效期为5年吗？', '有效期为几年']) {
      await search(page, q);
      await answered(page);
      // The 办法 itself, among the first (its 政策解读, which quotes it, may come first), with 第三条 its first sub-result.
      const titles = await page.locator('[data-search-list] > li h3').allTextContents();
      const at = titles.indexOf(MEASURES);
      expect(at, q).toBeGreaterThanOrEqual(0);
      expect(at, q).toBeLessThan(3);
      const subs = await page
        .locator('[data-search-list] > li')
        .nth(at)
        .getByRole('list', { name: /匹配的条款/ })
        .getByRole('link')
        .allTextContents();
      expect(subs[0], q).toBe('第二章 管理 › 第三条');
    }
  });

  it('reads Traditional characters and full-width digits', async () => {
    const page = await newPage();
    for (const q of ['撤銷其命名', '有效期为５年']) {
      await search(page, q);
      await answered(page);
      await expect(page.locator('[data-search-list] > li h3').allTextContents()).resolves.toContain(MEASURES);
    }
  });
});

describe('没有找到', () => {
  it.each(['比特币', 'qq', 'qqbw', '撤销其命名比特币'])('says so plainly for %s, and offers ways on', async (q) => {
    const page = await newPage();
    await search(page, q);
    const region = await answered(page);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^没有找到/);
    await expect(page.locator('[data-search-list] > li').count()).resolves.toBe(0);
    await expect(region.textContent()).resolves.toContain(`没有找到包含「${q}」的页面`);
    // Example queries from the site's own content, each of which finds something.
    const examples = region
      .getByRole('list')
      .filter({ has: page.locator('a[href^="/search/?q="]') })
      .getByRole('link');
    expect(await examples.count()).toBeGreaterThan(0);
    await examples.first().click();
    await page.waitForURL(/\/search\/\?q=/);
    await answered(page);
    await expect(page.locator('[data-search-list] > li').count()).resolves.toBeGreaterThan(0);
  });

  it('offers the name a typo was meant for (是否要找)', async () => {
    const page = await newPage();
    await search(page, '临清市测试纺只集群');
    const region = await answered(page);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^没有找到/);
    await expect(region.getByText('是否要找：')).toBeTruthy();
    const offered = await region.locator('[data-search-suggest-list] a').allTextContents();
    expect(offered[0]).toBe('临清市测试纺织集群');
    await page.screenshot({ path: '.tmp/screens/e2e-search-none.png', fullPage: true });
  });
});

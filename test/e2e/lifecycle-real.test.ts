/** The lifecycle pages of the real site, built as of 2026-11-24: honest about what is and is not on file. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('seedUrl');
const newPage = useBrowser();

describe('the real site’s lifecycle pages', () => {
  it('cites each target to an article that exists in the built document', async () => {
    const page = await newPage();
    await page.goto(`${base}/targets/`);
    const links = page.getByRole('link', { name: /目标出处/ });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/policies/cluster-upgrade-plan-2023-2025/#二',
      '/policies/green-low-carbon-action-plan-2023-2025/#四-三',
    ]);
    for (const href of hrefs) {
      await page.goto(base + href!);
      await expect(page.locator(':target').count(), href!).resolves.toBe(1);
      await expect(page.locator(':target').textContent(), href!).resolves.toMatch(/工作目标|实施集群提升攻坚行动/);
    }
  });

  it('presents the 2025 outcome from the announcements on file, with the caveat', async () => {
    const page = await newPage();
    await page.goto(`${base}/targets/`);
    const summaries = await page.locator('[data-target-summary]').allTextContents();
    expect(summaries).toEqual([
      '截至2025年12月31日，本站收录的公布和公开报道显示：国家级3个（目标2个，已达到）；省级1个（目标10个，未达到）；市级10个（目标30个，未达到）。',
      '截至2025年12月31日，本站收录的公布和公开报道显示：省级1个（目标8个，未达到）；市级10个（目标30个，未达到）。',
    ]);
    await expect(page.getByRole('note').textContent()).resolves.toContain('实际数量可能多于表中数字');
  });

  it('says the pool and the 标杆 lists have not been published, citing where they are created', async () => {
    // The built HTML as served (policy pages add copy buttons to headings when their script runs).
    const page = await newPage({ javaScriptEnabled: false });
    for (const [path, text, anchor] of [
      ['/pool/', '培育库名单尚未公开发布', '/policies/green-low-carbon-action-plan-2023-2025/#四-三'],
      ['/benchmarks/', '转型升级标杆名单尚未公开发布', '/policies/cluster-upgrade-plan-2023-2025/#四-三'],
    ]) {
      await page.goto(base + path);
      await expect(page.getByRole('note').textContent(), path).resolves.toContain(text);
      await page.getByRole('link', { name: /原文/ }).click();
      await page.waitForURL((url) => decodeURI(url.pathname + url.hash) === anchor);
      // The anchor is the item itself (四-三 of the plan) or its heading, with the sentence right after it.
      const found = await page
        .locator(':target')
        .evaluate((el) => `${el.textContent}${el.nextElementSibling?.textContent ?? ''}`);
      expect(found, path).toMatch(
        path === '/pool/' ? /建立特色产业集群培育库/ : /每年评选聊城市特色产业集群转型升级标杆/,
      );
    }
  });

  it('shows no figures or photos for real clusters, and says so', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/linqing-textile/`);
    await expect(page.getByText('该集群的年度数据尚未公开。').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: '云上展厅' }).count()).resolves.toBe(0);
  });

  it('has a registry page for the 2022 list and each year end', async () => {
    const page = await newPage();
    await page.goto(`${base}/registry/2022-05-09/`);
    await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBe(10);
    await page.goto(`${base}/registry/2025-12-31/`);
    await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBe(13);
  });

  it('has no axe violations on the lifecycle pages', async () => {
    const page = await newPage();
    for (const path of [
      '/targets/',
      '/registry/',
      '/registry/2025-07-24/',
      '/pool/',
      '/benchmarks/',
      '/clusters/by/level/national/',
    ]) {
      await page.goto(base + path);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
});

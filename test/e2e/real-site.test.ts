import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const base = inject('seedUrl');
const newPage = useBrowser();

describe('the real site, built as of 2026-11-24', () => {
  it('marks the 管理办法 as 已失效 in a banner on its page', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/cluster-management-measures-2021/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '聊城市特色产业集群管理办法（试行）',
    );
    const banner = page.getByRole('note').filter({ hasText: '本文件已失效' });
    await expect(banner.textContent()).resolves.toContain('有效期至2026年8月31日，已过有效期。');
    const meta = await page.locator('dl.meta').first().textContent();
    expect(meta).toContain('聊工信发〔2021〕97号');
    expect(meta).toContain('LCCR-2021-0050003');
    mkdirSync('.tmp/screens', { recursive: true });
    await page.screenshot({ path: '.tmp/screens/e2e-policy-measures.png' });
  });

  it('shows every policy with its validity badge in the library', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/`);
    const badges = await page.locator('[data-validity]').allTextContents();
    expect(badges.sort()).toEqual(['已失效', '已失效', '已失效', '已失效', '现行有效']);
  });

  it('lands on an article by its readable anchor', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/cluster-management-measures-2021/#第十三条`);
    const target = page.locator(':target');
    await expect(target.textContent()).resolves.toBe('第十三条');
    const next = await page.locator('#第十三条 ~ p').first().textContent();
    expect(next).toContain('有效期为5年');
    await expect(page.locator('#第四条-二').textContent()).resolves.toContain('年营业收入 30 亿元以上');
  });

  it('renders the 主要目标表 and the 申请表 as real tables', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/new-old-kinetic-energy-plan-2018-2022/`);
    const table = page.getByRole('table', { name: '新旧动能转换主要目标表' });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      '指标',
      '单位',
      '2017年',
      '2018年',
      '2020年',
      '2022年',
    ]);
    await expect(table.getByRole('row').count()).resolves.toBe(24);
    await page.goto(`${base}/policies/cluster-management-measures-2021/`);
    await expect(page.getByRole('table', { name: /聊城市特色产业集群申请表/ }).isVisible()).resolves.toBe(true);
  });

  it('shows a cluster with its level and the announcements that recognised it', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/shenxian-green-food-processing/`);
    const titles = page.getByRole('table', { name: '称号' });
    const rows = await titles.getByRole('row').allTextContents();
    expect(rows[1]).toContain('国家级');
    expect(rows[2]).toMatch(/市级.*2022年5月9日.*2027年5月8日/);
    const link = page.getByRole('link', { name: '关于公布2022年度聊城市特色产业集群名单的通知' });
    await expect(link.getAttribute('href')).resolves.toBe('/announcements/2022-municipal-clusters/');
    await link.click();
    await page.waitForURL(/2022-municipal-clusters/);
    await expect(
      page
        .getByRole('table', { name: /市级认定名单（共 10 个）/ })
        .getByRole('row')
        .count(),
    ).resolves.toBe(11);
  });

  it('answers an unknown address with a helpful 404', async () => {
    const page = await newPage();
    const response = await page.goto(`${base}/policies/no-such-document/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('找不到这个页面');
    await expect(page.getByRole('link', { name: '政策文件' }).first().isVisible()).resolves.toBe(true);
  });

  it('fits a 390-pixel phone screen without sideways scrolling', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of [
      '/',
      '/policies/new-old-kinetic-energy-plan-2018-2022/',
      '/clusters/',
      '/clusters/linqing-textile/',
      '/about/',
    ]) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

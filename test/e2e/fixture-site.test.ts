import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const base = inject('fixtureUrl');
const newPage = useBrowser();

describe('the fixture site, built as of 2026-11-24', () => {
  it('highlights the open notice on the home page with its days left', async () => {
    const page = await newPage();
    // The page refreshes notice statuses from the device clock: pin it to the build day.
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+08:00'));
    await page.goto(`${base}/`);
    const open = page.getByRole('region', { name: '正在公示' });
    await expect(
      open.getByRole('link', { name: '关于2026年度测试特色产业集群拟认定名单的公示' }).isVisible(),
    ).resolves.toBe(true);
    await expect(open.locator('[data-notice-status]').allTextContents()).resolves.toContain('公示中');
  });

  it('shows each notice state on the notice pages', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+08:00'));
    const states: [string, string, string][] = [
      ['test-2026-open', '公示中', '公示期还剩 3 天（含今天）。'],
      ['test-2026-closed', '公示期满', '正式结果尚未公布'],
      ['test-2026-upcoming', '尚未开始', '7 天后开始公示。'],
      ['test-2021', '已公布结果', '结果已正式公布'],
    ];
    for (const [id, label, detail] of states) {
      await page.goto(`${base}/notices/${id}/`);
      const banner = page.getByRole('note');
      await expect(banner.locator('[data-notice-status]').textContent(), id).resolves.toBe(label);
      await expect(banner.textContent(), id).resolves.toContain(detail);
    }
    await expect(
      page.getByRole('link', { name: '关于公布2021年度测试特色产业集群名单的通知' }).first().isVisible(),
    ).resolves.toBe(true);
  });

  it('shows a lapsed title awaiting its review result, a revoked and an upgraded cluster', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-alpha/`);
    await expect(page.locator('[data-status]').first().textContent()).resolves.toBe('期满待复核结果');
    await page.goto(`${base}/clusters/test-delta/`);
    await expect(page.locator('[data-status]').first().textContent()).resolves.toBe('已撤销');
    await expect(page.getByText('弄虚作假（《管理办法》第十四条第一项）').first().isVisible()).resolves.toBe(true);
    await page.goto(`${base}/clusters/test-beta/`);
    const rows = await page.getByRole('table', { name: '称号' }).getByRole('row').allTextContents();
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual(['省级', '市级']);
  });

  it('marks a superseded document 已被修订 and links its successor', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/test-measures/`);
    const banner = page.getByRole('note').filter({ hasText: '本文件已被修订' });
    await banner.getByRole('link', { name: '《测试特色产业集群管理办法（修订）》' }).click();
    await page.waitForURL(/test-new-measures/);
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('本文件现行有效');
  });
});

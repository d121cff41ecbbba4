import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE_SHARD_SIZE } from './global-setup.ts';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('seedUrl');
const fixture = inject('fixtureUrl');
const newPage = useBrowser();

/** Waits until the search has answered, and returns the result titles in order. */
async function resultTitles(page: Page): Promise<string[]> {
  await page
    .getByRole('status')
    .filter({ hasText: /找到|没有找到/ })
    .waitFor();
  return page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 3 }).allTextContents();
}

const query = (page: Page) => new URL(page.url()).searchParams;
/** The highlighted words of the first result. */
const firstMarks = (page: Page) =>
  page.getByRole('region', { name: '搜索结果' }).getByRole('listitem').first().locator('mark').allTextContents();

describe('search on the real site', () => {
  it('finds a cluster by a substring that crosses a word boundary, typed into the search box', async () => {
    const page = await newPage();
    await page.goto(`${base}/search/`);
    await page.getByLabel('搜索关键词').fill('清市纺');
    await page.getByLabel('搜索关键词').press('Enter');
    const titles = await resultTitles(page);
    expect(titles[0]).toBe('临清市纺织特色产业集群');
    expect(query(page).get('q')).toBe('清市纺');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^找到 \d+ 条结果$/);
    await expect(firstMarks(page)).resolves.toContain('清市纺');
    await page.screenshot({ path: '.tmp/screens/e2e-search-substring.png', fullPage: true });
  });

  it.each(['临清纺织', '钢球', '绿色环保纸', '精品钢板'])(
    'puts the page named in the issue first for %s',
    async (q) => {
      const page = await newPage();
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      const titles = await resultTitles(page);
      expect(titles[0]).toContain(q === '临清纺织' ? '临清市纺织' : q);
      expect(titles[0]).toMatch(/产业集群$/);
    },
  );

  it('leads from the header search box on any page to the results', async () => {
    const page = await newPage();
    await page.goto(`${base}/policies/`);
    const box = page.getByRole('search', { name: '站内搜索' }).getByLabel('搜索本站');
    await box.fill('钢球');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(query(page).get('q')).toBe('钢球');
    expect((await resultTitles(page))[0]).toBe('东阿县钢球特色产业集群');
  });

  it.each(['聊工信发[2021]97号', '聊工信发(2021)97号', '聊工信发（2021）97号', '2021年97号', '97号'])(
    'finds the 管理办法 by its document number written %s',
    async (q) => {
      const page = await newPage();
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      expect((await resultTitles(page))[0]).toBe('聊城市特色产业集群管理办法（试行）');
      expect((await firstMarks(page)).join(' ')).toContain('97号');
    },
  );

  it('finds clusters by pinyin and by initials', async () => {
    const page = await newPage();
    await page.goto(`${base}/search/?q=zhoucheng`);
    expect((await resultTitles(page))[0]).toBe('冠县清水镇轴承特色产业集群');
    await expect(firstMarks(page)).resolves.toContain('轴承');
    await page.getByLabel('搜索关键词').fill('lqfz');
    await page.getByLabel('搜索关键词').press('Enter');
    await page.waitForURL(/q=lqfz/);
    expect((await resultTitles(page))[0]).toBe('临清市纺织特色产业集群');
  });

  it('narrows by a combination of filters, and the URL carries them', async () => {
    const page = await newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('钢板')}`);
    expect((await resultTitles(page)).length).toBeGreaterThan(2);
    await page.getByText('筛选和排序').click();
    await page.getByLabel('县（市、区）').selectOption('冠县');
    await page.getByLabel('级别').selectOption('省级');
    await page.getByLabel('类型').selectOption('集群');
    await page.waitForURL(/type=/);
    await expect.poll(() => resultTitles(page)).toEqual(['冠县镀涂钢板制品产业集群']);
    await expect(page.getByRole('status').textContent()).resolves.toBe('找到 1 条结果');
    expect(Object.fromEntries(query(page))).toEqual({ q: '钢板', county: '冠县', level: '省级', type: '集群' });

    // The URL alone restores the same search, filters shown.
    const shared = await newPage();
    await shared.goto(page.url());
    expect(await resultTitles(shared)).toEqual(['冠县镀涂钢板制品产业集群']);
    await expect(shared.getByLabel('级别').inputValue()).resolves.toBe('省级');
  });

  it('lists by filters alone, newest first', async () => {
    const page = await newPage();
    await page.goto(`${base}/search/?type=${encodeURIComponent('公布')}`);
    expect(await resultTitles(page)).toEqual([
      '聊城市3个集群为国家级中小企业特色产业集群（公开报道）',
      '冠县镀涂钢板制品产业集群在山东省2024年度特色产业集群综合评价中位列第3（公开报道）',
      '关于公布2022年度聊城市特色产业集群名单的通知',
    ]);
  });

  it.each([
    ['历史名单', '/registry/'],
    ['开放数据', '/data/'],
    ['信息公开指南', '/about/'],
    ['目标完成', '/targets/'],
  ])('finds the section page for %s first, marked 栏目', async (q, url) => {
    const page = await newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await resultTitles(page);
    const first = page.getByRole('region', { name: '搜索结果' }).getByRole('listitem').first();
    await expect(first.getByRole('link').first().getAttribute('href')).resolves.toBe(url);
    await expect(first.locator('.search-result__meta').textContent()).resolves.toBe('栏目');
  });

  it('has no axe violations, CSP violations or script errors with results and the filters open', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/search/?q=${encodeURIComponent('钢球')}&county=${encodeURIComponent('东阿县')}`);
    await resultTitles(page);
    await expect(page.locator('details').getAttribute('open')).resolves.not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('explains itself and links to the lists without JavaScript', async () => {
    const browserContext = (await newPage()).context().browser()!;
    const context = await browserContext.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('钢球')}`);
    await expect(page.getByText('需要启用 JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '集群名录' }).last().getAttribute('href')).resolves.toBe('/clusters/');
    await expect(page.getByRole('region', { name: '搜索结果' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('loads no search script on other pages', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${base}/clusters/linqing-textile/`);
    expect(scripts.filter((s) => /pagefind|search/.test(s))).toEqual([]);
  });
});

/** Every result of the search on the page (showing more until all are shown): the meta line of each. */
async function allResultMeta(page: Page): Promise<string[]> {
  await resultTitles(page);
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const before = await page.locator('.search-result__meta').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result__meta').count()).toBeGreaterThan(before);
  }
  return page.locator('.search-result__meta').allTextContents();
}

const NO_DATE = '0000-01-01';
/** The date at the end of a result's meta line as YYYY-MM-DD (a year or month alone counts from its first day; none is NO_DATE). */
function metaDate(meta: string): string {
  const m = /(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?$/.exec(meta);
  return m ? `${m[1]}-${(m[2] ?? '1').padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}` : NO_DATE;
}

describe('search on the fixture site', () => {
  it('searches an index written in several bundles as one: finds pages in all of them, and sorts by date across them', async () => {
    const bundles = readdirSync(inject('fixtureDir')).filter((d) => /^pagefind(-\d+)?$/.test(d));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const page = await newPage();
    const q = encodeURIComponent('测试');
    await page.goto(`${fixture}/search/?q=${q}`);
    const found = (await allResultMeta(page)).length;
    expect(await page.getByRole('status').textContent()).toContain(`找到 ${found} 条结果`);
    expect(found).toBeGreaterThan(2 * FIXTURE_SHARD_SIZE);
    await page.goto(`${fixture}/search/?q=${q}&sort=newest`);
    const newest = (await allResultMeta(page)).map(metaDate);
    expect(newest).toHaveLength(found);
    expect(newest).toEqual([...newest].sort().reverse());
    // Pages without a date (a cluster never recognised) come last in either order.
    const undated = newest.filter((d) => d === NO_DATE);
    expect(newest.slice(newest.length - undated.length)).toEqual(undated);
    await page.goto(`${fixture}/search/?q=${q}&sort=oldest`);
    expect((await allResultMeta(page)).map(metaDate)).toEqual([
      ...newest.filter((d) => d !== NO_DATE).reverse(),
      ...undated,
    ]);
  });

  it('finds a 培育库 candidate that has no page of its own through its list, and the 标杆 selections by type', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/search/?q=${encodeURIComponent('茌平区测试新候选')}`);
    expect((await resultTitles(page))[0]).toBe('关于公布2024年度测试特色产业集群培育库名单的通知');
    await page.goto(`${fixture}/search/?type=${encodeURIComponent('标杆')}`);
    expect(await resultTitles(page)).toEqual(['关于公布2025年度测试特色产业集群转型升级标杆的通知']);
  });

  it('filters notices by their status as of the build day', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/search/?type=${encodeURIComponent('公示')}&status=${encodeURIComponent('公示中')}`);
    expect(await resultTitles(page)).toEqual(['关于2026年度测试特色产业集群拟认定名单的公示']);
  });
});

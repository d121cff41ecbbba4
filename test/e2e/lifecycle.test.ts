/**
 * The cluster lifecycle in a real browser, over the fixture site built as of
 * 2026-11-24 (test/fixtures/site/README.md lists every state it shows).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('fixtureUrl');
const newPage = useBrowser();

const OPEN = '关于2026年度测试特色产业集群拟认定名单的公示';
/** Noon on the build day in Beijing: pages refresh notice statuses from the device clock, so tests pin it. */
const BUILD_DAY = new Date('2026-11-24T12:00:00+08:00');

/** The status badge text inside the notice banner. */
const bannerStatus = (page: Page) => page.getByRole('note').locator('[data-notice-status]').textContent();

describe('notices: status refreshed in the reader’s browser', () => {
  it('is right as of the build day without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/notices/test-2026-open/`);
    await expect(bannerStatus(page)).resolves.toBe('公示中');
    await expect(page.getByRole('note').textContent()).resolves.toContain('公示期还剩 3 天（含今天）。');
    await expect(page.getByRole('note').textContent()).resolves.toContain('状态按 2026年11月24日（北京时间）计算。');
  });

  it('counts down to the last second of the period in Beijing time, then closes at 00:00', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(new Date('2026-11-26T23:59:59+08:00'));
    await page.goto(`${base}/notices/test-2026-open/`);
    await expect(bannerStatus(page)).resolves.toBe('公示中');
    await expect(page.getByRole('note').textContent()).resolves.toContain('今天是公示期最后一天。');
    await expect(page.getByRole('note').textContent()).resolves.toContain(
      '状态已按您设备上的今天 2026年11月26日（北京时间）更新。',
    );

    const later = await newPage();
    await later.clock.setFixedTime(new Date('2026-11-27T00:00:00+08:00'));
    await later.goto(`${base}/notices/test-2026-open/`);
    await expect(bannerStatus(later)).resolves.toBe('公示期满');
    await expect(later.getByRole('note').textContent()).resolves.toContain('正式结果尚未公布');
  });

  it('uses Beijing time even on a device set to another time zone', async () => {
    // 00:30 on 27 November in Beijing is still 26 November in UTC.
    const page = await newPage({ timezoneId: 'UTC' });
    await page.clock.setFixedTime(new Date('2026-11-26T16:30:00Z'));
    await page.goto(`${base}/notices/test-2026-open/`);
    await expect(bannerStatus(page)).resolves.toBe('公示期满');
  });

  it('opens an upcoming notice on its first day, on the notice list too', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+08:00'));
    await page.goto(`${base}/notices/`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '关于测试集群升级的公示' }) });
    await expect(item.locator('[data-notice-status]').textContent()).resolves.toBe('公示中');
    await expect(item.textContent()).resolves.toContain('公示期还剩 7 天（含今天）。');
  });

  it('links a concluded notice to its announcement', async () => {
    const page = await newPage();
    await page.goto(`${base}/notices/test-2021/`);
    await expect(bannerStatus(page)).resolves.toBe('已公布结果');
    await page.getByRole('note').getByRole('link', { name: '关于公布2021年度测试特色产业集群名单的通知' }).click();
    await page.waitForURL(/\/announcements\/test-2021-recognize\/$/);
  });

  it('shows every section a real notice has', async () => {
    const page = await newPage();
    await page.goto(`${base}/notices/test-2026-open/`);
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['依据', '工作程序', '拟公布名单', '公示期', '公示之后', '异议受理']);
    const entries = page.getByRole('table', { name: /拟公布名单（共 2 项）/ });
    await expect(entries.getByRole('row').nth(1).textContent()).resolves.toContain('高唐县测试装备集群');
    await expect(entries.getByRole('row').nth(2).textContent()).resolves.toMatch(
      /茌平区测试新候选集群.*茌平区.*市级.*认定/,
    );
    await expect(
      page.getByRole('main').getByRole('link', { name: '0635\u20110000000' }).getAttribute('href'),
    ).resolves.toBe('tel:06350000000');
    await expect(
      page.getByRole('main').getByRole('link', { name: 'test@example.com' }).getAttribute('href'),
    ).resolves.toBe('mailto:test@example.com');
    const text = await page.locator('main').textContent();
    expect(text).toContain('测试科室');
    expect(text).toContain('如有异议，请于2026年11月26日（含）前按公示写明的方式提出。');
  });

  it('highlights the open notice on the home page, and drops the highlight once it has closed', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(BUILD_DAY);
    await page.goto(`${base}/`);
    const open = page.getByRole('region', { name: '正在公示' });
    const card = open.getByRole('listitem').filter({ has: page.getByRole('link', { name: OPEN }) });
    await expect(card.locator('[data-notice-status]').textContent()).resolves.toBe('公示中');
    await expect(card.textContent()).resolves.toContain('公示期还剩 3 天（含今天）。');

    const later = await newPage();
    await later.clock.setFixedTime(new Date('2026-11-28T09:00:00+08:00'));
    await later.goto(`${base}/`);
    // Closed since the build: out of 正在公示 altogether, not left there as 公示期满.
    const region = later.getByRole('region', { name: '正在公示' });
    await expect(region.getByRole('link', { name: OPEN }).count()).resolves.toBe(0);
    await expect(region.innerText()).resolves.not.toContain('公示期满');
  });
});

describe('cluster pages: timeline, reports, indicators, showcase', () => {
  it('shows a revocation with its 第十四条 item, linked to the article', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-delta/`);
    const revoke = page.locator('[data-timeline="revoke"]');
    await expect(revoke.textContent()).resolves.toContain('弄虚作假，或违反相关法律法规的');
    await expect(revoke.getByRole('link', { name: '关于撤销测试食品集群称号的通知' }).isVisible()).resolves.toBe(true);
    await revoke.getByRole('link', { name: '依据第十四条第一项' }).click();
    await page.waitForURL(/\/policies\/test-measures\/#/);
    await expect(page.locator(':target').textContent()).resolves.toContain('弄虚作假');
  });

  it('shows the review year and the end of a term under review as dates derived from the rules, not as a cancellation', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-alpha/`);
    const items = await page.locator('[data-timeline]').allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('2021年11月24日');
    expect(items[1]).toMatch(/2026年1月1日\s*进入市级称号复核年度\s*依规则推算/);
    // test-2026-closed proposes alpha's review (published 1 November, no result yet): the title is not cancelled on the lapse day.
    expect(items[2]).toMatch(/2026年11月24日\s*市级称号有效期满，复核结果待公布\s*依规则推算/);
    expect(items[2]).toContain('正式结果公布前称号不计入有效名单，也不视为取消');
    expect(items.join('')).not.toContain('称号取消');
    await expect(
      page
        .locator('[data-timeline="review-pending"]')
        .getByRole('link', { name: '关于测试集群复核结果的公示' })
        .isVisible(),
    ).resolves.toBe(true);
    const titles = page.getByRole('table', { name: '称号' });
    await expect(titles.textContent()).resolves.toContain('期满待复核结果');
    await titles.getByRole('link', { name: '关于测试集群复核结果的公示' }).click();
    await page.waitForURL(/\/notices\/test-2026-closed\/$/);
  });

  it('shows a passed review starting a new term, and the next review year to come', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-gamma/`);
    const passed = page.locator('[data-timeline="review-passed"]');
    await expect(passed.textContent()).resolves.toContain('有效期至2031年5月19日');
    await expect(passed.getByRole('link', { name: '关于测试钢板集群复核结果的通知' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-timeline="review-due"]').last().textContent()).resolves.toMatch(
      /2031年1月1日.*将进入市级称号复核年度.*尚未到来/,
    );
  });

  it('shows the annual reports as a table and as accessible build-time charts', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/clusters/test-beta/`);
    const table = page.getByRole('table', { name: '临清市测试纺织集群年度数据（申请表各项）' });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      '项目',
      '2022年',
      '2023年',
      '2024年',
    ]);
    await expect(table.getByRole('row', { name: /营业收入/ }).textContent()).resolves.toMatch(/68\.2.*77\.9.*85\.5/);
    await expect(table.getByRole('row', { name: /利润/ }).textContent()).resolves.toContain('-0.4');
    const chart = page.getByRole('img', { name: /临清市测试纺织集群历年营业收入（亿元）/ });
    await expect(chart.evaluate((svg) => svg.tagName.toLowerCase())).resolves.toBe('svg');
    await expect(chart.evaluate((svg) => svg.querySelector('desc')?.textContent)).resolves.toBe(
      '2022年 68.2亿元，2023年 77.9亿元，2024年 85.5亿元。',
    );
    await expect(chart.locator('rect').count()).resolves.toBe(3);
    await expect(page.getByRole('img', { name: /历年企业户数/ }).isVisible()).resolves.toBe(true);
  });

  it('shows the 第四条 indicators as information, with the waiver', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-eta/`);
    const section = page.getByRole('region', { name: '申报基本条件对照（仅供参考）' });
    await expect(section.textContent()).resolves.toContain('不是认定或复核结论');
    await expect(section.textContent()).resolves.toContain('可适当放宽条件');
    const rows = section.getByRole('table', { name: '第四条（二）条件对照' }).getByRole('row');
    await expect(rows.nth(1).textContent()).resolves.toMatch(/30 户以上.*18 户.*未达到所列数值/);
    await expect(rows.nth(2).textContent()).resolves.toMatch(/30 亿元以上.*12\.4 亿元.*未达到所列数值/);
    await expect(rows.nth(3).textContent()).resolves.toMatch(/100 平方公里以内.*年度报告未填此项/);
    await section.getByRole('link', { name: '查看第四条原文' }).click();
    await expect(page.locator(':target').textContent()).resolves.toBe('第四条');
  });

  it('serves the showcase images in responsive sizes made at build time', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-beta/`);
    const img = page.getByRole('img', { name: /合成的测试图：标有“测试展厅”/ });
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
      await img.elementHandle(),
    );
    // The browser picked one of the WebP sizes from srcset (which one depends on layout width and pixel density).
    const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(src).toMatch(/\/showcase\/test-beta\/hall-(480|960|1440)\.webp$/);
    await expect(page.getByText('测试展厅（合成示意图，不是照片）').isVisible()).resolves.toBe(true);
    for (const file of ['hall-480.webp', 'hall-1440.webp', 'hall-960.jpg']) {
      const res = await page.request.get(`${base}/showcase/test-beta/${file}`);
      expect(res.status(), file).toBe(200);
    }
  });

  it('links the 标杆 badge and the pool membership', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-beta/`);
    await page.getByRole('link', { name: '2025年度转型升级标杆' }).click();
    await page.waitForURL(/\/benchmarks\/test-2025-benchmarks\/$/);
    await expect(
      page
        .getByRole('table', { name: /2025年度转型升级标杆（共 2 个）/ })
        .getByRole('row')
        .count(),
    ).resolves.toBe(3);
    await page.goto(`${base}/clusters/test-zeta/`);
    await page.getByRole('link', { name: '关于公布2024年度测试特色产业集群培育库名单的通知' }).click();
    await page.waitForURL(/\/pool\/test-2024-pool\/$/);
    const rows = await page.getByRole('table').getByRole('row').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/高唐县测试装备集群.*尚未认定/);
    expect(rows[3]).toMatch(/江北水城旅游度假区测试文旅集群.*尚无集群页面/);
  });

  it('cites the articles settings name as where the pool and the 标杆 selection are created', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const [path, anchor, text] of [
      ['/pool/', '/policies/test-plan/#三-一', /建立测试集群培育库/],
      ['/benchmarks/', '/policies/test-plan/#三-二', /每年评选测试集群转型升级标杆/],
    ] as const) {
      await page.goto(base + path);
      await page.getByRole('link', { name: /原文/ }).click();
      await page.waitForURL((url) => decodeURI(url.pathname + url.hash) === anchor);
      await expect(page.locator(':target').textContent(), path).resolves.toMatch(text);
    }
  });
});

describe('the directory', () => {
  const visibleNames = (page: Page) =>
    page.locator('[data-directory-table] tbody tr:not([hidden]) th').allTextContents();
  const filter = (page: Page, label: string) => page.getByRole('form', { name: '筛选' }).getByLabel(label);

  it('filters by several facets with the state in the URL, and sorts', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/`);
    await expect(visibleNames(page)).resolves.toHaveLength(7);
    await filter(page, '级别').selectOption('municipal');
    expect(new URL(page.url()).search).toBe('?level=municipal');
    await expect(visibleNames(page)).resolves.toEqual(['阳谷县测试化工集群', '冠县测试钢板集群']);
    await expect(page.getByRole('status').textContent()).resolves.toBe('显示 2 个集群（共 7 个）');
    await filter(page, '县（市、区）').selectOption('guanxian');
    expect(new URL(page.url()).search).toBe('?county=guanxian&level=municipal');
    await expect(visibleNames(page)).resolves.toEqual(['冠县测试钢板集群']);

    await filter(page, '级别').selectOption('');
    await filter(page, '县（市、区）').selectOption('');
    await page.getByRole('button', { name: '认定' }).click();
    expect(new URL(page.url()).search).toBe('?sort=since');
    await expect(page.getByRole('columnheader', { name: '认定' }).getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.getByRole('button', { name: '认定' }).click();
    expect(new URL(page.url()).search).toBe('?sort=since&dir=desc');
    await expect(visibleNames(page).then((n) => n[0])).resolves.toBe('临清市测试纺织集群');

    await page.goBack();
    expect(new URL(page.url()).search).toBe('?sort=since');
    await expect(page.getByRole('columnheader', { name: '认定' }).getAttribute('aria-sort')).resolves.toBe('ascending');
  });

  it('applies the filters of a shared URL', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/?status=review-due`);
    await expect(visibleNames(page)).resolves.toEqual(['阳谷县测试化工集群']);
    await expect(filter(page, '状态').inputValue()).resolves.toBe('review-due');
    await page.goto(`${base}/clusters/?year=2021&industry=${encodeURIComponent('钢板')}`);
    await expect(visibleNames(page)).resolves.toEqual(['冠县测试钢板集群']);
  });

  it('works without JavaScript: the full table and link-based filters', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/clusters/`);
    await expect(page.locator('[data-directory-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-directory-table] tbody tr').count()).resolves.toBe(7);
    const browse = page.getByRole('navigation', { name: '分类浏览' });
    await browse.getByRole('link', { name: '临清市' }).click();
    await page.waitForURL(/\/clusters\/by\/county\/linqing\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('特色产业集群名录：临清市');
    await expect(page.locator('tbody tr th').allTextContents()).resolves.toEqual(['临清市测试纺织集群']);
    await page.getByRole('navigation', { name: '分类浏览' }).getByRole('link', { name: '纺织' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('特色产业集群名录：纺织');
  });

  it('shows counts by county and by industry as charts with their data', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/`);
    const county = page.getByRole('img', { name: /各县（市、区）持有称号的集群数/ });
    await expect(county.evaluate((svg) => svg.querySelector('desc')?.textContent)).resolves.toBe(
      '临清市 1个，阳谷县 1个，冠县 1个。',
    );
    const table = page.getByRole('table', { name: '各主导产业持有称号的集群数' });
    await expect(table.getByRole('row').count()).resolves.toBe(4);
  });
});

describe('the registry as of a date', () => {
  it('has a page per announcement day, lapse and year end, linked from the directory', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/`);
    await page.getByRole('link', { name: '查看历史名单（截至某日的名单）' }).click();
    await page.waitForURL(/\/registry\/$/);
    const links = await page.getByRole('table').getByRole('link').allTextContents();
    expect(links).toContain('截至2025-03-15的名单');
    expect(links).toContain('截至2024-12-31的名单');
    expect(links[0]).toBe('截至2026-11-24的名单');
    await page.getByRole('link', { name: '截至2025-03-15的名单' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('截至2025-03-15的名单');
    await expect(page.locator('main').textContent()).resolves.toContain('莘县测试食品集群：不再持有市级称号（已撤销）');
    const names = await page.getByRole('table').locator('tbody th').allTextContents();
    expect(names).not.toContain('莘县测试食品集群');
    expect(names[0]).toBe('临清市测试纺织集群');
  });

  it('shows a title under review leaving the list on its lapse day, and why', async () => {
    const page = await newPage();
    await page.goto(`${base}/registry/2026-11-24/`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      '东昌府区测试轴承集群：不再持有市级称号（期满待复核结果）',
    );
    await page.getByRole('link', { name: /上一页/ }).click();
    await expect(page.getByRole('table').locator('tbody th').allTextContents()).resolves.toContain(
      '东昌府区测试轴承集群',
    );
  });
});

describe('targets', () => {
  it('shows the outcome at the deadline, counted from the announcements, cited to its article', async () => {
    const page = await newPage();
    await page.goto(`${base}/targets/`);
    await expect(page.locator('[data-target-summary]').textContent()).resolves.toBe(
      '截至2025年12月31日，本站收录的公布和公开报道显示：国家级0个（目标1个，未达到）；省级1个（目标2个，未达到）；市级5个（目标6个，未达到）。',
    );
    await expect(page.getByRole('note').textContent()).resolves.toContain('本站只掌握已收录的公布');
    await page.getByRole('link', { name: /目标出处/ }).click();
    await page.waitForURL(/\/policies\/test-plan\/#/);
    await expect(page.locator(':target').textContent()).resolves.toBe('二、工作目标');
  });
});

describe('accessibility and small screens', () => {
  const paths = [
    '/',
    '/clusters/',
    '/clusters/by/county/linqing/',
    '/clusters/test-beta/',
    '/clusters/test-delta/',
    '/notices/test-2026-open/',
    '/registry/',
    '/registry/2025-03-15/',
    '/targets/',
    '/pool/',
    '/benchmarks/',
    '/benchmarks/test-2025-benchmarks/',
  ];

  it('has no axe violations (WCAG 2.2 AA) on the lifecycle pages', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(BUILD_DAY);
    for (const path of paths) {
      await page.goto(base + path);
      expect(await axeViolations(page, path)).toEqual([]);
    }
    // Sixteen pages of axe take 5–8 s each on a loaded two-core machine.
  }, 180_000);

  it('fits a 390-pixel phone screen without sideways scrolling', async () => {
    const page = await newPage({ viewport: { width: 390, height: 800 } });
    for (const path of paths) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

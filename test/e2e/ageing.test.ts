/**
 * Pages that stay true as they age: the fixture site is built as of
 * 2026-11-24, and the browser's clock is moved days, weeks and a year past
 * it. Every date-dependent statement must be recomputed with the build's
 * rules, and each page must show one as-of day only; without JavaScript each
 * statement carries the day it was computed for.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';

const base = inject('fixtureUrl');
const newPage = useBrowser();

const OPEN = '关于2026年度测试特色产业集群拟认定名单的公示';
const UPCOMING = '关于测试集群升级的公示';

async function at(day: string, path: string): Promise<Page> {
  const page = await newPage();
  await page.clock.setFixedTime(new Date(`${day}T09:00:00+08:00`));
  await page.goto(base + path);
  return page;
}

/** Every as-of line of the page: the days they name (页面生成于 names the build, not an as-of day). */
async function asOfDays(page: Page): Promise<string[]> {
  const lines = await page.locator('[data-as-of]').allTextContents();
  return [
    ...new Set(
      lines.flatMap((l) =>
        [...l.replace(/页面生成于 \S+/, '').matchAll(/\d{4}年\d{1,2}月\d{1,2}日/g)].map((m) => m[0]),
      ),
    ),
  ];
}

const count = (page: Page, level: string) =>
  page
    .locator('.count-grid li')
    .filter({ hasText: level })
    .locator('strong')
    .textContent()
    .then((n) => Number(n));

describe('the home page as it ages', () => {
  it('eight days on, lists the notice that has opened under 正在公示 and drops the one that has ended', async () => {
    const page = await at('2026-12-02', '/');
    const region = page.getByRole('region', { name: '正在公示' });
    await expect(region.getByRole('link', { name: OPEN }).count()).resolves.toBe(0);
    const card = region.getByRole('listitem').filter({ has: page.getByRole('link', { name: UPCOMING }) });
    await expect(card.locator('[data-notice-status]').textContent()).resolves.toBe('公示中');
    await expect(card.textContent()).resolves.toContain('公示期还剩 6 天（含今天）。');
    await expect(region.getByRole('heading', { name: '即将开始的公示' }).count()).resolves.toBe(0);
    await expect(asOfDays(page)).resolves.toEqual(['2026年12月2日']);
  });

  it('after every notice has ended, says there is none open', async () => {
    const page = await at('2026-12-08', '/');
    const region = page.getByRole('region', { name: '正在公示' });
    await expect(region.getByRole('listitem').count()).resolves.toBe(0);
    await expect(region.textContent()).resolves.toContain('目前没有正在进行的公示。');
  });

  it('recounts clusters by highest level once a municipal term has ended', async () => {
    const built = await at('2026-11-24', '/');
    const before = await count(built, '市级');
    // test-epsilon's municipal term ends 2026-12-19.
    const page = await at('2026-12-20', '/');
    await expect(count(page, '市级')).resolves.toBe(before - 1);
    await expect(page.getByText('按最高级别计').count()).resolves.toBe(1);
    await expect(asOfDays(page)).resolves.toEqual(['2026年12月20日']);
  });
});

describe('a cluster page as it ages', () => {
  it('past a title’s expiry: the badge, the title row and the timeline all move', async () => {
    const page = await at('2026-12-20', '/clusters/test-epsilon/');
    const banner = page.locator('.banner').first();
    await expect(banner.locator('[data-part="status"]').textContent()).resolves.toBe('已取消（期满未复核）');
    await expect(banner.textContent()).resolves.toContain('已按您设备上的今天 2026年12月20日');
    const row = page.getByRole('table', { name: '称号' }).getByRole('row').filter({ hasText: '市级' });
    await expect(row.textContent()).resolves.toContain('已取消（期满未复核）');
    const lapse = page.locator('[data-timeline="expired"]');
    await expect(lapse.textContent()).resolves.toContain('市级称号有效期满未复核，称号取消');
    await expect(lapse.textContent()).resolves.not.toContain('尚未到来');
    await expect(page.getByText('尚未到来').count()).resolves.toBe(0);
    await expect(asOfDays(page)).resolves.toEqual(['2026年12月20日']);
  });

  it('on the build day, keeps the built page', async () => {
    const page = await at('2026-11-24', '/clusters/test-epsilon/');
    await expect(page.locator('.banner [data-part="status"]').textContent()).resolves.toBe('有效（本年度须复核）');
    await expect(page.locator('[data-timeline="expired"]').textContent()).resolves.toContain('尚未到来');
  });

  it('a reader’s clock behind the build keeps the built page', async () => {
    const page = await at('2026-01-01', '/clusters/test-epsilon/');
    await expect(page.locator('.banner [data-part="status"]').textContent()).resolves.toBe('有效（本年度须复核）');
    await expect(asOfDays(page)).resolves.toEqual(['2026年11月24日']);
  });

  it('without JavaScript, says the day its status was computed for', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/clusters/test-epsilon/`);
    await expect(page.locator('.banner').first().textContent()).resolves.toContain(
      '级别、状态和时间线按 2026年11月24日（北京时间）计算。',
    );
    await expect(asOfDays(page)).resolves.toEqual(['2026年11月24日']);
  });

  it('the directory recomputes each row’s status and level', async () => {
    const page = await at('2026-12-20', '/clusters/');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: /化工/ }) });
    await expect(row.locator('[data-part="status"]').textContent()).resolves.toBe('已取消（期满未复核）');
    await expect(row.getAttribute('data-status')).resolves.toBe('expired');
    await expect(row.getAttribute('data-level')).resolves.toBe('none');
  });
});

describe('a revoked title', () => {
  it('shows the day it ended, the ground and the reason, not a term and a review year', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/clusters/test-delta/`);
    const row = page.getByRole('table', { name: '称号' }).getByRole('row').filter({ hasText: '市级' });
    const text = await row.textContent();
    expect(text).toContain('称号终止：2025年3月15日');
    expect(text).toContain('依据第十四条第一项');
    expect(text).toContain('弄虚作假，或违反相关法律法规的');
    expect(text).not.toContain('复核年度');
    expect(text).not.toContain('有效期至');
  });
});

describe('one as-of day on every page type, a year on', () => {
  const paths = [
    '/',
    '/clusters/',
    '/clusters/test-epsilon/',
    '/notices/',
    '/notices/test-2026-open/',
    '/policies/',
    '/policies/test-plan-2024-2026/',
  ];
  for (const path of paths) {
    it(path, async () => {
      const page = await at('2027-11-24', path);
      await expect(asOfDays(page)).resolves.toEqual(['2027年11月24日']);
      await expect(page.locator('.site-footer__asof').textContent()).resolves.toContain('2027年11月24日');
    });
  }
});

const real = inject('realUrl');

describe('纠错与意见 on every page', () => {
  it('uses the channels settings provide, naming the page in the e-mail', async () => {
    for (const path of ['/', '/clusters/test-gamma/', '/no-such-page/']) {
      const page = await newPage();
      await page.goto(base + path);
      const box = page.getByRole('region', { name: '纠错与意见' });
      // Shown with a non-breaking hyphen, dialled as digits.
      await expect(box.getByRole('link', { name: '0635\u20110000000' }).getAttribute('href'), path).resolves.toBe(
        'tel:06350000000',
      );
      const mail = await box.getByRole('link', { name: 'test@example.com' }).getAttribute('href');
      const subject = new URL(mail!).searchParams.get('subject');
      expect(subject, path).toMatch(/^纠错：/);
      expect(new URL(mail!).searchParams.get('body'), path).toContain(path === '/no-such-page/' ? '/' : path);
      await expect(box.textContent(), path).resolves.toContain('测试地址1号');
    }
  });

  it('names the cluster page in the subject', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-gamma/`);
    const mail = await page
      .getByRole('region', { name: '纠错与意见' })
      .getByRole('link', { name: 'test@example.com' })
      .getAttribute('href');
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(new URL(mail!).searchParams.get('subject')).toBe(`纠错：${title}`);
  });

  it('on a site whose settings give no contact, no page points to one', async () => {
    for (const path of ['/', '/about/', '/no-such-page/', '/policies/cluster-management-measures-2021/']) {
      const page = await newPage();
      await page.goto(real + path);
      const box = page.getByRole('region', { name: '纠错与意见' });
      const links = await box.getByRole('link').count();
      const text = await box.textContent();
      // Either the real settings now carry channels (then they are links), or the box says plainly that none is published.
      if (links === 0) expect(text, path).toContain('尚未公布');
      await expect(page.locator('a[href$="#contact"]').count(), path).resolves.toBe(links === 0 ? 0 : 1);
      await expect(page.getByRole('link', { name: '联系我们' }).count(), path).resolves.toBe(links === 0 ? 0 : 1);
    }
  });
});

describe('公示 pages say what happens next', () => {
  it('jumps from the status banner to the objection channel', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+08:00'));
    await page.goto(`${base}/notices/test-2026-open/`);
    await page.getByRole('note').getByRole('link', { name: '查看提出异议的方式和受理联系方式' }).click();
    await page.waitForURL(/#objection$/);
    const heading = page.getByRole('heading', { name: '异议受理' });
    const box = await heading.boundingBox();
    expect(box!.y).toBeLessThan(100);
  });

  it('states that an unopposed list is formally announced, with the article it comes from', async () => {
    const page = await newPage();
    await page.goto(`${base}/notices/test-2026-open/`);
    const next = page.locator('h2:has-text("公示之后") + [data-rule-basis]');
    await expect(next.textContent()).resolves.toContain('公示期满无异议的，按程序予以正式公布');
    await expect(next.getByRole('link').first().getAttribute('href')).resolves.toBe('/policies/test-measures/#第九条');
    // test-measures has been replaced since: the page says so, with the document's badge.
    await expect(next.locator('[data-part="inactive"]').isVisible()).resolves.toBe(true);
    await expect(next.locator('[data-validity]').textContent()).resolves.toBe('已被修订');
  });

  it('a cluster page lists the 公示 that names it', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+08:00'));
    await page.goto(`${base}/clusters/test-zeta/`);
    await expect(page.getByText('尚无公布记录。').count()).resolves.toBe(0);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: OPEN }) });
    await expect(item.locator('[data-notice-status]').textContent()).resolves.toBe('公示中');
  });
});

describe('the rule in force is explicit', () => {
  it('a cluster page with a municipal title links the article its term comes from', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-gamma/`);
    const basis = page.locator('[data-rule-basis="term"]');
    await expect(basis.textContent()).resolves.toContain('市级称号的有效期和复核年度，依据');
    await expect(basis.getByRole('link').first().getAttribute('href')).resolves.toBe('/policies/test-measures/#第三条');
  });

  it('on the real site, the statement that the basis is no longer in force agrees with its badge', async () => {
    const page = await newPage();
    await page.goto(`${real}/about/`);
    const bases = page.locator('[data-rule-basis]');
    await expect(bases.count()).resolves.toBeGreaterThan(0);
    for (const basis of await bases.all()) {
      const code = await basis.locator('[data-validity]').getAttribute('data-validity');
      const inactive = code === 'expired' || code === 'repealed' || code === 'amended';
      await expect(basis.locator('[data-part="inactive"]').isVisible()).resolves.toBe(inactive);
    }
  });
});

describe('phones and older readers (适老化)', () => {
  const phone = { viewport: { width: 390, height: 844 } };

  it('offers text size and high contrast on every page type, remembered across pages', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/test-gamma/`);
    await page.getByRole('button', { name: '大', exact: true }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await expect(size()).resolves.toBe('19px');
    for (const path of ['/', '/notices/test-2026-open/', '/registry/', '/about/']) {
      await page.goto(base + path);
      await expect(size(), path).resolves.toBe('19px');
      await expect(page.locator('html').getAttribute('data-contrast'), path).resolves.toBe('high');
      await expect(page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed'), path).resolves.toBe(
        'true',
      );
    }
    await page.getByRole('button', { name: '标准' }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    await page.reload();
    await expect(size()).resolves.toBe('16px');
    await expect(page.locator('html').getAttribute('data-contrast')).resolves.toBe(null);
  });

  it('at 390 px the directory keeps each cluster’s name, level and status in view', async () => {
    const page = await newPage(phone);
    await page.goto(`${base}/clusters/`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '冠县测试钢板集群' }) });
    for (const part of [
      row.getByRole('link'),
      row.locator('[data-part="level"]'),
      row.locator('[data-part="status"]'),
    ]) {
      const box = await part.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    // The name is not broken a few characters a line: it fits on one.
    const name = await row.getByRole('link').boundingBox();
    expect(name!.height).toBeLessThan(40);
  });

  it('at 390 px, text is at least 16 px and tap targets at least 44 px tall', async () => {
    const page = await newPage(phone);
    for (const path of ['/', '/clusters/', '/clusters/test-gamma/', '/notices/test-2026-open/']) {
      await page.goto(base + path);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main p, main td, main th, main li, main dd')]
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
          .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 20)}`),
      );
      expect(small, path).toEqual([]);
      const low = await page.evaluate(() =>
        [...document.querySelectorAll('.site-nav a, button, select, .doc-list__title a, .site-footer a')]
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => el.getBoundingClientRect().height < 44)
          .map((el) => el.textContent?.trim()),
      );
      expect(low, path).toEqual([]);
    }
  });
});

describe('a filtered directory link without JavaScript', () => {
  it('says the filter is not applied and links the static lists', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/clusters/?county=guanxian&level=provincial`);
    const note = page.locator('p').filter({ hasText: '网址中“?”后面的筛选条件不起作用' });
    await expect(note.isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '“分类浏览”' }).click();
    await page.waitForURL(/#facet-links-title$/);
    await expect(page.getByRole('link', { name: /冠县/ }).first().isVisible()).resolves.toBe(true);
  });

  it('with JavaScript, the note does not show', async () => {
    const page = await newPage();
    await page.goto(`${base}/clusters/?county=guanxian`);
    await expect(page.locator('p').filter({ hasText: '网址中“?”后面的筛选条件不起作用' }).count()).resolves.toBe(0);
  });
});

describe('reports are reports', () => {
  it('lists public reports apart from formal 公布, never with an 认定 badge, and words their card as a report', async () => {
    const page = await newPage();
    await page.goto(`${real}/announcements/`);
    const official = page.getByRole('region', { name: '正式公布' });
    await expect(official.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expect(official.getByText('公开报道', { exact: true }).count()).resolves.toBe(0);
    const reports = page.getByRole('region', { name: '公开报道' });
    for (const item of await reports.getByRole('listitem').all()) {
      await expect(item.locator('.badge').allTextContents()).resolves.toEqual(['公开报道']);
      await expect(item.textContent()).resolves.toMatch(/报道：(国家级|省级|市级)/);
      await item.getByRole('link').first().click();
      await expect(page.getByRole('note').textContent()).resolves.toContain('报道来源：');
      await expect(
        page.locator('meta[property="og:description"], meta[name="description"]').first().getAttribute('content'),
      ).resolves.toContain('公开报道：');
      await page.goBack();
    }
  });
});

describe('one definition per figure', () => {
  it('the home page and the directory show the same count by highest level, labelled so', async () => {
    const page = await newPage();
    const read = async (path: string) => {
      await page.goto(base + path);
      return {
        counts: await page.locator('.count-grid li').allTextContents(),
        label: await page.getByText('按最高级别计').count(),
      };
    };
    const home = await read('/');
    const directory = await read('/clusters/');
    expect(home.counts).toEqual(directory.counts);
    expect(home.label).toBe(1);
    expect(directory.label).toBe(1);
  });

  it('the targets page says how many documents set targets, from the targets data, and labels its count', async () => {
    const page = await newPage();
    await page.goto(`${base}/targets/`);
    const lead = await page.locator('.lead').textContent();
    expect(lead).toContain('本站收录的1份文件对特色产业集群数量提出了到2025年的目标');
    expect(lead).toContain('持有称号计');
    expect(lead).not.toContain('两份');
  });
});

describe('feeds in a browser', () => {
  it('read as a Chinese page through the site’s own XSLT stylesheet, with the entries linked', async () => {
    const page = await newPage();
    await page.goto(`${base}/feeds/all.xml`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('全部更新');
    await expect(page.locator('body').innerText()).resolves.toContain('这是本站的 Atom 订阅源');
    const first = page.getByRole('listitem').first();
    await expect(first.textContent()).resolves.toMatch(/更新日期：\d{4}年\d{1,2}月\d{1,2}日/);
    await first.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  });
});

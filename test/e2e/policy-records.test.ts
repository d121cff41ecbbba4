/**
 * Policy pages as citable, versioned records (issue 5), in real Chromium
 * against the seed copy of the real content, the real site (history) and the fixture site, built as of 2026-11-24.
 */
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

// What the site shows of a policy is pinned on the frozen seed copy (test/fixtures/seed/), so that the
// bureau's next publication never turns CI red; history is read from the real files, whose past never changes.
const real = inject('realUrl');
const seed = inject('seedUrl');
const fixture = inject('fixtureUrl');
const newPage = useBrowser();
const MEASURES = '/policies/cluster-management-measures-2021/';

describe('the metadata block', () => {
  it('lists every disclosure field, says what is unknown, and repeats them as meta tags', async () => {
    const page = await newPage();
    await page.goto(seed + MEASURES);
    const meta = page.locator('dl.meta');
    const terms = await meta.locator('dt').allTextContents();
    for (const label of [
      '索引号',
      '主题分类',
      '发文机关',
      '发文字号',
      '统一编号',
      '成文日期',
      '发布日期',
      '施行日期',
      '有效期至',
      '有效性',
      '公开方式',
    ]) {
      expect(terms).toContain(label);
    }
    const value = (label: string) => meta.locator(`dt:text-is("${label}") + dd`).textContent();
    await expect(value('索引号')).resolves.toBe('未公开');
    await expect(value('发布日期')).resolves.toBe('原文未载明');
    await expect(value('统一编号')).resolves.toBe('LCCR-2021-0050003');
    const tag = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(tag('policy:docNumber').getAttribute('content')).resolves.toBe('聊工信发〔2021〕97号');
    await expect(tag('policy:effectiveUntil').getAttribute('content')).resolves.toBe('2026-08-31');
    await expect(tag('policy:validity').getAttribute('content')).resolves.toBe('expired');
    await expect(tag('ArticleTitle').getAttribute('content')).resolves.toBe('聊城市特色产业集群管理办法（试行）');
    // An 索引号 is never made up: no tag when none is assigned.
    await expect(tag('policy:indexNumber').count()).resolves.toBe(0);
  });
});

describe('validity refreshed in the reader’s browser', () => {
  const PLAN = '/policies/test-plan-2024-2026/';

  it('shows the build day’s answer when read on that day', async () => {
    const page = await newPage();
    await page.clock.install({ time: new Date('2026-11-24T10:00:00+08:00') });
    await page.goto(fixture + PLAN);
    const banner = page.getByRole('note').filter({ hasText: '有效性按' });
    await expect(banner.locator('.banner__title').textContent()).resolves.toBe('本文件现行有效');
    await expect(banner.textContent()).resolves.toContain('有效性按 2026年11月24日（北京时间）计算。');
  });

  it('recomputes banner and badges when the page is read after its period has ended', async () => {
    const page = await newPage();
    // 2027-01-02 in Beijing: the 2024–2026 plan has run out since the page was built.
    await page.clock.install({ time: new Date('2027-01-02T09:00:00+08:00') });
    await page.goto(fixture + PLAN);
    const banner = page.getByRole('note').filter({ hasText: '有效性按' });
    await expect(banner.locator('.banner__title').textContent()).resolves.toBe('本文件已失效');
    await expect(banner.textContent()).resolves.toContain('规划（实施）期为2024—2026年，已届满。');
    await expect(banner.textContent()).resolves.toContain(
      '有效性按 2027年1月2日（北京时间）在您的浏览器中重新核对；页面生成于 2026年11月24日。',
    );
    await expect(page.locator('dl.meta [data-validity]').textContent()).resolves.toBe('已失效');
    await page.goto(`${fixture}/policies/`);
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: '测试特色产业集群培育计划（2024-2026年）' }) });
    await expect(item.locator('[data-validity]').textContent()).resolves.toBe('已失效');
  });

  it('without JavaScript, keeps the build day’s answer and shows no dead buttons', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(fixture + PLAN);
      await expect(page.locator('.banner__title').first().textContent()).resolves.toBe('本文件现行有效');
      // The header's search button submits a plain form and works without JavaScript; the page's own tools must not show.
      await expect(page.getByRole('main').getByRole('button').count()).resolves.toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('article permalinks', () => {
  it('lands on an article with the article highlighted, heading and text', async () => {
    const page = await newPage();
    await page.goto(`${seed}${MEASURES}#第十三条`);
    const heading = page.getByRole('heading', { name: '第十三条', exact: true });
    await expect(heading.getAttribute('class')).resolves.toContain('is-target');
    const highlighted = await page.locator('.policy-text .is-target').allTextContents();
    expect(highlighted.join('')).toContain('特色产业集群实行动态管理，有效期为5年。');
    expect(highlighted.join('')).not.toContain('第十四条');
    const background = await heading.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 246, 191)');
    await page.screenshot({ path: '.tmp/screens/e2e-article-13.png' });
  });

  it('moves the highlight when the reader follows another article link', async () => {
    const page = await newPage();
    await page.goto(`${seed}${MEASURES}#第十三条`);
    await page.evaluate(() => (location.hash = '#第四条-二'));
    await expect(page.locator('.is-target-start').getAttribute('id')).resolves.toBe('第四条-二');
    await expect(page.locator('.policy-text .is-target').allTextContents()).resolves.toEqual([
      expect.stringContaining('（二）产业规模和经济效益突出'),
      expect.stringContaining('主导产业营业收入居全市同行业第一位'),
    ]);
  });

  it('gives items of an ordered list their own anchor', async () => {
    const page = await newPage();
    await page.goto(`${seed}/policies/green-low-carbon-action-plan-2023-2025/#四-一-1`);
    await expect(page.locator(':target').textContent()).resolves.toContain(
      '有色金属产业。重点打造茌平千亿铝精深加工产业园区',
    );
  });
});

describe('copying a link and a citation', () => {
  it('copies the citation of an article by keyboard, and says so', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: seed });
    await page.clock.install({ time: new Date('2026-11-25T10:00:00+08:00') });
    await page.goto(seed + MEASURES);
    const button = page.getByRole('button', { name: '复制引用：第十三条' });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    const expected = `聊城市工业和信息化局《聊城市特色产业集群管理办法（试行）》（聊工信发〔2021〕97号）第十三条，${seed}${MEASURES}#第十三条，访问日期：2026年11月25日。`;
    await expect.poll(() => status.textContent()).toBe(`已复制第十三条的引用：${expected}`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    await page.screenshot({ path: '.tmp/screens/e2e-copied-citation.png' });
  });

  it('copies a link that opens the article', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: seed });
    await page.goto(seed + MEASURES);
    await page.getByRole('button', { name: '复制链接：第四条第（二）项' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制第四条第（二）项的链接。');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${seed}${MEASURES}#${encodeURIComponent('第四条-二')}`);
    await page.goto(link);
    await expect(page.locator(':target').textContent()).resolves.toContain('（二）产业规模和经济效益突出');
  });
});

describe('printing', () => {
  it('prints the document with its metadata and address, without the site chrome and tools', async () => {
    const page = await newPage();
    await page.goto(seed + MEASURES);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '打印本页' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '复制引用：第十三条' }).isVisible()).resolves.toBe(false);
    const source = page.locator('.print-source');
    await expect(source.isVisible()).resolves.toBe(true);
    await expect(source.textContent()).resolves.toContain(`网址：${seed}${MEASURES}`);
    await expect(page.locator('dl.meta').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('note').filter({ hasText: '本文件已失效' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: /聊城市特色产业集群申请表/ }).isVisible()).resolves.toBe(true);
    await page.pdf({ path: '.tmp/screens/e2e-print-measures.pdf', format: 'A4' });
  });
});

describe('text size (适老化)', () => {
  it('is a group of toggle buttons whose choice persists across pages and visits', async () => {
    const page = await newPage();
    await page.goto(seed + MEASURES);
    const large = page.getByRole('button', { name: '特大' });
    await large.click();
    await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await expect(size()).resolves.toBe('22px');
    await page.goto(`${seed}/policies/shandong-advanced-manufacturing-clusters-2023/`);
    await expect(size()).resolves.toBe('22px');
    await expect(page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: '标准' }).click();
    await page.reload();
    await expect(size()).resolves.toBe('16px');
  });
});

describe('history from the repository', () => {
  it('shows first publication, last update and every update, and compares two versions', async () => {
    const page = await newPage();
    await page.goto(`${real}/policies/green-low-carbon-action-plan-2023-2025/`);
    const history = page.getByRole('region', { name: '更新记录' });
    await expect(history.textContent()).resolves.toMatch(/本站首次发布：\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(history.textContent()).resolves.toMatch(/最后更新：\d{4}年\d{1,2}月\d{1,2}日/);
    await history.getByRole('link', { name: /查看全部更新（\d+ 次）/ }).click();
    await page.waitForURL(/\/history\/$/);
    const version = page.getByRole('listitem').filter({ hasText: '修改了：提及的文件' });
    await version.getByRole('link', { name: /与上一版比较/ }).click();
    await page.waitForURL(/\/history\/[0-9a-f]{8}-[0-9a-f]{8}\/$/);
    const row = page.getByRole('row', { name: /提及的文件/ });
    await expect(row.textContent()).resolves.toContain('（无）');
    await expect(row.textContent()).resolves.toContain('文件：cluster-upgrade-plan-2023-2025；出处（锚点）：五-三');
  });

  it('compares any two versions from the form', async () => {
    const page = await newPage();
    await page.goto(`${real}${MEASURES}history/`);
    const from = page.getByLabel('较早的版本');
    const options = await from.locator('option').allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(2);
    await from.selectOption({ index: 0 });
    await page.getByLabel('较新的版本').selectOption({ index: options.length - 1 });
    await page.getByRole('button', { name: '比较' }).click();
    await page.waitForURL(/\/history\/[0-9a-f]{8}-[0-9a-f]{8}\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `第 1 版与第 ${options.length} 版的差别`,
    );
  });
});

describe('relations', () => {
  it('links a document that names another, at the article where it does, both ways', async () => {
    const page = await newPage();
    await page.goto(`${seed}/policies/green-low-carbon-action-plan-2023-2025/`);
    const relations = page.getByRole('region', { name: '相关文件' });
    await expect(
      relations.getByRole('link', { name: '聊城市特色产业集群转型升级工作方案（2023-2025年）' }).getAttribute('href'),
    ).resolves.toBe('/policies/cluster-upgrade-plan-2023-2025/');
    await expect(relations.getByRole('link', { name: '（见五（三））' }).getAttribute('href')).resolves.toBe('#五-三');
    await page.goto(`${seed}/policies/cluster-upgrade-plan-2023-2025/`);
    const back = page.getByRole('region', { name: '相关文件' });
    await expect(back.textContent()).resolves.toContain('《工业和信息化厅山东省特色产业集群管理办法》');
    await back.getByRole('link', { name: '（在其五（三））' }).click();
    await page.waitForURL(/green-low-carbon-action-plan-2023-2025\/#/);
    await expect(page.locator(':target').textContent()).resolves.toContain(
      '制定《聊城市特色产业集群转型升级工作方案》',
    );
  });

  it('marks a 政策解读 with the document it explains, and follows that document’s validity', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/policies/test-measures-interpretation/`);
    await expect(
      page.getByRole('note').filter({ hasText: '本文是以下文件的政策解读' }).getByRole('link').textContent(),
    ).resolves.toBe('《测试特色产业集群管理办法（试行）》');
    await expect(page.locator('dl.meta [data-validity]').textContent()).resolves.toBe('已被修订');
    await page.goto(`${fixture}/policies/test-measures/`);
    await expect(
      page
        .getByRole('region', { name: '相关文件' })
        .getByRole('link', { name: '《测试特色产业集群管理办法（试行）》政策解读' })
        .isVisible(),
    ).resolves.toBe(true);
  });
});

describe('the 申请表 attachment', () => {
  it('is a table whose blank cells name what goes in them, and a Word download', async () => {
    const page = await newPage();
    await page.goto(seed + MEASURES);
    const table = page.getByRole('table', { name: /聊城市特色产业集群申请表/ });
    const cell = table.locator('td').nth(2);
    const names = await cell.evaluate((td) =>
      (td.getAttribute('headers') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent),
    );
    expect(names).toEqual(['企业户数', '总数']);
    await expect(table.locator('td:not([headers])').count()).resolves.toBe(0);
    const download = page.getByRole('link', {
      name: /^下载（Word 文档 \.docx，[\d.]+ KB）\s*：聊城市特色产业集群申请表$/,
    });
    await expect(download.getAttribute('download')).resolves.toBe('聊城市特色产业集群申请表.docx');
    const href = await download.getAttribute('href');
    const response = await page.request.get(seed + href);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    await expect(page.getByRole('heading', { name: '需要其他格式？' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('本站尚未公布联系方式，请直接与聊城市工业和信息化局联系。').isVisible()).resolves.toBe(
      true,
    );
  });
});

describe('social preview images', () => {
  it('has a 1200×630 PNG for each policy and announcement, named in the page head', async () => {
    const page = await newPage();
    for (const path of [MEASURES, '/announcements/2022-municipal-clusters/']) {
      await page.goto(seed + path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(/^\/og\/(policies|announcements)\/[a-z0-9-]+\.png$/);
      const response = await page.request.get(seed + image);
      expect(response.headers()['content-type']).toBe('image/png');
      const { width, height } = await sharp(await response.body()).metadata();
      expect([width, height]).toEqual([1200, 630]);
    }
  });
});

describe('accessibility of the record pages', () => {
  // Every page of the sitemap is checked as loaded (quality.test.ts); these are the states only a reader's actions produce.
  it('has no axe violations with an article targeted and a copy announced', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: seed });
    await page.goto(`${seed}${MEASURES}#第十三条`);
    await page.getByRole('button', { name: '复制引用：第十三条' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已复制');
    await page.getByRole('button', { name: '大', exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

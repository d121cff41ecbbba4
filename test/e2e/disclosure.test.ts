/**
 * The disclosure pages in a real browser: 公开指南, 依申请公开 and its form,
 * 公开目录, 意见征集, the bureau's MDX writing (a 政策解读 and a guide), on the
 * fixture site as of 2026-11-24 and on the real site, where settings lack
 * the facts and the pages say so. Every new URL passes axe at 1280 and
 * 390 px and fits a phone screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const fixture = inject('fixtureUrl');
const real = inject('realUrl');
const newPage = useBrowser();
/** Noon on the build day in Beijing: pages refresh statuses from the device clock, so tests pin it. */
const BUILD_DAY = new Date('2026-11-24T12:00:00+08:00');

const FIXTURE_PATHS = [
  '/disclosure/',
  '/disclosure/apply/',
  '/disclosure/catalogue/',
  '/disclosure/catalogue/consultation/',
  '/disclosure/catalogue/data/',
  '/consultations/',
  '/consultations/test-draft-open/',
  '/consultations/test-draft-concluded/',
  '/consultations/test-draft-short/',
  '/consultations/test-draft-upcoming/',
  '/guides/test-how-to-read/',
  '/policies/test-new-measures-interpretation/',
  '/data/catalogue/',
];
const REAL_PATHS = ['/disclosure/', '/disclosure/apply/', '/disclosure/catalogue/', '/consultations/'];

async function axe(base: string, paths: string[], width: number): Promise<string[]> {
  const page = await newPage({ viewport: { width, height: 900 } });
  await page.clock.setFixedTime(BUILD_DAY);
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(base + path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    found.push(
      ...violations.map((v) => `${width}px ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) found.push(`${width}px ${path}: ${overflow}px wider than the screen`);
  }
  return found;
}

describe('accessibility of every new page', () => {
  for (const width of [1280, 390]) {
    it(`fixture site at ${width} px: no axe violations, no sideways scrolling`, async () => {
      expect(await axe(fixture, FIXTURE_PATHS, width)).toEqual([]);
    });
    it(`real site at ${width} px: no axe violations, no sideways scrolling`, async () => {
      expect(await axe(real, REAL_PATHS, width)).toEqual([]);
    });
  }
});

describe('公开指南 and 依申请公开', () => {
  it('gives the structured guide from settings, and the law where the 条例 decides', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/disclosure/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('政府信息公开指南');
    for (const h of ['公开主体', '公开方式', '受理机构', '办理时限', '收费', '救济途径'])
      await expect(page.getByRole('heading', { name: h, exact: true }).count()).resolves.toBe(1);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('测试主办单位办公室');
    expect(main).toContain('测试市人民政府');
    expect(main).toContain('条例第四十二条：行政机关依申请提供政府信息，不收取费用。');
    await page.getByRole('link', { name: '依申请公开的程序和申请表' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('依申请公开');
  });

  it('has a form table whose every blank names its section and field, and a Word download', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/disclosure/apply/`);
    const table = page.getByRole('table', { name: /政府信息公开申请表/ });
    const blanks = await table.locator('td').evaluateAll((tds) =>
      tds.map((td) =>
        (td.getAttribute('headers') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim())
          .join(' / '),
      ),
    );
    expect(blanks).toContain('申请人信息（公民） / 姓名');
    expect(blanks).toContain('所需政府信息情况 / 文号');
    expect(blanks).toContain('申请人签名或者盖章');
    expect(blanks.every((b) => b && !b.includes('undefined'))).toBe(true);
    const href = await page.getByRole('link', { name: '下载申请表（Word 文档）' }).getAttribute('href');
    const res = await fetch(fixture + href);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // Where to send it comes from settings.
    await expect(page.locator('[data-office]').textContent()).resolves.toContain('apply@example.com');
  });

  it('on the real site, says what settings do not give instead of inventing it', async () => {
    const page = await newPage();
    await page.goto(`${real}/disclosure/`);
    await expect(page.locator('[data-office-missing]').textContent()).resolves.toContain('尚未在本平台公布');
    await expect(page.locator('main').textContent()).resolves.toContain('聊城市工业和信息化局');
    await page.goto(`${real}/disclosure/apply/`);
    await expect(page.locator('[data-send-to-missing]').count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: /政府信息公开申请表/ }).count()).resolves.toBe(1);
  });
});

describe('公开目录', () => {
  it('lists every item with 索引号, 名称, 内容概述, 生成日期, filterable by links that work without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${fixture}/disclosure/catalogue/`);
    const table = page.getByRole('table', { name: '政府信息公开目录' });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      '索引号',
      '名称',
      '类别',
      '内容概述',
      '生成日期',
    ]);
    await expect(table.getByRole('row', { name: /如何查阅本平台/ }).textContent()).resolves.toContain(
      'TEST0001-2026-00002',
    );
    await page.getByRole('link', { name: '意见征集（4）' }).click();
    expect(page.url()).toBe(`${fixture}/disclosure/catalogue/consultation/`);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.count()).resolves.toBe(5);
    await expect(page.getByRole('link', { name: '意见征集（4）' }).getAttribute('aria-current')).resolves.toBe('page');
    const csv = await fetch(`${fixture}${await page.getByRole('link', { name: 'CSV' }).getAttribute('href')}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('TEST0001-2026-00003');
  });

  it('on the real site, lists the real policies and says 未编号 where no 索引号 is known', async () => {
    const page = await newPage();
    await page.goto(`${real}/disclosure/catalogue/policy/`);
    const cells = await page.getByRole('table').locator('tbody td:first-child').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c === '未编号' || /^\S+-\d{4}-\d+$/.test(c))).toBe(true);
  });
});

describe('意见征集', () => {
  const statusOf = async (path: string, clock?: Date, js = true) => {
    const page = await newPage({ javaScriptEnabled: js });
    if (clock) await page.clock.setFixedTime(clock);
    await page.goto(fixture + path);
    const banner = page.getByRole('status');
    return {
      badge: await banner.locator('[data-consultation-status]').textContent(),
      text: await banner.textContent(),
    };
  };

  it('is open with days left as of the build day, without JavaScript', async () => {
    const s = await statusOf('/consultations/test-draft-open/', undefined, false);
    expect(s.badge).toBe('征求意见中');
    expect(s.text).toContain('还可提交意见 16 天（含今天）。');
  });

  it('recomputes the status in the reader’s browser as the page ages', async () => {
    const closed = await statusOf('/consultations/test-draft-open/', new Date('2026-12-10T09:00:00+08:00'));
    expect(closed.badge).toBe('征求意见已结束');
    expect(closed.text).toContain('意见反馈尚未发布');
    const upcoming = await statusOf('/consultations/test-draft-upcoming/', BUILD_DAY);
    expect(upcoming.badge).toBe('尚未开始');
    expect(upcoming.text).toContain('4 天后开始征求意见。');
  });

  it('gives the channels, marking those taken from settings, and the draft as inert text', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/consultations/test-draft-open/`);
    const channels = page.locator('section', { has: page.getByRole('heading', { name: '提交意见的渠道' }) });
    await expect(channels.getByRole('link', { name: 'draft@example.com' }).count()).resolves.toBe(1);
    await expect(channels.textContent()).resolves.toContain('0635-0000000（本平台的公开联系方式）');
    // The 说明 is MDX: its 问答 and live figure render.
    await expect(page.getByRole('heading', { name: /怎样提交意见？/ }).count()).resolves.toBe(1);
    // The draft is plain Markdown: it renders as the policy text does, with its article headings.
    await expect(page.getByRole('heading', { name: '第二条' }).count()).resolves.toBe(1);
  });

  it('publishes the feedback: how many comments, what was adopted and why, and the adopted policy', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/consultations/test-draft-concluded/`);
    const feedback = page.getByRole('table', { name: '意见反馈' });
    await expect(feedback.getByRole('row', { name: /建议取消有效期/ }).textContent()).resolves.toContain('未采纳');
    await expect(page.locator('main').textContent()).resolves.toContain('征求意见期间共收到意见 5 条。');
    await page.getByRole('link', { name: '《测试特色产业集群管理办法（修订）》' }).last().click();
    expect(page.url()).toBe(`${fixture}/policies/test-new-measures/`);
  });

  it('states a shortened period and its reason', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/consultations/test-draft-short/`);
    await expect(page.getByRole('heading', { name: '征求意见期少于规定天数的理由' }).count()).resolves.toBe(1);
    await expect(page.locator('main').textContent()).resolves.toContain('共 10 天');
  });
});

describe('the bureau’s own writing in MDX', () => {
  it('a 政策解读 with 问答, a live figure, a 图解 with its text and a 新旧对比, linked both ways with its policy', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/policies/test-new-measures-interpretation/`);
    await expect(page.getByRole('heading', { level: 3, name: /修订后的办法从哪天起施行？/ }).count()).resolves.toBe(1);
    await expect(page.locator('[data-live-figure="clusters-municipal"]').textContent()).resolves.toBe(
      '3个（截至2026年11月24日）',
    );
    const img = page.getByRole('img', { name: '测试流程图：申报、推荐、评审、公示、公布五个步骤依次相连' });
    await expect(img.evaluate((i: HTMLImageElement) => i.naturalWidth)).resolves.toBeGreaterThan(0);
    await expect(
      page
        .getByRole('region', { name: /^新旧对比/ })
        .locator('ins')
        .count(),
    ).resolves.toBeGreaterThan(0);
    // 三同步: the 解读 came 26 days after its policy, and says so with both dates.
    await expect(page.locator('[data-interpretation-late]').textContent()).resolves.toBe(
      '本解读发布于2026年9月10日，比所解读的文件（发布于2026年8月15日）晚 26 天。',
    );
    await page.getByRole('link', { name: '《测试特色产业集群管理办法（修订）》' }).first().click();
    expect(page.url()).toBe(`${fixture}/policies/test-new-measures/`);
    await expect(
      page.getByRole('link', { name: '《测试特色产业集群管理办法（修订）》政策解读' }).first().getAttribute('href'),
    ).resolves.toBe('/policies/test-new-measures-interpretation/');
  });

  it('a guide page, listed in the 公开指南', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/disclosure/`);
    await page.getByRole('link', { name: '如何查阅本平台（测试数据）' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('如何查阅本平台（测试数据）');
    await expect(page.locator('[data-live-figure="clusters-provincial"]').textContent()).resolves.toContain('1个');
    await expect(page.getByRole('link', { name: '测试管理办法第十四条' }).getAttribute('href')).resolves.toBe(
      '/policies/test-measures/#第十四条',
    );
  });
});

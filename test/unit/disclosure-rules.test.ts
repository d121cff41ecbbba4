/**
 * The disclosure rules as pure functions, and the disclosure model built
 * from the fixture site as of 2026-11-24: live figures, 索引号, 三同步,
 * 意见征集 status, the 公开目录, the application form.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { checkMdx } from '../../src/content/mdx-check.ts';
import { mdxSearchHtml } from '../../src/markdown/mdx-text.ts';
import { buildModel } from '../../src/model/model.ts';
import { applicationFormDocx, applicationFormTable, sendToLines } from '../../src/outputs/application-form.ts';
import { consultationStatus } from '../../src/rules/consultation-status.ts';
import { checkIndexNumber, indexExample } from '../../src/rules/index-number.ts';
import { interpretationLag } from '../../src/rules/interpretation-lag.ts';
import { FIXTURE_SITE } from './fixture-site.ts';

const model = buildModel(loadContent(FIXTURE_SITE), '2026-11-24');
const { disclosure } = model;

describe('live figures', () => {
  it('count titles held today, a cluster holding two titles counting at both', () => {
    // Fixture: beta (市级+省级), gamma (review passed) and epsilon (due for review) hold titles on 2026-11-24.
    expect(disclosure.figures).toMatchObject({
      'clusters-municipal': 3,
      'clusters-provincial': 1,
      'clusters-national': 0,
      'clusters-recognized': 3,
      'notices-open': 1,
    });
  });

  it('follow the day: alpha still holds its title the day before it lapses', () => {
    const before = buildModel(loadContent(FIXTURE_SITE), '2026-11-23').disclosure.figures;
    expect(before['clusters-municipal']).toBe(disclosure.figures['clusters-municipal'] + 1);
  });
});

describe('索引号', () => {
  const rule = { prefix: 'TEST0001', digits: 5 };
  it('accepts prefix-year-sequence with the item year', () => {
    expect(checkIndexNumber('TEST0001-2026-00001', rule, 2026)).toEqual({ ok: true });
  });
  it('refuses another shape, a zero sequence and another year', () => {
    expect(checkIndexNumber('TEST0001-2026-1', rule, 2026)).toEqual({ ok: false, reason: 'shape' });
    expect(checkIndexNumber('TEST0001-2026-00000', rule, 2026)).toEqual({ ok: false, reason: 'shape' });
    expect(checkIndexNumber('OTHER-2026-00001', rule, 2026)).toEqual({ ok: false, reason: 'shape' });
    expect(checkIndexNumber('TEST0001-2025-00001', rule, 2026)).toEqual({ ok: false, reason: 'year', year: 2025 });
  });
  it('gives an example in the rule', () => {
    expect(indexExample({ prefix: '11371500', digits: 3 }, 2026)).toBe('11371500-2026-001');
  });
});

describe('三同步', () => {
  it('counts the smallest lag partial dates allow', () => {
    expect(interpretationLag('2026-08-15', '2026-09-10', 3)).toEqual({ days: 26, late: true });
    expect(interpretationLag('2026-08-15', '2026-08-18', 3)).toEqual({ days: 3, late: false });
    // Known only to the month: never late on a guess.
    expect(interpretationLag('2026-08', '2026-09-01', 3)).toEqual({ days: 1, late: false });
    expect(interpretationLag(undefined, '2026-09-01', 3)).toBeUndefined();
  });
  it('is in the model for each 解读 with both dates', () => {
    expect(disclosure.interpretationLags.get('test-new-measures-interpretation')).toEqual({
      days: 26,
      late: true,
      policyOn: '2026-08-15',
      on: '2026-09-10',
    });
  });
});

describe('意见征集 status, computed like a 公示', () => {
  const period = { from: '2026-11-10', to: '2026-12-09' };
  it('upcoming, open with days left, closed, concluded with feedback', () => {
    expect(consultationStatus(period, '2026-11-09')).toEqual({ code: 'upcoming', days: 1 });
    expect(consultationStatus(period, '2026-11-24')).toEqual({ code: 'open', days: 16 });
    expect(consultationStatus(period, '2026-12-09')).toEqual({ code: 'open', days: 1 });
    expect(consultationStatus(period, '2026-12-10')).toEqual({ code: 'closed' });
    expect(consultationStatus(period, '2026-12-20', '2026-12-20')).toEqual({ code: 'concluded' });
    expect(consultationStatus(period, '2026-12-19', '2026-12-20')).toEqual({ code: 'closed' });
  });
  it('each fixture call has its state and words as of 2026-11-24', () => {
    const states = Object.fromEntries(disclosure.consultations.map((k) => [k.id, [k.status.code, k.status.detail]]));
    expect(states).toEqual({
      'test-draft-open': ['open', '还可提交意见 16 天（含今天）。'],
      'test-draft-upcoming': ['upcoming', '4 天后开始征求意见。'],
      'test-draft-short': ['closed', '征求意见已结束，意见反馈尚未发布。'],
      'test-draft-concluded': ['concluded', '征求意见已结束，意见反馈已发布。'],
    });
  });
  it('takes channels from the call first, then from settings, saying which', () => {
    const open = disclosure.consultations.find((k) => k.id === 'test-draft-open')!;
    expect(open.channels).toEqual([
      { kind: 'email', value: 'draft@example.com', fromSettings: false },
      { kind: 'phone', value: '0635-0000000', fromSettings: true },
      { kind: 'address', value: '测试地址1号', fromSettings: true },
    ]);
  });
});

describe('公开目录', () => {
  it('lists every published item once, with 索引号 or 未编号', () => {
    const c = disclosure.catalogue;
    expect(new Set(c.map((i) => i.id)).size).toBe(c.length);
    const count = (cat: string) => c.filter((i) => i.category === cat).length;
    expect(count('policy') + count('interpretation')).toBe(model.policies.length);
    expect(count('interpretation')).toBe(2);
    expect(count('notice')).toBe(model.notices.length);
    expect(count('announcement')).toBe(model.announcements.length);
    expect(count('consultation')).toBe(4);
    expect(count('guide')).toBe(1);
    expect(count('data')).toBe(4);
    expect(c.find((i) => i.id === 'guide-test-how-to-read')).toMatchObject({
      indexNumber: 'TEST0001-2026-00002',
      date: '2026-11-01',
      path: '/guides/test-how-to-read/',
    });
    expect(c.find((i) => i.id === 'notice-test-2026-open')).toMatchObject({ indexNumber: '未编号' });
  });
  it('is newest first', () => {
    const dated = disclosure.catalogue.map((i) => i.date ?? '');
    expect(dated).toEqual([...dated].sort().reverse());
  });
});

describe('the application form (条例 第二十九条)', () => {
  const table = applicationFormTable();
  const headers = table.rows
    .flat()
    .filter((c) => c.header)
    .map((c) => c.text);
  it('asks for who applies, what information and in what form', () => {
    for (const field of [
      '姓名',
      '证件号码',
      '联系电话',
      '统一社会信用代码',
      '所需政府信息的名称',
      '文号',
      '获取途径（邮寄、电子邮件、当面领取、现场查阅，任选）',
      '申请人签名或者盖章',
      '申请日期',
    ])
      expect(headers.some((h) => h.startsWith(field))).toBe(true);
    // Every row has exactly one blank to fill in.
    for (const row of table.rows) expect(row.filter((c) => !c.header)).toHaveLength(1);
  });
  it('prints where to send it only from settings', () => {
    expect(sendToLines(undefined)).toEqual([]);
    expect(sendToLines({ name: '某办公室', email: 'a@example.com' })).toEqual([
      '名称：某办公室',
      '电子邮箱：a@example.com',
    ]);
  });
  it('is a Word document (a ZIP) that names the form', () => {
    const bytes = applicationFormDocx({ name: '测试办公室' });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });
});

describe('the MDX reader', () => {
  it('lists each component use with its literal attributes and lines after the front matter', () => {
    const { issues, uses } = checkMdx('# 标题\n\n<QA q="问？">答。</QA>\n', 6);
    expect(issues).toEqual([]);
    expect(uses).toEqual([{ line: 9, name: 'QA', attributes: { q: '问？' }, text: '答。' }]);
  });
  it('leaves escaped braces and plain Chinese punctuation alone', () => {
    expect(checkMdx('价格 \\{待定\\}，比例 < 5%。').issues).toEqual([]);
  });
});

describe('an MDX body for the search index', () => {
  it("keeps the words: headings, questions and answers, a 图解's caption and text alternative; not the live parts", () => {
    const html = mdxSearchHtml(
      '## 背景\n\n共 <LiveFigure name="clusters-municipal" /> 个。\n\n<QA q="何时施行？">\n  9月1日，见 <ArticleLink policy="x">原文</ArticleLink>。\n</QA>\n\n<Diagram src="a.png" alt="五个步骤" caption="流程" />\n\n<PolicyCompare policy="x" />\n',
    );
    expect(html).toBe('<h2>背景</h2><p>共  个。</p><h3>何时施行？</h3><p>9月1日，见 原文。</p><p>流程：五个步骤</p>');
  });
});

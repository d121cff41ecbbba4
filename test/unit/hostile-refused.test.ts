/**
 * The hostile cases validation refuses (test/fixtures/invalid/<case>, laid
 * over the valid fixture site): each is refused with its file, field or line,
 * and the fix, and nothing is published. The cases that validate and must
 * stay inert are in test/fixtures/hostile (test/e2e/hostile.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { checkContent } from '../../src/publishing/check.ts';
import { problemsOf, siteWith } from './fixture-site.ts';

const lines = (c: string) => problemsOf(c).map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('hostile content that validation refuses', () => {
  it('markup hidden from a source scan, a redirecting <meta>, a fake banner, a <dialog>', () => {
    expect(lines('body-hidden-markup')).toEqual([
      'content/policies/test-bad.md body: 正文第 4 行有不允许的 HTML 标签 <img>：正文只能用 Markdown 和表格等基本标签，请删除它',
      'content/policies/test-bad.md body: 正文第 7 行有不允许的 HTML 标签 <meta>：正文只能用 Markdown 和表格等基本标签，请删除它',
      'content/policies/test-bad.md body: 正文第 11 行的 <div> 带有不允许的属性 title：只能用 class、id、colspan、rowspan、scope、headers、lang，请删除它',
      'content/policies/test-bad.md body: 正文第 11 行的 <div> 用了网站自己的或未知的样式 class="banner banner--danger"：正文只能用 box、transmittal、signature、addressees、table-scroll、form-cover、form-table，请删除或改成其中之一',
      'content/policies/test-bad.md body: 正文第 13 行有不允许的 HTML 标签 <dialog>：正文只能用 Markdown 和表格等基本标签，请删除它',
      'content/policies/test-bad.md body: 正文第 13 行有不允许的 HTML 标签 <a>：正文只能用 Markdown 和表格等基本标签，请删除它',
    ]);
  });

  it('a bidi override in a body', () => {
    expect(lines('body-bidi')).toEqual([
      'content/policies/test-bad.md body: 正文第 4 行含有看不见的文字方向控制符 U+202E（常由复制粘贴带入），它会改变或隐藏文字的显示：请删除这一行里的该字符后重新输入',
    ]);
  });

  it('a javascript: site address', () => {
    // Written over the fixture's own settings at run time, so the case follows that file as it grows.
    const dir = siteWith();
    const settings = join(dir, 'settings.yaml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}\nsiteUrl: "javascript://example.gov.cn/%0Aalert(1)"\n`);
    const { content, problems } = validateContent(readContent(dir));
    expect(content).toBeUndefined();
    // Checks that need the settings may add their own problems while the settings are refused; this one comes first.
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)[0]).toEqual(
      expect.stringMatching(
        /^content\/settings\.yaml siteUrl: 「javascript:\/\/example\.gov\.cn\/%0Aalert\(1\)」协议「javascript:」不是 http 或 https：网站地址只能是/,
      ),
    );
  });

  it('an attachment that is another host', () => {
    expect(lines('attachment-protocol-relative')).toEqual([
      expect.stringMatching(
        /^content\/policies\/test-bad\.md attachments\.0\.file: 必须是以一个 \/ 开头、放在 public\/ 下的文件路径/,
      ),
    ]);
  });

  it('a date in the year 9999, a ten-year 公示期', () => {
    expect(lines('date-out-of-range')).toEqual([
      'content/announcements/test-bad.yaml date: 「9999-12-20」的年份不在 1949–2100 年之间：请核对年份（常见的是多打或少打了一位）',
    ]);
    expect(lines('notice-ten-years')).toEqual([
      'content/notices/test-2026-open.yaml period.to: 公示期 2026-11-20 至 2036-11-26 共 3660 天，超过上限 30 天：请核对结束日的年份和月份（上限在 settings.yaml 的 noticePeriodMaxDays）',
    ]);
  });

  it('a YAML alias bomb', () => {
    expect(lines('yaml-alias-bomb')).toEqual([
      'content/clusters/test-bad.yaml : YAML 别名（*名称）用了 63 次，超过上限 20 次：别名会成倍展开数据，请把内容直接写出来，不用 & 和 *',
    ]);
  });

  it('redirects that would rewrite the nginx configuration or interpolate request headers', () => {
    const { problems } = checkContent(siteWith('redirect-nginx-injection'), '2026-11-24');
    expect(problems.map((p) => `${p.field}: ${p.message.split('：')[0]}`)).toEqual([
      '/clusters/test-alpha/#;}types{text/html: 旧网址必须是以 / 开头、以 / 结尾的本站页面地址，例如 /clusters/old-id/，只用字母、数字和 - . _ ~（不能有 #、?、%、引号、$ 或空格）',
      '/clusters/test-moved/: 新网址必须是以 / 开头的本站地址（例如 /clusters/new-id/ 或 /policies/x/#第十三条）或以 https:// 开头的完整网址，不能有空格、引号、$、; 或花括号',
      '/_astro/: 「/_astro/」属于网站程序自己生成的目录（/_astro/、/pagefind/ 或政策的 history/），不能设转址',
    ]);
  });
});

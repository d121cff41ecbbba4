import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/content/checks/body.ts';
import { renderPolicyBody } from '../../src/markdown/processor.ts';
import { sanitizeBodyHtml } from '../../src/markdown/sanitize.ts';

/** Bodies that hid markup from the old source scan (regular expressions over the Markdown). */
const BYPASSES: Record<string, string> = {
  'backslash-escaped backticks': '正文。\n\n\\`<img src=x onerror=alert(1)>\\`\n',
  'a fence inside HTML comments':
    '<!-- ``` -->\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<!-- ``` -->\n',
  '> inside a quoted attribute': '<div title="a>b" onclick="alert(1)">文字</div>\n',
  'a dialog with an off-site link': '<dialog open><a href="https://evil.example/">请点此下载</a></dialog>\n',
  'style and the site banner classes':
    '<div class="banner banner--danger" style="color:red"><p class="banner__title">已废止</p></div>\n',
};

describe('the rendered body is sanitised, whatever the source check says', () => {
  it.each(Object.entries(BYPASSES))('%s: no active or disguising markup reaches the page', async (_, body) => {
    const html = await renderPolicyBody(body);
    expect(html).not.toMatch(/<(script|meta|dialog|iframe|style)\b/i);
    expect(html).not.toMatch(/\s(on\w+|style)=/i);
    expect(html).not.toMatch(/banner/);
    expect(html).not.toMatch(/evil\.example.*refresh|http-equiv/);
  });

  it('the same bodies are refused by validation, with the line', () => {
    for (const [name, body] of Object.entries(BYPASSES)) {
      const problems = bodyProblems('content/policies/x.md', body);
      expect(problems.length, name).toBeGreaterThan(0);
      expect(problems[0].message, name).toMatch(/^正文第 \d+ 行/);
    }
    expect(bodyProblems('x.md', BYPASSES['backslash-escaped backticks'])[0].message).toBe(
      '正文第 3 行有不允许的 HTML 标签 <img>：正文只能用 Markdown 和表格等基本标签，请删除它',
    );
    expect(bodyProblems('x.md', BYPASSES['a fence inside HTML comments'])[0].message).toMatch(
      /^正文第 2 行有不允许的 HTML 标签 <meta>/,
    );
    expect(bodyProblems('x.md', BYPASSES['style and the site banner classes']).map((p) => p.message)).toEqual([
      '正文第 1 行的 <div> 用了网站自己的或未知的样式 class="banner banner--danger"：正文只能用 box、transmittal、signature、addressees、table-scroll、form-cover、form-table，请删除或改成其中之一',
      '正文第 1 行的 <div> 带有不允许的属性 style：只能用 class、id、colspan、rowspan、scope、headers、lang，请删除它',
      '正文第 1 行的 <p> 用了网站自己的或未知的样式 class="banner__title"：正文只能用 box、transmittal、signature、addressees、table-scroll、form-cover、form-table，请删除或改成其中之一',
    ]);
  });

  it('keeps what official documents need: anchors, tables with spans, lists, document classes, safe links', async () => {
    const html = await renderPolicyBody(
      '## 第一章　总则\n\n<div class="box">\n\n说明\n\n</div>\n\n<table id="附表"><tr><th scope="col" colspan="2">项目</th></tr><tr><td rowspan="2">a</td><td>b</td></tr></table>\n\n1. 一\n2. 二\n\n[网站](https://www.example.gov.cn/) [本站](/policies/x/) [邮件](mailto:a@example.cn)\n',
    );
    expect(html).toContain('<h2 id="第一章">');
    expect(html).toContain('<div class="box">');
    expect(html).toMatch(/<table id="附表">/);
    expect(html).toMatch(/<th scope="col" colspan="2"[^>]*>项目<\/th>/);
    expect(html).toContain('rowspan="2"');
    expect(html).toContain('<ol>');
    expect(html).toContain('href="https://www.example.gov.cn/"');
    expect(html).toContain('href="/policies/x/"');
    expect(html).toContain('href="mailto:a@example.cn"');
  });

  it('drops unsafe schemes, ids and classes that raw HTML smuggles past the renderer', () => {
    const out = sanitizeBodyHtml(
      '<p><a href="javascript:alert(1)">a</a><a href="JaVa&#x73;cript:alert(2)">b</a><img src="data:image/svg+xml,x"></p><span id="main" class="page-tools">c</span><svg><script>x</script></svg><form action="https://evil.example/"><input name="pw"></form>',
    );
    expect(out).toBe('<p><a>a</a><a>b</a><img></p><span>c</span>');
  });
});

describe('invisible characters in a body are refused as in fields', () => {
  it.each([
    ['U+202E right-to-left override', '有效期至 \u202E9102\u202C 年', '文字方向控制符 U+202E'],
    ['U+200B zero-width space', '第\u200B一条', '零宽字符 U+200B'],
    ['U+0007 bell', '正文\u0007', '控制字符 U+0007'],
  ])('%s', (_, line, kind) => {
    expect(bodyProblems('x.md', `正文。\n\n${line}\n`)).toEqual([
      {
        file: 'x.md',
        field: 'body',
        message: `正文第 3 行含有看不见的${kind}（常由复制粘贴带入），它会改变或隐藏文字的显示：请删除这一行里的该字符后重新输入`,
      },
    ]);
  });
});

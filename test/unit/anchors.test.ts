import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { anchorFor, newAnchorContext, policyAnchorsPlugin } from '../../src/markdown/anchors.ts';

/** Anchors for a sequence of blocks: [text, isHeading]. */
function anchors(blocks: [string, boolean][]): (string | undefined)[] {
  const ctx = newAnchorContext();
  return blocks.map(([text, heading]) => anchorFor(text, ctx, heading));
}

describe('article anchors come from the document numbering', () => {
  it('chapters, articles and items within articles (管理办法)', () => {
    expect(
      anchors([
        ['第二章　申报条件', true],
        ['第四条', true],
        ['特色产业集群申报需同时满足以下基本条件：', false],
        ['（一）产业特色明显。', false],
        ['(二) 产业规模和经济效益突出。', false],
        ['第十三条', true],
      ]),
    ).toEqual(['第二章', '第四条', undefined, '第四条-一', '第四条-二', '第十三条']);
  });

  it('sections are numbered within their chapter (实施规划)', () => {
    expect(
      anchors([
        ['第一章　发展基础', true],
        ['第一节　发展现状', true],
        ['第二章　总体要求', true],
        ['第一节　指导思想', true],
      ]),
    ).toEqual(['第一章', '第一章第一节', '第二章', '第二章第一节']);
  });

  it('parts, items and numbered points nest (方案, 意见)', () => {
    expect(
      anchors([
        ['二、重点任务', true],
        ['（一）提升集群科技水平，打造一流创新体系。', true],
        ['1.完善集群协同创新网络。实施……', false],
        ['2.建设高水平创新载体。', false],
        ['（二）优化集群产业结构', true],
        ['1.推动集群高端化发展。', false],
      ]),
    ).toEqual(['二', '二-一', '二-一-1', '二-一-2', '二-二', '二-二-1']);
  });

  it('boxes keep their own number; other headings use their words; repeats get a suffix', () => {
    expect(
      anchors([
        ['专栏1　新材料产业集群重点项目', true],
        ['附件　申请表', true],
        ['附件　申请表', true],
        ['普通段落', false],
      ]),
    ).toEqual(['专栏1', '附件申请表', '附件申请表-2', undefined]);
  });

  it('do not depend on the wording, so a corrected text keeps its anchors', () => {
    expect(
      anchors([
        ['第十三条', true],
        ['（一）旧的文字', false],
      ]),
    ).toEqual(
      anchors([
        ['第十三条', true],
        ['（一）改正后的文字', false],
      ]),
    );
  });
});

describe('the Markdown plugin', () => {
  it('writes the anchors into headings, numbered paragraphs and list items', async () => {
    const md =
      '## 第一章　总则\n\n### 第六条\n\n申报材料：\n\n- （一）申请表；\n- （二）简介；\n\n（一）不是列表的项。\n';
    const { html } = await markdownToHtml(md, {
      hastPlugins: [policyAnchorsPlugin],
      features: { smartPunctuation: false },
    });
    expect(html).toContain('<h2 id="第一章">第一章　总则</h2>');
    expect(html).toContain('<h3 id="第六条">第六条</h3>');
    expect(html).toContain('<li id="第六条-一" class="numbered">（一）申请表；</li>');
    expect(html).toContain('<p>申报材料：</p>');
  });
});

describe('ordered lists', () => {
  it('number their items from the list start, as printed, within the enclosing item', async () => {
    const md =
      '## 四、产业升级\n\n### （一）做大做强牵头产业\n\n1. 有色金属产业。\n2. 绿色化工产业。\n\n3. 新一代信息技术产业。\n';
    const { html } = await markdownToHtml(md, {
      hastPlugins: [policyAnchorsPlugin],
      features: { smartPunctuation: false },
    });
    expect(html).toMatch(/<li id="四-一-1" class="numbered">\s*<p>有色金属产业。<\/p>/);
    expect(html).toMatch(/<li id="四-一-2" class="numbered">\s*<p>绿色化工产业。<\/p>/);
    expect(html).toMatch(/<li id="四-一-3" class="numbered">\s*<p>新一代信息技术产业。<\/p>/);
    expect(html).toContain('<h3 id="四-一">');
  });
});

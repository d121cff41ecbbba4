import { describe, expect, it } from 'vitest';
import { importText } from '../../scripts/import-policy.ts';

describe('the plain-text importer', () => {
  it('removes bookmark markers and typesetting spaces in headings', () => {
    const out = importText(
      '[bookmark: _Toc1][bookmark: _Toc2]第一章  发展基础\n[bookmark: _Toc3]第一节  发展现状\n正文。\n',
    );
    expect(out).toBe('## 第一章　发展基础\n\n### 第一节　发展现状\n\n正文。\n');
  });

  it('rejoins a sentence cut by a page break', () => {
    const out = importText(
      '（五）工业互联网应用深入。产业集群龙头企业在生产制造、营销\n\n推广、企业管理等领域积极应用。\n',
    );
    expect(out).toBe('（五）工业互联网应用深入。产业集群龙头企业在生产制造、营销推广、企业管理等领域积极应用。\n');
  });

  it('makes articles headings and keeps their text as a paragraph', () => {
    expect(importText('第一章 总 则\n\n第一条 为贯彻……，制定本办法。\n')).toBe(
      '## 第一章　总则\n\n### 第一条\n\n为贯彻……，制定本办法。\n',
    );
  });

  it('drops an unmatched ** and keeps a matched pair as bold', () => {
    expect(importText('依托**新能源汽车产业**攻关，**年经济效益。\n')).toBe(
      '依托**新能源汽车产业**攻关，年经济效益。\n',
    );
  });

  it('turns a flattened table into an HTML table with a caption, header row and group rows', () => {
    const text =
      '主要目标表\n\t指    标\n\t单位\n\t2017年\n\n\t（一）质量效益类\n\n\t1、新经济占比\n\t%\n\t27.1\n\n\t2、全员劳动生产率\n\t万元\n\n';
    expect(importText(text)).toBe(
      [
        '<table>',
        '<caption>主要目标表</caption>',
        '<thead>',
        '<tr><th scope="col">指标</th><th scope="col">单位</th><th scope="col">2017年</th></tr>',
        '</thead>',
        '<tbody>',
        '<tr><th colspan="3" scope="rowgroup">（一）质量效益类</th></tr>',
        '<tr><th scope="row">1、新经济占比</th><td>%</td><td>27.1</td></tr>',
        '<tr><th scope="row">2、全员劳动生产率</th><td colspan="2">万元</td></tr>',
        '</tbody>',
        '</table>',
        '',
      ].join('\n'),
    );
  });

  it('keeps a 专栏 as a boxed section with its title', () => {
    expect(importText('\t专栏1  新材料产业集群重点项目\n鲁西化工项目。\n')).toBe(
      '<div class="box">\n\n#### 专栏1　新材料产业集群重点项目\n\n鲁西化工项目。\n\n</div>\n',
    );
  });
});

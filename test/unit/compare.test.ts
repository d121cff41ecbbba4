import { describe, expect, it } from 'vitest';
import { blocksOf, compareVersions } from '../../src/history/compare.ts';

const v1 = `---
title: 测试办法
docNumber: 测发〔2021〕1号
effectiveUntil: 2026-08-31
---

## 第一章　总则

### 第一条

为测试，制定本办法。

### 第二条

测试条件如下：

（一）第一项。

（二）第二项旧文字。

### 第三条

本条将被删除。
`;

const v2 = `---
title: 测试办法
docNumber: 测发〔2021〕1号
effectiveUntil: 2027-08-31
---

## 第一章　总则

### 第一条

为测试，制定本办法。

### 第二条

测试条件如下：

（一）第一项。

（二）第二项新文字。

（三）新增的一项。
`;

describe('comparing two versions of a policy', () => {
  const c = compareVersions(v1, v2);

  it('names the metadata fields that changed, with before and after', () => {
    expect(c.fields).toEqual([
      { field: 'effectiveUntil', label: '有效期至', before: '2026-08-31', after: '2027-08-31' },
    ]);
  });

  it('places each changed paragraph under its article and marks the changed characters', () => {
    const changed = c.blocks.filter((b) => b.kind !== 'same');
    expect(changed.map((b) => [b.kind, b.unit])).toEqual([
      ['changed', '第二条第（二）项'],
      ['removed', '第三条'],
      ['removed', '第三条'],
      ['added', '第二条第（三）项'],
    ]);
    expect(changed[0].pieces).toEqual([
      { kind: 'same', text: '（二）第二项' },
      { kind: 'removed', text: '旧' },
      { kind: 'added', text: '新' },
      { kind: 'same', text: '文字。' },
    ]);
  });

  it('summarises the change for a version list', () => {
    expect(c.summary).toEqual(['有效期至', '第二条第（二）项', '第三条', '第二条第（三）项']);
  });

  it('finds nothing between identical versions', () => {
    expect(compareVersions(v1, v1).summary).toEqual([]);
  });
});

describe('splitting a body into paragraphs', () => {
  it('strips Markdown and HTML and splits lists into items', () => {
    expect(
      blocksOf(
        '## 第一章　总则\n\n- （一）甲；\n- （二）乙\n  续行；\n\n<div class="x">\n\n<table><tr><th>名称</th><td>值</td></tr></table>',
      ),
    ).toEqual(['第一章　总则', '（一）甲；', '（二）乙 续行；', '名称 值']);
  });
});

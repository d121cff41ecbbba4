import { describe, expect, it } from 'vitest';
import { anchorOf, anchorParts, isSectionAnchor, numberedStart, unitMarker } from '../../src/rules/numbering.ts';

describe('the numbering a line starts', () => {
  it('finds each kind of unit and its number, and the text after it', () => {
    expect(numberedStart('第二章　申报条件')).toEqual({ kind: 'chapter', number: '二', rest: '申报条件' });
    expect(numberedStart('第一节 发展现状')).toEqual({ kind: 'section', number: '一', rest: '发展现状' });
    expect(numberedStart('第十三条　特色产业集群称号有效期为五年。')).toEqual({
      kind: 'article',
      number: '十三',
      rest: '特色产业集群称号有效期为五年。',
    });
    expect(numberedStart('三、保障措施')).toEqual({ kind: 'part', number: '三', rest: '保障措施' });
    expect(numberedStart('（一）产业特色明显。')).toEqual({ kind: 'item', number: '一', rest: '产业特色明显。' });
    expect(numberedStart('(二) 产业规模')).toEqual({ kind: 'item', number: '二', rest: '产业规模' });
    expect(numberedStart('2．建设创新载体')).toEqual({ kind: 'point', number: '2', rest: '建设创新载体' });
    expect(numberedStart('专栏 3　重点项目')).toEqual({ kind: 'box', number: '3', rest: '重点项目' });
  });

  it('finds none in running text, in a decimal or in a number too long to be a point', () => {
    expect(numberedStart('特色产业集群申报需同时满足以下基本条件：')).toBeUndefined();
    expect(numberedStart('1.5亿元')).toBeUndefined();
    expect(numberedStart('2025年目标')).toBeUndefined();
    expect(numberedStart('第A条')).toBeUndefined();
  });

  it('writes each unit’s number as documents do', () => {
    expect(unitMarker('article', '四')).toBe('第四条');
    expect(unitMarker('chapter', '二')).toBe('第二章');
    expect(unitMarker('section', '一')).toBe('第一节');
    expect(unitMarker('item', '一')).toBe('（一）');
    expect(unitMarker('part', '三')).toBe('三、');
    expect(unitMarker('box', '1')).toBe('专栏1');
    expect(unitMarker('point', '1')).toBe('1.');
  });
});

describe('anchors', () => {
  it('are built from the numbers, items within their enclosing unit', () => {
    expect(anchorOf.section('一', anchorOf.chapter('二'))).toBe('第二章第一节');
    expect(anchorOf.section('一')).toBe('第一节');
    expect(anchorOf.within('一', anchorOf.article('十四'))).toBe('第十四条-一');
    expect(anchorOf.within('1', anchorOf.within('一', anchorOf.part('三')))).toBe('三-一-1');
    expect(anchorOf.within('一')).toBe('一');
    expect(anchorOf.box('1')).toBe('专栏1');
  });

  it('are read back into the article or part, item and point they name', () => {
    expect(anchorParts('第四条-二-1')).toEqual({ article: '四', item: '二', point: '1' });
    expect(anchorParts('第十三条')).toEqual({ article: '十三', item: undefined, point: undefined });
    expect(anchorParts('五-三')).toEqual({ part: '五', item: '三', point: undefined });
    expect(anchorParts('三-2')).toEqual({ part: '三', item: undefined, point: '2' });
    expect(anchorParts('第二章第一节')).toBeUndefined();
    expect(anchorParts('专栏1')).toBeUndefined();
    expect(anchorParts('附件申请表')).toBeUndefined();
  });

  it('tell a section within its chapter from other headings', () => {
    expect(isSectionAnchor('第二章第一节')).toBe(true);
    expect(isSectionAnchor('第二章')).toBe(false);
    expect(isSectionAnchor('第一节')).toBe(false);
  });
});

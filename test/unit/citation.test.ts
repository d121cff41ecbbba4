import { describe, expect, it } from 'vitest';
import { citationText, unitLabel } from '../../src/rules/citation.ts';

describe('the label of a cited unit', () => {
  it('follows 条、项、目 for articles', () => {
    expect(unitLabel('第十三条')).toBe('第十三条');
    expect(unitLabel('第四条-二')).toBe('第四条第（二）项');
    expect(unitLabel('第四条-二-1')).toBe('第四条第（二）项第1目');
    expect(unitLabel('第五章第一节')).toBe('第五章第一节');
  });

  it('names parts and items of plans the way the text numbers them', () => {
    expect(unitLabel('五-三')).toBe('五（三）');
    expect(unitLabel('三-一-2')).toBe('三（一）2');
    expect(unitLabel('专栏3')).toBe('专栏3');
  });

  it('prefers a heading’s own words', () => {
    expect(unitLabel('第一章', '第一章　总则')).toBe('第一章 总则');
    expect(unitLabel('三', '三、主要任务')).toBe('三、主要任务');
  });
});

describe('the citation text', () => {
  const base = {
    issuer: ['聊城市工业和信息化局'],
    title: '聊城市特色产业集群管理办法（试行）',
    docNumber: '聊工信发〔2021〕97号',
    url: 'https://example.gov.cn/policies/cluster-management-measures-2021/#%E7%AC%AC%E5%8D%81%E4%B8%89%E6%9D%A1',
    accessed: '2026-11-24',
  };

  it('has issuer, title, number, article, a readable URL and the accessed date', () => {
    expect(citationText({ ...base, unit: '第十三条' })).toBe(
      '聊城市工业和信息化局《聊城市特色产业集群管理办法（试行）》（聊工信发〔2021〕97号）第十三条，https://example.gov.cn/policies/cluster-management-measures-2021/#第十三条，访问日期：2026年11月24日。',
    );
  });

  it('leaves out what the document does not have', () => {
    expect(
      citationText({
        title: '聊城市特色产业集群转型升级工作方案（2023-2025年）',
        url: 'https://example.gov.cn/p/',
        accessed: '2026-12-01',
      }),
    ).toBe(
      '《聊城市特色产业集群转型升级工作方案（2023-2025年）》，https://example.gov.cn/p/，访问日期：2026年12月1日。',
    );
  });
});

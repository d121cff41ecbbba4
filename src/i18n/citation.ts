/**
 * How a citation names a unit of a document and how the line a reader
 * copies reads (src/rules/citation.ts builds them from an anchor). Loaded in
 * the reader's browser by the copy buttons of a policy page.
 */
import { formatDate } from './dates.ts';

export const citeText = {
  /** 第四条-二-1 → 第四条第（二）项第1目: items （一） are 项 and numbered points 1. are 目 (the article as unitMarker writes it). */
  articleItem: (article: string, item: string, point?: string) =>
    `${article}第（${item}）项${point ? `第${point}目` : ''}`,
  /**
   * 聊城市工业和信息化局《聊城市特色产业集群管理办法（试行）》（聊工信发〔2021〕97号）第十三条，
   * https://…/policies/…/#第十三条，访问日期：2026年11月24日。
   */
  line: (c: {
    issuer: readonly string[];
    title: string;
    docNumber?: string;
    unit: string;
    url: string;
    /** The reader's day, YYYY-MM-DD. */
    accessed: string;
  }) =>
    `${c.issuer.join('、')}《${c.title}》${c.docNumber ? `（${c.docNumber}）` : ''}${c.unit}，${c.url}，访问日期：${formatDate(c.accessed)}。`,
} as const;

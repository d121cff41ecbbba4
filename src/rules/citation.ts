/**
 * Citations of a policy document or one of its articles, as media and
 * readers copy them. Pure and browser-safe: the copy buttons on a policy page
 * run this in the reader's browser with the reader's own date. The words of a
 * citation are in src/i18n/citation.ts.
 */
import { citeText } from '../i18n/citation.ts';
import type { CalendarDate } from './dates.ts';
import { anchorParts, unitMarker } from './numbering.ts';

/**
 * How a unit is named in a citation, from its anchor (numbering.ts).
 * Chinese legal citation names 条 → 款 → 项 → 目: items （一） are 项 and
 * numbered points 1. are 目. Headed parts of a plan keep their heading's words.
 *
 *   第十三条        → 第十三条
 *   第四条-二       → 第四条第（二）项
 *   第四条-二-1     → 第四条第（二）项第1目
 *   第五章第一节    → 第五章第一节
 *   五-三           → 五（三）          (a plan's part 五, item （三）)
 *   三-一-2         → 三（一）2
 */
export function unitLabel(id: string, headingText?: string): string {
  const heading = headingText?.replace(/\s+/g, ' ').trim();
  if (heading) return heading;
  const unit = anchorParts(id);
  if (unit?.article && unit.item)
    return citeText.articleItem(unitMarker('article', unit.article), unit.item, unit.point);
  if (unit?.part && unit.item) return `${unit.part}（${unit.item}）${unit.point ?? ''}`;
  if (unit?.part && unit.point) return `${unitMarker('part', unit.part)}${unit.point}`;
  // Anything else (a chapter, a section, a box) is named as its anchor, without a repeat's -2.
  return id.replace(/-(\d+)$/, '');
}

export interface CitationInput {
  /** 发文机关 (one or more), when known. */
  issuer?: readonly string[];
  title: string;
  /** 发文字号, when the document has one. */
  docNumber?: string;
  /** The article cited (from unitLabel), or none for the whole document. */
  unit?: string;
  /** The page address, with the article's anchor. */
  url: string;
  /** The reader's day, in Asia/Shanghai. */
  accessed: CalendarDate;
}

/**
 * One line a reader can paste into an article or a footnote:
 * 聊城市工业和信息化局《聊城市特色产业集群管理办法（试行）》（聊工信发〔2021〕97号）第十三条，
 * https://…/policies/…/#第十三条，访问日期：2026年11月24日。
 */
export function citationText(c: CitationInput): string {
  return citeText.line({
    issuer: c.issuer ?? [],
    title: c.title,
    docNumber: c.docNumber,
    unit: c.unit ?? '',
    url: readableUrl(c.url),
    accessed: c.accessed,
  });
}

/** A URL with its Chinese anchor shown as characters, not %-escapes, for people to read. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

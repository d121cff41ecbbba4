/**
 * The numbering grammar of Chinese official documents, in one place: how a
 * line of text starts a numbered unit, and the anchor that unit gets.
 *
 *   unit      text starts with   anchor
 *   chapter   第二章              第二章
 *   section   第一节              第二章第一节  (within its chapter)
 *   article   第十三条            第十三条
 *   part      三、                三
 *   item      （一） or (一)       三-一, 第四条-一  (within its article, part, section or chapter)
 *   point     1. 1． 1、          三-一-1  (within its item, else as an item)
 *   box       专栏1               专栏1
 *
 * The markdown plugin (src/markdown/anchors.ts) anchors a policy body with
 * it, the importer (scripts/import-policy.ts) finds headings with it, and
 * citations (citation.ts) and the table of contents read anchors back with it.
 * Pure and browser-safe.
 */

// Every pattern below writes a number of Chinese numbering as [一二三四五六七八九十百零〇]+ (一 … 十, 百, 零 / 〇),
// as regular expression literals, so a browser bundle that uses one function of this module drops the others.

export type UnitKind = 'chapter' | 'section' | 'article' | 'box' | 'part' | 'item' | 'point';

/** How each unit is written at the start of a line; the number is the first group. */
const STARTS: readonly [UnitKind, RegExp][] = [
  ['chapter', /^第([一二三四五六七八九十百零〇]+)章/],
  ['section', /^第([一二三四五六七八九十百零〇]+)节/],
  ['article', /^第([一二三四五六七八九十百零〇]+)条/],
  ['box', /^专栏\s*(\d+)/],
  ['part', /^([一二三四五六七八九十百零〇]+)、/],
  ['item', /^[（(]([一二三四五六七八九十百零〇]+)[）)]/],
  // Not 1.5 (a number), so a sentence starting with a decimal is not a point.
  ['point', /^(\d{1,3})[.．、](?!\d)/],
];

export interface NumberedStart {
  kind: UnitKind;
  /** The unit's number as written: 十三 for 第十三条, 1 for 专栏1 or 1. */
  number: string;
  /** The text after the number, without the spaces that follow it. */
  rest: string;
}

/** The numbered unit a line of text starts, or undefined when it starts none. The forms cannot overlap. */
export function numberedStart(text: string): NumberedStart | undefined {
  for (const [kind, pattern] of STARTS) {
    const m = pattern.exec(text);
    if (m) return { kind, number: m[1], rest: text.slice(m[0].length).replace(/^\s+/, '') };
  }
  return undefined;
}

/** How a unit's number is written in running text and headings: 第十三条, 三、, （一）, 专栏1. */
export function unitMarker(kind: UnitKind, number: string): string {
  switch (kind) {
    case 'chapter':
      return `第${number}章`;
    case 'section':
      return `第${number}节`;
    case 'article':
      return `第${number}条`;
    case 'box':
      return `专栏${number}`;
    case 'part':
      return `${number}、`;
    case 'item':
      return `（${number}）`;
    case 'point':
      return `${number}.`;
  }
}

/** Anchors of units, as built from their numbers. */
export const anchorOf = {
  chapter: (number: string) => `第${number}章`,
  /** A section's anchor names its chapter, since each chapter counts its sections from 一. */
  section: (number: string, chapter?: string) => `${chapter ?? ''}第${number}节`,
  article: (number: string) => `第${number}条`,
  box: (number: string) => `专栏${number}`,
  part: (number: string) => number,
  /** An item or point within the unit that encloses it (第四条-二, 三-一-1), or alone when nothing does. */
  within: (number: string, outer?: string) => (outer ? `${outer}-${number}` : number),
};

/** What an anchor says about the unit, read back from it: article and part numbers, item and point. */
export interface AnchorParts {
  article?: string;
  part?: string;
  item?: string;
  point?: string;
}

const ARTICLE_ANCHOR = /^第([一二三四五六七八九十百零〇]+)条(?:-([一二三四五六七八九十百零〇]+))?(?:-(\d+))?$/;
const PART_ANCHOR = /^([一二三四五六七八九十百零〇]+)(?:-([一二三四五六七八九十百零〇]+))?(?:-(\d+))?$/;
const SECTION_ANCHOR = /^第[一二三四五六七八九十百零〇]+章第[一二三四五六七八九十百零〇]+节$/;

/**
 * The article or part an anchor points into, with its item and point
 * (第四条-二-1 → 四, 二, 1; 三-一 → 三, 一); undefined for other anchors
 * (chapters, sections, boxes, headings' words).
 */
export function anchorParts(anchor: string): AnchorParts | undefined {
  const a = ARTICLE_ANCHOR.exec(anchor);
  if (a) return { article: a[1], item: a[2], point: a[3] };
  const p = PART_ANCHOR.exec(anchor);
  if (p) return { part: p[1], item: p[2], point: p[3] };
  return undefined;
}

/** True for the anchor of a section within its chapter (第二章第一节). */
export function isSectionAnchor(anchor: string): boolean {
  return SECTION_ANCHOR.test(anchor);
}

/**
 * Sub-results: the headed parts of a page (章, 节, 条, 专栏 … with the
 * anchors the numbering grammar gives them, src/rules/numbering.ts) that hold
 * what a reader searched for, so a result for a policy links straight to the
 * article (/policies/…/#第十三条). Computed in the browser from what
 * Pagefind stores for the page: its text and its anchors (the elements with
 * an id, with their text, in document order). Pure and browser-safe.
 */
import { cleanContent, excerpt, indexed, type Segment } from './excerpt.ts';
import { matchForm } from './text.ts';

/** An element with an id, as Pagefind records it. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location?: number;
}

export interface SubResult {
  /** The anchor id (the fragment of the link). */
  id: string;
  /** The heading, with its chapter before it when it is a 节 or 条 under one (第一章 发展基础 › 第一节 发展现状). */
  title: string;
  /** Where the needles are, around the first. */
  excerpt: Segment[];
  /** How many of the needles' occurrences (or, for words, how many different words) the part holds. */
  weight: number;
}

const HEADING = /^h[2-6]$/;

/** Most sub-results shown under one result. */
export const MAX_SUB_RESULTS = 3;

/**
 * The parts of the page that hold the needles, best first: most occurrences
 * (with `allWords`, most different needles, each needle being one word),
 * then document order. A part runs from its heading to the next heading.
 */
export function subResults(
  content: string,
  anchors: readonly PageAnchor[],
  needles: readonly string[],
  allWords = false,
): SubResult[] {
  const text = cleanContent(content);
  const { form, at } = indexed(text);
  // Each heading's place in the text: headings come in document order, so each is looked for after the one before.
  const headings: { anchor: PageAnchor; start: number; title: string }[] = [];
  const stack: { level: number; text: string }[] = [];
  let from = 0;
  for (const anchor of anchors) {
    if (!HEADING.test(anchor.element) || !anchor.id) continue;
    const level = Number(anchor.element[1]);
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
    const label = anchor.text.replace(/\s+/g, ' ').trim();
    const title = [...stack.map((s) => s.text), label].join(' › ');
    stack.push({ level, text: label });
    const needle = matchForm(anchor.text);
    const k = needle ? form.indexOf(needle, from) : -1;
    if (k < 0) continue;
    headings.push({ anchor, start: k, title });
    from = k + needle.length;
  }
  if (headings.length === 0) return [];
  const partOf = (k: number) => {
    let i = -1;
    while (i + 1 < headings.length && headings[i + 1].start <= k) i++;
    return i;
  };
  const counts = new Map<number, Map<string, number>>();
  for (const needle of needles) {
    if (!needle) continue;
    for (let k = form.indexOf(needle); k >= 0; k = form.indexOf(needle, k + needle.length)) {
      const i = partOf(k);
      if (i < 0) continue;
      const byNeedle = counts.get(i) ?? new Map<string, number>();
      byNeedle.set(needle, (byNeedle.get(needle) ?? 0) + 1);
      counts.set(i, byNeedle);
    }
  }
  const scored = [...counts].map(([i, byNeedle]) => ({
    i,
    weight: allWords ? byNeedle.size : [...byNeedle.values()].reduce((a, b) => a + b, 0),
  }));
  // For words, a part that holds every word beats one that holds more occurrences of fewer.
  scored.sort((a, b) => b.weight - a.weight || a.i - b.i);
  return scored.slice(0, MAX_SUB_RESULTS).map(({ i, weight }) => {
    const h = headings[i];
    const startChar = at[h.start] ?? 0;
    const next = headings[i + 1];
    const endChar = next ? (at[next.start] ?? text.length) : text.length;
    return {
      id: h.anchor.id,
      title: h.title,
      excerpt: excerpt(text.slice(startChar, endChar), needles, 70),
      weight,
    };
  });
}

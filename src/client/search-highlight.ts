/**
 * Marks on a page what a search found there (issue 16): a result links to
 * /policies/…/?hl=有效期为5年#第十三条 (src/search/highlight-url.ts), and
 * this script wraps each occurrence in the page's main content in <mark>,
 * matching as the search does (folded, punctuation ignored, see
 * findRanges), and says above the content how many it marked. DOM nodes only:
 * nothing is parsed as HTML, and no inline script or style (the site's CSP).
 * Loaded by src/components/SearchHighlight.astro only when the URL has hl.
 */
import { findRanges } from '../search/excerpt.ts';
import { highlightWords } from '../search/highlight-url.ts';

/** Elements whose text is not the document's (scripts, form fields, the site's own chrome). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'MARK', 'NOSCRIPT']);

/** Wraps every match of `words` in the text nodes under `root`; returns the marks in document order. */
export function markWords(root: HTMLElement, words: readonly string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement)
        if (SKIP.has(el.tagName) || el.hasAttribute('data-search-highlight-skip')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    // Whole words only: on the page itself, pieces of a phrase (有效期 of 有效期为5年) elsewhere would mislead.
    const ranges = findRanges(text, words, false);
    if (ranges.length === 0) continue;
    const parts: Node[] = [];
    let pos = 0;
    for (const [a, b] of ranges) {
      if (a > pos) parts.push(document.createTextNode(text.slice(pos, a)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(a, b);
      parts.push(mark);
      marks.push(mark);
      pos = b;
    }
    if (pos < text.length) parts.push(document.createTextNode(text.slice(pos)));
    node.replaceWith(...parts);
  }
  return marks;
}

const note = document.querySelector<HTMLElement>('[data-search-highlight]');
const words = highlightWords(location.search);
const root = document.querySelector<HTMLElement>('main');
if (note && root && words.length > 0) {
  const marks = markWords(root, words);
  if (marks.length > 0) {
    note.querySelector<HTMLElement>('[data-search-highlight-words]')!.textContent = words.join(' ');
    note.querySelector<HTMLElement>('[data-search-highlight-count]')!.textContent = String(marks.length);
    note.hidden = false;
    note.querySelector('button')?.addEventListener('click', () => {
      for (const mark of root.querySelectorAll('mark.search-hit')) mark.replaceWith(...mark.childNodes);
      root.normalize();
      note.hidden = true;
    });
    // Without an article anchor, the first match is where the reader wants to be.
    if (!location.hash) marks[0].scrollIntoView({ block: 'center' });
  }
}

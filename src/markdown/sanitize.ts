/**
 * The last lock on a policy body: the rendered HTML is parsed as a browser
 * would (parse5), every element and attribute outside an explicit allow-list
 * is removed (hast-util-sanitize), and the tree is written out again. The
 * source check (src/content/checks/body.ts) refuses the same things with a
 * message; this runs on every rendered body anyway, because a check over the
 * source can disagree with the parser and a rendered tree cannot.
 */
import type { Nodes } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseFragment } from 'parse5';
import { DOCUMENT_CLASSES, GENERATED_CLASSES, IMAGE_PROTOCOLS, LINK_PROTOCOLS, SOURCE_TAGS } from './allowed-html.ts';

const CLASSES: [string, ...string[]] = ['className', ...DOCUMENT_CLASSES, ...GENERATED_CLASSES];
const ALIGN: [string, ...string[]] = ['align', 'left', 'center', 'right'];

/**
 * What a rendered policy body may contain: the raw HTML a clerk may write,
 * plus what Markdown itself produces (headings, links, images, quotes, code).
 * Ids are kept as assigned (article anchors must stay `#第十三条`, not
 * prefixed): the source may set an id only on a table, and checks/body.ts
 * enforces that before anything is built.
 */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    ...SOURCE_TAGS,
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'img',
    'blockquote',
    'hr',
    'pre',
    'code',
    'del',
    's',
    'b',
    'i',
  ],
  attributes: {
    '*': ['lang', CLASSES],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    p: ['id'],
    li: ['id'],
    table: ['id'],
    ol: ['start'],
    th: ['id', 'colSpan', 'rowSpan', 'scope', 'headers', ALIGN],
    td: ['colSpan', 'rowSpan', 'headers', ALIGN],
    col: ['span'],
    colgroup: ['span'],
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
  },
  protocols: { href: [...LINK_PROTOCOLS], src: [...IMAGE_PROTOCOLS] },
  // No prefix: the ids are ours (see above), and links to them are published.
  clobber: [],
  clobberPrefix: '',
  // Elements whose content is code or chrome, not text of the document: dropped whole.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'textarea',
    'select',
    'title',
    'dialog',
    'head',
  ],
  allowComments: false,
  allowDoctypes: false,
  ancestors: {
    tbody: ['table'],
    tfoot: ['table'],
    thead: ['table'],
    td: ['table'],
    th: ['table'],
    tr: ['table'],
    li: ['ol', 'ul'],
  },
};

/** A rendered policy body with everything outside BODY_SCHEMA removed. */
export function sanitizeBodyHtml(html: string): string {
  const clean = sanitize(fromParse5(parseFragment(html)), BODY_SCHEMA);
  dropEmptyClasses(clean);
  return toHtml(clean);
}

/** A class list whose every name was refused would print as class="": drop it. */
function dropEmptyClasses(node: Nodes): void {
  if (node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.length === 0) {
    delete node.properties.className;
  }
  if ('children' in node) node.children.forEach(dropEmptyClasses);
}

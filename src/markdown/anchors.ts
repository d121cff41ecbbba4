/**
 * Stable, readable anchors for the parts of a policy document, computed from
 * the numbering the document itself uses (src/rules/numbering.ts), never
 * from its wording:
 *
 *   第二章              → #第二章
 *   第二章 第一节        → #第二章第一节
 *   第十三条            → #第十三条
 *   第四条 （二）        → #第四条-二
 *   三、 （一） 1.       → #三 #三-一 #三-一-1
 *   专栏1               → #专栏1
 *
 * So `/policies/<id>/#第十三条` keeps pointing at article 13 when its text is
 * corrected. A Sätteri hast plugin applies this to every policy body.
 */
import { anchorOf, numberedStart } from '../rules/numbering.ts';

/** Where we are in the document's numbering while walking it in order. */
export interface AnchorContext {
  chapter?: string;
  section?: string;
  article?: string;
  part?: string;
  item?: string;
  used: Set<string>;
}

export function newAnchorContext(): AnchorContext {
  return { used: new Set() };
}

function unique(ctx: AnchorContext, id: string): string {
  let candidate = id;
  for (let n = 2; ctx.used.has(candidate); n++) candidate = `${id}-${n}`;
  ctx.used.add(candidate);
  return candidate;
}

/** The enclosing numbered unit that items are counted within. */
function scope(ctx: AnchorContext): string | undefined {
  return ctx.article ?? ctx.part ?? ctx.section ?? ctx.chapter;
}

/**
 * The anchor for a block with this text, updating the context; `undefined`
 * when the block does not start a numbered unit. Headings always get an
 * anchor (`fallback` true); paragraphs and list items only when numbered.
 */
export function anchorFor(text: string, ctx: AnchorContext, fallback: boolean): string | undefined {
  const t = text.trim();
  const unit = numberedStart(t);
  switch (unit?.kind) {
    case 'chapter':
      ctx.chapter = anchorOf.chapter(unit.number);
      ctx.section = ctx.article = ctx.part = ctx.item = undefined;
      return unique(ctx, ctx.chapter);
    case 'section':
      ctx.section = anchorOf.section(unit.number, ctx.chapter);
      ctx.article = ctx.part = ctx.item = undefined;
      return unique(ctx, ctx.section);
    case 'article':
      ctx.article = anchorOf.article(unit.number);
      ctx.item = undefined;
      return unique(ctx, ctx.article);
    case 'box':
      return unique(ctx, anchorOf.box(unit.number));
    case 'part':
      ctx.part = anchorOf.part(unit.number);
      ctx.article = ctx.item = undefined;
      return unique(ctx, ctx.part);
    case 'item':
      ctx.item = anchorOf.within(unit.number, scope(ctx));
      return unique(ctx, ctx.item);
    case 'point':
      return unique(ctx, anchorOf.within(unit.number, ctx.item ?? scope(ctx)));
  }
  if (!fallback) return undefined;
  // An unnumbered heading: its own words, without spaces and punctuation, kept short.
  const words = t.replace(/[\s\p{P}\p{S}]+/gu, '').slice(0, 24) || 'section';
  return unique(ctx, words);
}

/** The few hast shapes the plugin touches (satteri hands these to visitors). */
export interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}
export interface VisitContext {
  textContent(node: ElementNode): string;
  setProperty(node: ElementNode, key: string, value: unknown): void;
}

const HEADING = /^h[2-6]$/;

/** The elements that can carry an anchor, visited in document order. */
export const ANCHORED_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'ol'];

/** Whether an element name is a heading (headings always get an anchor). */
export function isHeading(tagName: string): boolean {
  return HEADING.test(tagName);
}

/** Called for every anchored unit found, in document order. */
export type OnAnchor = (node: ElementNode, id: string, heading: boolean, text: string) => void;

/**
 * A Sätteri element visitor that finds the anchor of every heading, numbered
 * paragraph and numbered list item, in document order. An ordered list
 * (Markdown "1. …") loses its numbers from the text, so its items are
 * numbered from the list's start, as printed.
 */
export function anchorVisitor(ctx: AnchorContext, onAnchor: OnAnchor) {
  // Items of an ordered list are handled with their list; their own visit, which follows, is skipped.
  const pending: string[] = [];
  return {
    filter: ANCHORED_TAGS,
    visit(node: ElementNode, v: VisitContext) {
      if (node.tagName === 'ol') {
        const start = Number(node.properties?.start ?? 1);
        const items = (node.children ?? []).filter((c): c is ElementNode => (c as ElementNode)?.tagName === 'li');
        items.forEach((li, i) => {
          const text = v.textContent(li).trim();
          pending.push(text);
          const id = anchorFor(`${start + i}.${text}`, ctx, false);
          if (id) onAnchor(li, id, false, `${start + i}. ${text}`);
        });
        return;
      }
      const text = v.textContent(node).trim();
      if (node.tagName === 'li' && pending[0] === text) {
        pending.shift();
        return;
      }
      const heading = isHeading(node.tagName);
      const id = anchorFor(text, ctx, heading);
      if (id) onAnchor(node, id, heading, text);
    },
  };
}

/**
 * Markdown (Sätteri) hast plugin: sets the anchor of every heading and of
 * every numbered paragraph or list item, in document order. A factory, so
 * each document starts with fresh numbering.
 */
export function policyAnchorsPlugin() {
  let v: VisitContext | undefined;
  const visitor = anchorVisitor(newAnchorContext(), (node, id, heading) => {
    v!.setProperty(node, 'id', id);
    if (!heading) v!.setProperty(node, 'className', ['numbered']);
  });
  return {
    name: 'policy-anchors',
    element: {
      filter: visitor.filter,
      visit(node: ElementNode, ctx: VisitContext) {
        v = ctx;
        visitor.visit(node, ctx);
      },
    },
  };
}

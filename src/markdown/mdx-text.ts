/**
 * An MDX body (a 政策解读, a guide, a 说明) as plain HTML for the search
 * index, outside Astro: headings, paragraphs and list items as text, a 问答's
 * question as a heading, a 图解's caption and text alternative in words.
 * Live figures and comparisons are left out: a figure changes with the day
 * and a comparison repeats two other documents, neither is what a reader
 * searches the 解读 for.
 */
import { mdxToMdast } from 'satteri';
import { escapeMarkup } from '../format/escape.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  attributes?: { name?: string; value?: unknown }[];
  children?: Node[];
}

const attr = (n: Node, name: string): string | undefined => {
  const v = n.attributes?.find((a) => a.name === name)?.value;
  return typeof v === 'string' ? v : undefined;
};

function inline(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return escapeMarkup(String(n.value ?? ''));
  if (n.name === 'LiveFigure' || n.name === 'PolicyCompare') return '';
  return (n.children ?? []).map(inline).join('');
}

function block(n: Node): string {
  switch (n.type) {
    case 'heading':
      return `<h${n.depth}>${inline(n)}</h${n.depth}>`;
    case 'paragraph':
      return `<p>${inline(n)}</p>`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const inner = (n.children ?? []).map(block).join('');
      if (n.name === 'QA') return `<h3>${escapeMarkup(attr(n, 'q') ?? '')}</h3>${inner}`;
      if (n.name === 'Diagram')
        return `<p>${escapeMarkup([attr(n, 'caption'), attr(n, 'alt')].filter(Boolean).join('：'))}</p>${inner}`;
      if (n.name === 'LiveFigure' || n.name === 'PolicyCompare') return '';
      return n.type === 'mdxJsxTextElement' ? inline(n) : inner;
    }
    case 'text':
    case 'inlineCode':
      return inline(n);
    default:
      return (n.children ?? []).map(block).join('');
  }
}

/** The searchable HTML of an MDX body (already validated, so it parses). */
export function mdxSearchHtml(body: string): string {
  return block(mdxToMdast(body) as unknown as Node);
}

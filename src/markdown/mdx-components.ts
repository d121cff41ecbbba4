/**
 * The fixed set of components the bureau's own writing (MDX: guides, 政策解读,
 * the 说明 of a draft) may use, and the attributes each takes. This list is
 * the whole language: checks/mdx.ts refuses any other element, any import or
 * export and any {expression}, so an MDX file can only say what the model
 * lets it say. src/components/mdx/index.ts maps each name to its Astro
 * component; a test keeps the two lists equal.
 */

/** One attribute of a component: required or not. Values are always literal strings. */
export interface AttributeSpec {
  required: boolean;
}

export interface ComponentSpec {
  attributes: Record<string, AttributeSpec>;
  /** Whether the element has content: 'required' (an answer), 'optional' (a long description), 'none'. */
  children: 'required' | 'optional' | 'none';
}

const req = { required: true };
const opt = { required: false };

export const MDX_COMPONENTS = {
  /** A figure the model computes as of the build day, e.g. clusters holding a 市级 title. */
  LiveFigure: { attributes: { name: req }, children: 'none' },
  /** 问答: a question and its answer (the content). */
  QA: { attributes: { q: req }, children: 'required' },
  /** 图解: an image that cannot be written without its text alternative. */
  Diagram: { attributes: { src: req, alt: req, caption: opt }, children: 'optional' },
  /** 新旧对比: a policy against the one it supersedes, with the site's comparison. */
  PolicyCompare: { attributes: { policy: req, old: opt }, children: 'none' },
  /** A link to a policy or one of its articles; the content, if any, is the link text. */
  ArticleLink: { attributes: { policy: req, anchor: opt }, children: 'optional' },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

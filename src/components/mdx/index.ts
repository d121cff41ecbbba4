/**
 * The components an MDX text may use, by the names of
 * src/markdown/mdx-components.ts (a unit test keeps the two equal). A page
 * that renders MDX passes this map as `components`; MDX files cannot import
 * anything themselves (validation refuses it).
 */
import type { MdxComponentName } from '../../markdown/mdx-components.ts';
import ArticleLink from './ArticleLink.astro';
import Diagram from './Diagram.astro';
import LiveFigure from './LiveFigure.astro';
import PolicyCompare from './PolicyCompare.astro';
import QA from './QA.astro';

export const mdxComponents = { LiveFigure, QA, Diagram, PolicyCompare, ArticleLink } satisfies Record<
  MdxComponentName,
  unknown
>;

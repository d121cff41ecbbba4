/**
 * The outline of a policy body: every anchored unit (章, 节, 条, numbered
 * item, headed part) with its text, computed by rendering the Markdown with
 * Sätteri exactly as the site does, so the anchors here are the anchors on
 * the page. Build-time only (Sätteri is a native module): used to check
 * references that point into a document (`cites[].at`) and to say which
 * articles a change touched.
 */
import { markdownToHtml } from 'satteri';
import { anchorVisitor, newAnchorContext } from './anchors.ts';

export interface OutlineUnit {
  /** The anchor, e.g. 第十三条, 第四条-二, 五-三. */
  id: string;
  /** True for headings (their text is their label). */
  heading: boolean;
  /** The unit's own text (a heading's words, or a numbered paragraph's first sentence and more). */
  text: string;
}

/** Every anchored unit of a Markdown body, in document order. */
export function outlineOf(body: string): OutlineUnit[] {
  const units: OutlineUnit[] = [];
  // The same visitor as policyAnchorsPlugin (same tags, order and numbering), recording instead of writing.
  const recorder = () => ({
    name: 'policy-outline',
    element: anchorVisitor(newAnchorContext(), (_node, id, heading, text) => units.push({ id, heading, text })),
  });
  markdownToHtml(body, { hastPlugins: [recorder], features: { smartPunctuation: false } });
  return units;
}

/** The anchors of a body, as a set (for checking references): numbered units and ids written in its HTML (e.g. a table). */
export function anchorsOf(body: string): Set<string> {
  const raw = [...body.matchAll(/<[a-z][^>]*\sid="([^"]+)"/gi)].map((m) => m[1]);
  return new Set([...outlineOf(body).map((u) => u.id), ...raw]);
}

/**
 * The outline of a policy body: every anchored unit (章, 节, 条, numbered
 * item, headed part) with its text, computed by rendering the Markdown with
 * Sätteri exactly as the site does, so the anchors here are the anchors on
 * the page. Build-time only (Sätteri is a native module): used to check
 * references that point into a document (`cites[].at`) and to say which
 * articles a change touched.
 */
import { markdownToHtml } from 'satteri';
import { ANCHORED_TAGS, anchorFor, isHeading, newAnchorContext } from './anchors.ts';

export interface OutlineUnit {
  /** The anchor, e.g. 第十三条, 第四条-二, 五-三. */
  id: string;
  /** True for headings (their text is their label). */
  heading: boolean;
  /** The unit's own text (a heading's words, or a numbered paragraph's first sentence and more). */
  text: string;
}

interface ElementNode {
  tagName: string;
}
interface VisitContext {
  textContent(node: ElementNode): string;
}

/** Every anchored unit of a Markdown body, in document order. */
export function outlineOf(body: string): OutlineUnit[] {
  const units: OutlineUnit[] = [];
  // Mirrors policyAnchorsPlugin (same tags, same order, same numbering) but records instead of writing.
  const recorder = () => {
    const ctx = newAnchorContext();
    return {
      name: 'policy-outline',
      element: {
        filter: ANCHORED_TAGS,
        visit(node: ElementNode, v: VisitContext) {
          const heading = isHeading(node.tagName);
          const text = v.textContent(node).trim();
          const id = anchorFor(text, ctx, heading);
          if (id) units.push({ id, heading, text });
        },
      },
    };
  };
  markdownToHtml(body, { hastPlugins: [recorder], features: { smartPunctuation: false } });
  return units;
}

/** The anchors of a body, as a set (for checking references): numbered units and ids written in its HTML (e.g. a table). */
export function anchorsOf(body: string): Set<string> {
  const raw = [...body.matchAll(/<[a-z][^>]*\sid="([^"]+)"/gi)].map((m) => m[1]);
  return new Set([...outlineOf(body).map((u) => u.id), ...raw]);
}

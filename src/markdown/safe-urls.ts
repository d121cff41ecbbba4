/**
 * Markdown (Sätteri) hast plugin: removes any link or resource URL whose
 * scheme could run code (javascript:, vbscript:, data: other than images).
 * Validation already refuses such bodies (src/content/validate.ts); this is
 * the second lock, so nothing unsafe can reach a page even if a check is missed.
 */

const SAFE = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** True when a URL may appear in a published page. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme; so must we.
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE.test(compact);
}

interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface VisitContext {
  setProperty(node: ElementNode, key: string, value: unknown): void;
}

export function safeUrlsPlugin() {
  return {
    name: 'safe-urls',
    element: {
      filter: ['a', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'form', 'area'],
      visit(node: ElementNode, v: VisitContext) {
        for (const key of ['href', 'src', 'data', 'action', 'poster']) {
          const value = node.properties?.[key];
          if (typeof value === 'string' && !isSafeUrl(value)) v.setProperty(node, key, undefined);
        }
      },
    },
  };
}

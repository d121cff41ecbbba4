/**
 * The HTML a policy body may carry, in one place: what the source may write
 * (checked with clear messages by src/content/checks/body.ts) and what a
 * rendered body may contain (enforced by src/markdown/sanitize.ts). Official
 * documents need tables, boxed sections, emphasis and lists; nothing else.
 */

/** Elements a clerk may write as raw HTML in a policy body. */
export const SOURCE_TAGS: ReadonlySet<string> = new Set([
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'div',
  'section',
  'aside',
  'p',
  'br',
  'span',
  'strong',
  'em',
  'sup',
  'sub',
  'ol',
  'ul',
  'li',
]);

/** Attributes a clerk may write on those elements (HTML names). */
export const SOURCE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'lang',
]);

/**
 * The document classes the site styles (src/styles/global.css): boxed
 * notes, 转发 and 落款 blocks, form tables. Only these, so a body cannot dress
 * itself in the site's own chrome (the red 已废止 banner, notices, buttons).
 * `numbered` is set by the anchor plugin, never written by hand.
 */
export const DOCUMENT_CLASSES: readonly string[] = [
  'box',
  'transmittal',
  'signature',
  'addressees',
  'table-scroll',
  'form-cover',
  'form-table',
];

/** Classes our own Markdown plugins put on a rendered body (src/markdown/anchors.ts). */
export const GENERATED_CLASSES: readonly string[] = ['numbered'];

/**
 * The elements that may carry an `id` in the source: a table, so an
 * attachment form can be found by its name (src/markdown/form-table.ts).
 * Every other id is assigned by the build (article anchors, header cells).
 */
export const SOURCE_ID_TAGS: ReadonlySet<string> = new Set(['table']);

/** URL schemes a link may use; a URL without a scheme is a path on this site. */
export const LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto', 'tel'];
/** URL schemes an image may use. */
export const IMAGE_PROTOCOLS: readonly string[] = ['http', 'https'];

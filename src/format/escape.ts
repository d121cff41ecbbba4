/**
 * The one escape for text put into HTML or XML, as content or as a quoted
 * attribute value: & < > and " become entities, so text from content can
 * never become markup. (Characters XML cannot carry at all are refused by
 * content validation; atom.ts also drops them for feeds.)
 */
export function escapeMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

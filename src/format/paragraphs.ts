/**
 * Plain text from content (a notice's or an announcement's 正文, a
 * procedure) as paragraphs: split at blank lines, trimmed, empty ones
 * dropped. The pages (components/Paragraphs.astro) and the search documents
 * (search/documents.ts) split it the same way.
 */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

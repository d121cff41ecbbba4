/**
 * What the index step adds to an entity page's HTML before Pagefind reads it
 * (in memory only: the published page is not changed). Node only (pinyin).
 */
import { pinyinTokens, syllableLine } from './pinyin.ts';
import type { SearchRecord } from './records.ts';
import { keyTokens } from './text.ts';

/** The gram and pinyin tokens of a record, each once, title first. */
export function recordTokens(record: SearchRecord): string[] {
  return [...new Set([...record.keys.flatMap(keyTokens), ...record.pinyinTerms.flatMap(pinyinTokens)])];
}

/** Each pinyin term with its syllables, for highlighting a pinyin match (see pinyinNeedles). */
export function pinyinMeta(record: SearchRecord): string {
  return JSON.stringify(record.pinyinTerms.map((term) => [term, syllableLine(term)]));
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML inserted at the start of the page's data-pagefind-body element. */
export function tokenBlock(record: SearchRecord): string {
  const meta = record.pinyinTerms.length > 0 ? `<meta data-pagefind-meta="py[content]" content="${escapeAttr(pinyinMeta(record))}">` : '';
  return `<div>${recordTokens(record).join(' ')}</div>${meta}`;
}

const BODY = /<[a-z][a-z0-9-]*\s[^>]*?\bdata-pagefind-body\b[^>]*>/i;

/** The page's HTML with the token block inserted, or undefined when it has no data-pagefind-body element. */
export function injectTokens(html: string, record: SearchRecord): string | undefined {
  const m = BODY.exec(html);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  return html.slice(0, at) + tokenBlock(record) + html.slice(at);
}

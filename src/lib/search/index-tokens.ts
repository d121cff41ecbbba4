/**
 * The tokens a search document (documents.ts) carries besides its text, so
 * that any part of a name is found (see text.ts). Node only (pinyin).
 */
import { pinyinTokens, syllableLine } from './pinyin.ts';
import type { SearchRecord } from './records.ts';
import { keyTokens } from './text.ts';

/**
 * The gram and pinyin tokens of a record: those of the title (or name) apart,
 * because they are weighted above the rest (aliases, products, topics,
 * document numbers), so a page whose own name contains the query ranks above
 * one that merely lists it as a product or topic. Each key's bigrams stay in
 * order, repeats included, so that a contiguous match shows in Pagefind's
 * result as a run of consecutive word positions (see engine.ts).
 */
export function recordTokens(record: SearchRecord): { title: string[]; rest: string[] } {
  const [title, ...others] = record.keys;
  const pinyin = new Set([...record.pinyinNames.flatMap((n) => pinyinTokens(n, false)), ...record.pinyinTerms.flatMap((t) => pinyinTokens(t))]);
  return { title: keyTokens(title), rest: [...others.flatMap(keyTokens), ...pinyin] };
}

/** Each pinyin term with its syllables, for highlighting a pinyin match (see pinyinNeedles). */
export function pinyinMeta(record: SearchRecord): string {
  return JSON.stringify([...record.pinyinNames, ...record.pinyinTerms].map((term) => [term, syllableLine(term)]));
}

/** Pagefind weight of the title's tokens (body text is 1, an h1 is 7). */
export const TITLE_WEIGHT = 5;

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML at the start of the indexed element of a search document (documents.ts). */
export function tokenBlock(record: SearchRecord): string {
  const meta = record.pinyinNames.length + record.pinyinTerms.length > 0 ? `<meta data-pagefind-meta="py[content]" content="${escapeAttr(pinyinMeta(record))}">` : '';
  const { title, rest } = recordTokens(record);
  return `<div data-pagefind-weight="${TITLE_WEIGHT}">${title.join(' ')}</div><div>${rest.join(' ')}</div>${meta}`;
}

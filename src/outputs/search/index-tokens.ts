/**
 * The tokens a search document (documents.ts) carries besides its text, so
 * that any part of a name is found (see text.ts). Node only (pinyin).
 */
import { escapeMarkup } from '../../format/escape.ts';
import { pinyinTokens, syllableLine, syllables } from './pinyin.ts';
import type { SearchRecord } from './records.ts';
import { keyTokens, matchForm } from '../../search/text.ts';

/** True when `part` occurs in `whole` as a contiguous run. */
function isRun<T>(part: readonly T[], whole: readonly T[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((x, k) => whole[i + k] === x)) return true;
  return false;
}

/**
 * The items that are not a contiguous run of another item (the first of equal
 * ones is kept). Whatever finds a dropped item also finds the item containing
 * it: every run of it is a run of the other, so its tokens would only repeat
 * (at 10,000 clusters, the county and industry inside each name).
 */
export function withoutContained<T>(items: readonly T[], form: (item: T) => readonly unknown[]): T[] {
  const forms = items.map(form);
  return items.filter(
    (_, i) =>
      !forms.some(
        (other, j) =>
          j !== i && other.length > 0 && isRun(forms[i], other) && (forms[i].length < other.length || j < i),
      ),
  );
}

/**
 * The gram and pinyin tokens of a record: those of the title (or name) apart,
 * because they are weighted above the rest (aliases, products, topics,
 * document numbers), so a page whose own name contains the query ranks above
 * one that merely lists it as a product or topic. Each key's bigrams stay in
 * order, repeats included, so that a contiguous match shows in Pagefind's
 * result as a run of consecutive word positions (see engine.ts).
 */
export function recordTokens(record: SearchRecord): { title: string[]; rest: string[] } {
  const title = record.keys[0];
  // The title always has its own (weighted) tokens; another key inside it, or inside another key, has none of its own.
  const others = withoutContained(record.keys, (key) => [...matchForm(key)]).filter((key) => key !== title);
  const terms = withoutContained(record.pinyinTerms, syllables);
  const pinyin = new Set([
    ...record.pinyinNames.flatMap((n) => pinyinTokens(n, false)),
    ...terms.flatMap((t) => pinyinTokens(t)),
  ]);
  return { title: keyTokens(title), rest: [...others.flatMap(keyTokens), ...pinyin] };
}

/** Each pinyin term with its syllables, for highlighting a pinyin match (see pinyinNeedles). */
export function pinyinMeta(record: SearchRecord): string {
  return JSON.stringify([...record.pinyinNames, ...record.pinyinTerms].map((term) => [term, syllableLine(term)]));
}

/** Pagefind weight of the title's tokens (body text is 1, an h1 is 7). */
export const TITLE_WEIGHT = 5;

/** The HTML at the start of the indexed element of a search document (documents.ts). */
export function tokenBlock(record: SearchRecord): string {
  const meta =
    record.pinyinNames.length + record.pinyinTerms.length > 0
      ? `<meta data-pagefind-meta="py[content]" content="${escapeMarkup(pinyinMeta(record))}">`
      : '';
  const { title, rest } = recordTokens(record);
  return `<div data-pagefind-weight="${TITLE_WEIGHT}">${title.join(' ')}</div><div>${rest.join(' ')}</div>${meta}`;
}

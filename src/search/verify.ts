/**
 * Whether a page Pagefind proposes really answers the query, and how well
 * (issue 16). Pagefind cannot be taken at its word: it drops query words
 * that are not in the index, and a word that is not indexed matches a
 * shorter indexed word that begins it (the pair token of 群两 matched the
 * 群 that ends every cluster name), so a search can return pages that
 * contain none of the query. Every proposal is therefore checked against
 * what the page holds — its names (title and keys meta) and the text
 * Pagefind stores for it, without the index-only tokens, which can never
 * match — and ranked by the best way it matches. Pure and browser-safe.
 */
import { cleanContent, pinyinNeedles } from './excerpt.ts';
import type { QueryPlan } from './plan.ts';
import { matchForm } from './text.ts';

/** How a page matches, best first. */
export const TIERS = {
  /** A name of the page is the query (临清纺织 for 临清市纺织特色产业集群's short name). */
  exactName: 0,
  /** Every part of the query is in one of the page's names, contiguously. */
  name: 1,
  /** As `name` through a synonym or the digits as typed; or a pinyin match on a name. */
  nameOther: 2,
  /** Every part is in the page's text as typed (a phrase). */
  phrase: 3,
  /** As `phrase` through a synonym or the digits as typed. */
  phraseOther: 4,
  /** Every word of the query is somewhere in the page's text. */
  words: 5,
} as const;
export type Tier = (typeof TIERS)[keyof typeof TIERS];

/** What verification reads of a page: Pagefind's fragment data (PagefindData in engine.ts). */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The separator of the `keys` meta: names never contain it once in matching form. */
export const KEYS_SEPARATOR = ' ';

/** The page's names in matching form: its title and the keys the index step put in its meta (records.ts). */
export function pageNames(data: PageData): string[] {
  const keys = (data.meta.keys ?? '').split(KEYS_SEPARATOR).filter(Boolean);
  return [...new Set([matchForm(data.meta.title ?? ''), ...keys.map(matchForm)])].filter(Boolean);
}

/** Pinyin queries shorter than this must match from the start of a term (see pinyinNeedles). */
export const PINYIN_TERM_START = 3;

/**
 * How far apart, in characters, the words of a query may be for the `words`
 * tier: about a sentence or two. Words scattered over a long plan (宠物 in one
 * chapter, 医院 in another) do not answer 宠物医院.
 */
export const WORDS_WINDOW = 80;

/** True when every word occurs within `window` characters of one occurrence of the first. */
export function near(text: string, words: readonly string[], window = WORDS_WINDOW): boolean {
  const [first, ...rest] = words;
  for (let k = text.indexOf(first); k >= 0; k = text.indexOf(first, k + 1)) {
    const from = Math.max(0, k - window);
    const slice = text.slice(from, k + first.length + window);
    if (rest.every((w) => slice.includes(w))) return true;
  }
  return false;
}

/** Pages whose matching forms are kept (a policy text is 60,000 characters; typing re-checks the same pages). */
const FORMS_KEPT = 200;
const forms = new Map<string, { names: string[]; text: string }>();

/** A page's names and text in matching form, computed once per page and kept for the next queries. */
function formsOf(data: PageData): { names: string[]; text: string } {
  const key = `${data.url}\u0000${data.content.length}`;
  let entry = forms.get(key);
  if (!entry) {
    entry = { names: pageNames(data), text: matchForm(cleanContent(data.content)) };
    if (forms.size >= FORMS_KEPT) forms.delete(forms.keys().next().value!);
    forms.set(key, entry);
  }
  return entry;
}

export interface Verdict {
  tier: Tier;
  /** The texts found in the page, in matching form, for highlights and sub-results. */
  found: string[];
}

/** The best way `data` matches `plan`, or undefined when it does not contain the query. */
export function verify(plan: QueryPlan, data: PageData): Verdict | undefined {
  if (plan.parts.length === 0) return undefined;
  const { names, text } = formsOf(data);
  const inNames = (s: string) => names.some((n) => n.includes(s));
  const inText = (s: string) => text.includes(s) || inNames(s);
  /** For each part, the first of [part, ...alternatives] that `has` finds; undefined if some part has none. */
  const each = (has: (s: string) => boolean) => {
    const chosen = plan.parts.map((part, i) => [part, ...(plan.alternatives[i] ?? [])].find(has));
    return chosen.every(Boolean) ? (chosen as string[]) : undefined;
  };
  const exact = plan.parts.length === 1 && names.includes(plan.parts[0]);
  if (exact) return { tier: TIERS.exactName, found: plan.parts };
  const byName = each(inNames);
  if (byName)
    return { tier: byName.every((s, i) => s === plan.parts[i]) ? TIERS.name : TIERS.nameOther, found: byName };
  if (plan.pinyin && data.meta.py) {
    try {
      const found = pinyinNeedles(JSON.parse(data.meta.py) as [string, string][], plan.typed, PINYIN_TERM_START);
      if (found.length > 0) return { tier: TIERS.nameOther, found };
    } catch {
      // A malformed py meta only loses the pinyin match.
    }
  }
  const byText = each(inText);
  if (byText)
    return { tier: byText.every((s, i) => s === plan.parts[i]) ? TIERS.phrase : TIERS.phraseOther, found: byText };
  const words = plan.required;
  if (words.length > 1 && (names.some((n) => words.every((w) => n.includes(w))) || near(text, words)))
    return { tier: TIERS.words, found: words };
  return undefined;
}

/**
 * Turns what a reader typed into the searches the search page runs against
 * the Pagefind index (engine.ts). Each search only proposes pages; every
 * proposal is checked against the page itself (verify.ts), so a search here
 * may be generous:
 *
 *  1. grams:    every bigram of every part, ANDed — proposes any page whose
 *               names contain each part contiguously (清市纺, 绿色环保纸,
 *               聊工信发(2021)97号 once compacted);
 *  2. relaxed:  each part split into words, so 冠县纺织 still proposes
 *               冠县低碳数字化纺织全链条特色产业集群;
 *  3. others:   the grams of the query with a part written another way (a
 *               synonym, 第3条 for 第三条);
 *  4. pinyin:   a query of Latin letters as a pinyin prefix (zhoucheng, lqfz);
 *  5. natural:  the parts as words, Pagefind's own full-text search.
 *
 * The parts are the query normalised (normalize.ts): Simplified, document
 * numbers compacted, question words taken out, article numbers in Chinese
 * numerals. Browser-safe and pure.
 */
import { type VariantMap, normalizeQuery } from './normalize.ts';
import { PINYIN_PREFIX, fold, matchForm, queryTokens } from './text.ts';

export interface QueryPlan {
  /** The query as typed, trimmed (what pinyin highlights read). */
  typed: string;
  /** The parts that must be found, in matching form (see normalize.ts). */
  parts: string[];
  /** For each part, other ways of writing it. */
  alternatives: string[][];
  /** The words of the parts (segmented), for the all-words search. */
  words: string[];
  /** The words a page must all hold to match by words (verify.ts); none when the parts are not made of words. */
  required: string[];
  /** Gram tokens of every part, space-separated (Pagefind ANDs words). */
  grams?: string;
  /** Gram tokens of every word of every part; undefined when the same as `grams`. */
  relaxed?: string;
  /** Gram tokens of the query with one part written another way. */
  otherGrams: string[];
  /** One pinyin token, matched by Pagefind as a prefix. */
  pinyin?: string;
  /** The parts as words for Pagefind's own search. */
  natural: string;
  /** What to highlight, in matching form (see matchForm): the parts and their other forms, longest first. */
  needles: string[];
  /** Bigrams in the longest part: a contiguous match shows as this many consecutive matched positions. */
  run: number;
}

/**
 * Below this share of a part's characters in words of two or more
 * characters, the part has no words to match by: 预制菜, split by the
 * segmenter into 预 制 菜, or a typo (临清纺只 → 临清 纺 只) would otherwise
 * match any long text that happens to hold the single characters.
 */
export const MIN_WORD_COVER = 0.6;

/** One-character words that join a query's words but name nothing (哪些集群被撤销了 → 集群, 撤销). */
const FUNCTION_CHARS = new Set([...'的了被在是和与及其把将对为之也都而或']);

/**
 * The words every one of which a page must hold, near each other, for the
 * `words` tier: each part's words of two or more characters, and its other
 * one-character words too (a typo's 只 in 临清纺只 must be there as well;
 * only 的, 被, 了 … may be missing); none when some part is not covered well
 * enough by words of two or more characters (MIN_WORD_COVER).
 */
export function requiredWords(parts: readonly string[], segment: (part: string) => string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const all = segment(part);
    const words = all.filter((w) => [...w].length >= 2);
    const covered = words.reduce((n, w) => n + [...w].length, 0);
    if (covered < MIN_WORD_COVER * [...part].length) return [];
    out.push(...words, ...all.filter((w) => [...w].length === 1 && !FUNCTION_CHARS.has(w)));
  }
  return [...new Set(out)];
}

/** Splits Chinese text into words with the browser's (or Node's) ICU segmenter. */
export function segmentWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const gramsOf = (parts: readonly string[]) => [...new Set(parts.flatMap(queryTokens))].join(' ');

export function planQuery(
  query: string,
  segment: (text: string) => string[] = segmentWords,
  variants?: VariantMap,
): QueryPlan {
  const typed = query.trim().replace(/\s+/g, ' ');
  const { parts, alternatives } = normalizeQuery(typed, variants);
  const needles = [...new Set([...parts, ...alternatives.flat()])].sort((a, b) => [...b].length - [...a].length);
  const split = (p: string) => segment(p).map(matchForm).filter(Boolean);
  const words = [...new Set(parts.flatMap((p) => ([...p].length >= 3 ? split(p) : [p])))];
  const plan: QueryPlan = {
    typed,
    parts,
    alternatives,
    words,
    required: requiredWords(parts, split),
    otherGrams: [],
    natural: parts.join(' '),
    needles,
    run: Math.max(0, ...parts.map((p) => [...p].length - 1)),
  };
  if (parts.length === 0) return plan;

  plan.grams = gramsOf(parts);
  const relaxed = gramsOf(words);
  if (relaxed !== plan.grams) plan.relaxed = relaxed;
  plan.otherGrams = [
    ...new Set(alternatives.flatMap((alts, i) => alts.map((alt) => gramsOf(parts.map((p, k) => (k === i ? alt : p)))))),
  ].slice(0, 4);

  const letters = fold(typed).replaceAll('ü', 'v');
  if (/^[a-z ]+$/.test(letters)) {
    const joined = letters.replaceAll(' ', '');
    if (joined.length >= 2) plan.pinyin = PINYIN_PREFIX + joined;
  }
  return plan;
}

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
  /** The words of the parts (segmented), for the all-words match and its search. */
  words: string[];
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
  const words = [
    ...new Set(parts.flatMap((p) => ([...p].length >= 3 ? segment(p).map(matchForm).filter(Boolean) : [p]))),
  ];
  const plan: QueryPlan = {
    typed,
    parts,
    alternatives,
    words,
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

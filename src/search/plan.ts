/**
 * Turns what a reader typed into the searches the search page runs against
 * the Pagefind index, in order of trust (see src/search/engine.ts):
 *
 *  1. grams:   every bigram of every space-separated part, ANDed — finds any
 *              page whose names contain each part contiguously (清市纺,
 *              绿色环保纸, 聊工信发(2021)97号 once compacted);
 *  2. relaxed: only when 1 finds nothing, each part split into words, so
 *              冠县纺织 still finds 冠县低碳数字化纺织全链条特色产业集群;
 *  3. pinyin:  a query of Latin letters as a pinyin prefix (zhoucheng, lqfz);
 *  4. natural: the query as typed, Pagefind's own full-text search.
 *
 * Browser-safe and pure.
 */
import { compactDocNumbers } from './doc-number.ts';
import { PINYIN_PREFIX, fold, matchForm, queryTokens } from './text.ts';

export interface QueryPlan {
  /** Gram tokens of every part, space-separated (Pagefind ANDs words). */
  grams?: string;
  /** Gram tokens of every word of every part; undefined when the same as `grams`. */
  relaxed?: string;
  /** One pinyin token, matched by Pagefind as a prefix. */
  pinyin?: string;
  /** The query as typed, for Pagefind's own word search. */
  natural: string;
  /** What to highlight in excerpts, in matching form (see matchForm). */
  needles: string[];
  /** Bigrams in the longest part: a contiguous match shows as this many consecutive matched positions. */
  run: number;
}

/** Splits Chinese text into words with the browser's (or Node's) ICU segmenter. */
export function segmentWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function planQuery(query: string, segment: (text: string) => string[] = segmentWords): QueryPlan {
  const natural = query.trim().replace(/\s+/g, ' ');
  const parts = compactDocNumbers(natural)
    .split(' ')
    .map(matchForm)
    .filter((p) => p.length > 0);
  const needles = [...new Set(parts)].sort((a, b) => [...b].length - [...a].length);
  const plan: QueryPlan = { natural, needles, run: Math.max(0, ...needles.map((p) => [...p].length - 1)) };
  if (parts.length === 0) return plan;

  const strict = [...new Set(parts.flatMap(queryTokens))];
  plan.grams = strict.join(' ');
  const words = parts.flatMap((p) => (p.length >= 3 ? segment(p).map(matchForm).filter(Boolean) : [p]));
  const relaxed = [...new Set(words.flatMap(queryTokens))];
  if (relaxed.join(' ') !== plan.grams) plan.relaxed = relaxed.join(' ');

  const letters = fold(natural).replaceAll('ü', 'v');
  if (/^[a-z ]+$/.test(letters)) {
    const joined = letters.replaceAll(' ', '');
    if (joined.length >= 2) plan.pinyin = PINYIN_PREFIX + joined;
  }
  return plan;
}

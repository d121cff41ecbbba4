/**
 * What a reader typed, made comparable with what the pages say (issue 16).
 * Pure and browser-safe. The page text is only folded to matching form
 * (text.ts), so a match maps back to the characters the page shows; the
 * query is brought to the pages' way of writing:
 *
 *  - Traditional characters become Simplified through a map the index step
 *    writes for the characters the site uses (variants.ts, from OpenCC);
 *  - 第3条 and 第三条 are the same article: the documents write article
 *    numbers in Chinese numerals, so a query's 第3 becomes 第三 (the digits
 *    as typed stay an alternative, for a page that writes 第3批);
 *  - question words (怎么, 哪些, 是什么意思, 几年, 吗 …) say what kind of answer
 *    the reader wants, not what the page contains, so they only split the
 *    query into the parts that must be found;
 *  - a few domain words have synonyms (synonyms.ts), tried as alternatives.
 */
import { compactDocNumbers } from './doc-number.ts';
import { SYNONYMS } from './synonyms.ts';
import { fold, matchForm } from './text.ts';

const DIGITS = '零一二三四五六七八九';

/** 13 → 十三, 20 → 二十, 105 → 一百零五 (up to 9999); as the documents write article numbers. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n];
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) zero = out.length > 0;
    else {
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d] + unit;
    }
  });
  // 一十三 is written 十三.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 第3条 → 第三条, 第13章 → 第十三章 (folded text: full-width digits are already ASCII). */
export function chineseOrdinals(text: string): string {
  return text.replace(/第\s*(\d{1,4})(?!\d)/gu, (_, n: string) => `第${chineseNumeral(Number(n))}`);
}

/**
 * Words that ask rather than name, longest first so 是什么意思 goes before
 * 什么. Single characters only where they end a question (吗, 呢).
 */
export const QUESTION_WORDS = [
  '是什么级别',
  '什么级别',
  '是哪一级',
  '哪一级',
  '在哪个县',
  '在哪个区',
  '在哪里',
  '在哪儿',
  '在哪',
  '是什么意思',
  '什么意思',
  '是什么',
  '什么是',
  '有哪些',
  '有什么',
  '是多少',
  '有多少',
  '是哪些',
  '哪些',
  '哪个',
  '哪家',
  '哪里',
  '哪儿',
  '怎么办',
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '为什么',
  '为何',
  '什么',
  '多少',
  '多久',
  '多长时间',
  '几年',
  '几个',
  '几家',
  '几项',
  '请问',
  '是否',
  '能否',
  '能不能',
  '可不可以',
  '有没有',
  '是不是',
] as const;

const QUESTION = new RegExp(
  `(?:${[...QUESTION_WORDS].sort((a, b) => b.length - a.length).join('|')})|[吗呢吧嘛了]+(?=$|[\\s?？!！。，,])|[?？]`,
  'gu',
);

/** A Traditional → Simplified character map (variants.ts), or none. */
export type VariantMap = Readonly<Record<string, string>>;

/** Traditional characters to Simplified, one character at a time. */
export function toSimplified(text: string, variants: VariantMap | undefined): string {
  if (!variants) return text;
  let out = '';
  for (const ch of text) out += variants[ch] ?? ch;
  return out;
}

export interface NormalQuery {
  /** The query folded, simplified and with document numbers compacted (doc-number.ts), question words kept. */
  whole: string;
  /**
   * The parts that must be found, in matching form: the query split at spaces
   * and question words, article numbers in Chinese numerals (第三条). Empty
   * when the query is only question words.
   */
  parts: string[];
  /** True when question words were taken out. */
  asked: boolean;
  /** For each part, other ways of writing it: with the digits as typed (第3条), and its synonyms. */
  alternatives: string[][];
}

export function normalizeQuery(query: string, variants?: VariantMap): NormalQuery {
  const whole = compactDocNumbers(toSimplified(fold(query), variants))
    .trim()
    .replace(/\s+/g, ' ');
  const stripped = whole.replace(QUESTION, ' ');
  const typed = [
    ...new Set(
      stripped
        .split(' ')
        .map(matchForm)
        .filter((p) => p.length > 0),
    ),
  ];
  const parts = typed.map(chineseOrdinals);
  const alternatives = parts.map((part, i) => {
    const other = new Set([typed[i], ...synonymsOf(part), ...synonymsOf(typed[i])]);
    other.delete(part);
    return [...other];
  });
  return { whole, parts, asked: stripped !== whole, alternatives };
}

/** Other ways of writing `part`: each synonym group member found in it replaced by the others. */
export function synonymsOf(part: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYMS) {
    for (const word of group) {
      if (!part.includes(word)) continue;
      for (const other of group) if (other !== word) out.add(part.replaceAll(word, other));
    }
  }
  out.delete(part);
  return [...out];
}

/**
 * Text folding and the search tokens shared by the index step (Node) and the
 * search page (browser). Both sides must fold and encode text identically, so
 * this module is the only place that does it. Browser-safe, no dependencies.
 *
 * Why tokens at all: Pagefind segments Chinese into words with jieba when it
 * indexes and with the browser's Intl.Segmenter when it searches. The two
 * disagree, and a substring that crosses a word boundary (临清市纺织 → 清市纺)
 * can miss. So for the names and titles a reader types, every pair of adjacent
 * characters (a bigram) is also indexed as one ASCII word that neither
 * segmenter splits; a query's bigrams, ANDed, then find every page whose
 * name contains the query as a contiguous substring.
 */

/** Prefix of a character-gram token ("qq" begins no pinyin or English word). */
export const GRAM_PREFIX = 'qq';
/** Prefix of a pinyin token. */
export const PINYIN_PREFIX = 'qp';
/** Matches one injected token inside text (for stripping them from excerpts). */
export const TOKEN_PATTERN = /\bq[qp][a-z]+\b/g;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const BASE = 26 ** 4;

/** NFKC (full-width → half-width, 〔〕 stay), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A character that takes part in matching: letters (incl. CJK) and digits; punctuation and spaces do not. */
export function isMatchChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The matching form of a text: folded, with punctuation, symbols and spaces
 * removed, so 聊工信发〔2021〕97号 and 聊工信发[2021]97号 both become 聊工信发202197号.
 */
export function matchForm(text: string): string {
  let out = '';
  for (const ch of fold(text)) if (isMatchChar(ch)) out += ch;
  return out;
}

/** Four lower-case letters for one character's code point (base 26). */
export function encodeChar(ch: string): string {
  let n = ch.codePointAt(0)! % BASE;
  let s = '';
  for (let i = 0; i < 4; i++) {
    s = LETTERS[n % 26] + s;
    n = Math.floor(n / 26);
  }
  return s;
}

/** The token for one character (a unigram) or two adjacent characters (a bigram). */
export function gramToken(chars: string): string {
  return GRAM_PREFIX + [...chars].map(encodeChar).join('');
}

/**
 * Index side: the tokens of one key (a title, a name, a document number).
 * Every bigram of its matching form, plus the last character alone, so that a
 * one-character query (a prefix match on its unigram token) also finds a key
 * that ends with that character.
 */
export function keyTokens(key: string): string[] {
  const chars = [...matchForm(key)];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(gramToken(chars[i] + chars[i + 1]));
  if (chars.length > 0) tokens.push(gramToken(chars[chars.length - 1]));
  return tokens;
}

/**
 * Query side: the tokens that must all be present for a page's keys to
 * contain `part` contiguously (up to rare coincidences of bigrams). One
 * character gives its unigram token, which Pagefind matches as a prefix of
 * every bigram starting with it.
 */
export function queryTokens(part: string): string[] {
  const chars = [...matchForm(part)];
  if (chars.length === 1) return [gramToken(chars[0])];
  return charPairs(part).map(gramToken);
}

/** The distinct pairs of adjacent characters of a text's matching form, in order (the bigrams of queryTokens). */
export function charPairs(text: string): string[] {
  const chars = [...matchForm(text)];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  return [...pairs];
}

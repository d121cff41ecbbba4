/**
 * Pinyin tokens for the index (Node only: pinyin-pro's dictionary is far too
 * big for the browser, and the browser needs none of it — a pinyin query is
 * matched as typed against these tokens).
 *
 * For a term such as 临清纺织 the index gets the full pinyin and the initials
 * of every suffix of the term — linqingfangzhi, qingfangzhi, fangzhi, zhi and
 * lqfz, qfz, fz — and Pagefind matches query words as prefixes, so any run of
 * whole syllables (qingfang, fangzhi) or of initials (lqfz, qf) finds the term.
 * ü is written v, as pinyin keyboards type it, and also u (lvse, luse).
 */
import { PINYIN_PREFIX } from '../../search/text.ts';
import { readingOf } from './polyphones.ts';

/** The toneless syllables of a term, one per character; characters without pinyin are dropped. */
export function syllables(term: string): string[] {
  // Polyphones (阿胶 ējiāo) read by word: polyphones.ts.
  const out = readingOf(term);
  return out.map((s) => s.toLowerCase()).filter((s) => /^[a-z]+$/.test(s));
}

/**
 * Index tokens for one term: full pinyin and initials of each of its suffixes
 * (or, with `suffixes` false, of the whole term only — for long names, whose
 * inner parts are covered by their key terms).
 */
export function pinyinTokens(term: string, suffixes = true): string[] {
  const syl = syllables(term);
  const tokens = new Set<string>();
  for (let i = 0; i < (suffixes ? syl.length : Math.min(1, syl.length)); i++) {
    const rest = syl.slice(i);
    const full = rest.join('');
    tokens.add(PINYIN_PREFIX + full);
    if (full.includes('v')) tokens.add(PINYIN_PREFIX + full.replaceAll('v', 'u'));
    if (rest.length >= 2) tokens.add(PINYIN_PREFIX + rest.map((s) => s[0]).join(''));
  }
  return [...tokens];
}

/** The syllables of a term aligned to its characters, for highlighting a pinyin match in the browser. */
export function syllableLine(term: string): string {
  const syl = readingOf(term, true);
  return syl.map((s) => (/^[a-z]+$/i.test(s) ? s.toLowerCase() : '_')).join(' ');
}

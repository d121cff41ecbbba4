/**
 * Excerpts with highlights, computed in the browser from the page text
 * Pagefind stores. Pagefind's own excerpt cannot be used as is: it centres on
 * the matched words, and for a name match those are the injected tokens. The
 * text is matched in matching form (see matchForm), so a query typed as
 * 聊工信发[2021]97号 highlights 聊工信发〔2021〕97号 in the page. Browser-safe
 * and pure: it returns text segments, and the page builds DOM nodes from them
 * (page text is never parsed as HTML).
 */
import { TOKEN_PATTERN, fold, isMatchChar } from './text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The page text without the injected tokens (and the sentence break Pagefind
 * put after their block). Pagefind ends each block that has no closing
 * punctuation with ". "; after Chinese text (a heading 第十三条, a name) that
 * reads as a stray Latin full stop, so it becomes an ideographic space.
 */
export function cleanContent(content: string): string {
  return content
    .replace(TOKEN_PATTERN, '')
    .replace(/^[\s.]+/, '')
    .replace(/ {2,}/g, ' ')
    .replace(/(?<=[\p{Script=Han}）》」』】])\. ?/gu, '\u3000')
    .trimEnd();
}

/** The text in matching form, with the index in `text` of each matching character. */
export function indexed(text: string): { form: string; at: number[]; end: number[] } {
  let form = '';
  const at: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const f of fold(ch)) {
      if (isMatchChar(f)) {
        form += f;
        at.push(i);
        end.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  return { form, at, end };
}

/**
 * Where the needles occur in `text`, as [start, end) ranges, sorted and not
 * overlapping. A needle that does not occur whole is looked for in pieces of
 * two or more characters (a pinyin match on 临清纺织 highlights 临清 and 纺织
 * in 临清市纺织), unless `pieces` is false.
 */
export function findRanges(text: string, needles: readonly string[], pieces = true): [number, number][] {
  const { form, at, end } = indexed(text);
  const ranges: [number, number][] = [];
  const addAll = (needle: string): boolean => {
    let found = false;
    for (let k = form.indexOf(needle); k >= 0 && needle.length > 0; k = form.indexOf(needle, k + needle.length)) {
      ranges.push([at[k], end[k + needle.length - 1]]);
      found = true;
    }
    return found;
  };
  for (const needle of needles) {
    if (addAll(needle) || !pieces) continue;
    const chars = [...needle];
    let i = 0;
    while (i < chars.length - 1) {
      let len = chars.length - i;
      while (len >= 2 && !form.includes(chars.slice(i, i + len).join(''))) len--;
      if (len >= 2) {
        addAll(chars.slice(i, i + len).join(''));
        i += len;
      } else i++;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * About `width` characters of `text` around the first highlight (from the
 * start when nothing matches), split into marked and unmarked segments.
 */
export function excerpt(text: string, needles: readonly string[], width = 90): Segment[] {
  const ranges = findRanges(text, needles);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  // Start at a sentence or clause when one is close before the match.
  const stop = Math.max(
    text.lastIndexOf('。', first - 1),
    text.lastIndexOf('. ', first - 1),
    text.lastIndexOf('；', first - 1),
  );
  if (stop >= 0 && stop >= start - 10 && stop < first) start = stop + 1;
  const endAt = Math.min(text.length, start + width);
  const segments: Segment[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) segments.push({ text: text.slice(from, to), mark });
  };
  if (start > 0) segments.push({ text: '…', mark: false });
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= endAt) continue;
    push(pos, Math.max(pos, a), false);
    push(Math.max(pos, a), Math.min(b, endAt), true);
    pos = Math.min(b, endAt);
  }
  push(pos, endAt, false);
  if (endAt < text.length) segments.push({ text: '…', mark: false });
  if (segments[0]?.text === '…' && segments[1])
    segments[1] = { ...segments[1], text: segments[1].text.replace(/^[\s.]+/, '') };
  return segments;
}

/**
 * For a pinyin query, the Chinese it stands for in one of the page's terms.
 * `terms` pairs each term with its syllables, one per character ('_' for a
 * character without pinyin), as the index step stores them in the page's
 * `py` meta. A query matches a run of whole syllables from a syllable start
 * (the last may be partial: zhouch) or a run of initials (lqfz); a query
 * shorter than `termStartBelow` letters only from a term's first syllable.
 */
export function pinyinNeedles(terms: readonly [string, string][], query: string, termStartBelow = 0): string[] {
  const q = fold(query)
    .replaceAll('ü', 'v')
    .replace(/[^a-z]/g, '');
  if (q.length < 2) return [];
  const out = new Set<string>();
  for (const [term, line] of terms) {
    const chars = [...term];
    const syl = line.split(' ');
    // A short query (qp) read from the middle of a term (集群培育 → qun pei) is a coincidence, not what was meant.
    for (let i = 0; i < (q.length < termStartBelow ? 1 : syl.length); i++) {
      for (const variant of [syl, syl.map((s) => s.replaceAll('v', 'u'))]) {
        let joined = '';
        let k = i;
        while (k < variant.length && variant[k] !== '_' && joined.length < q.length) joined += variant[k++];
        if (joined.startsWith(q)) out.add(chars.slice(i, k).join(''));
      }
      const initials = syl.slice(i, i + q.length);
      if (initials.length === q.length && initials.every((s, j) => s !== '_' && s[0] === q[j]))
        out.add(chars.slice(i, i + q.length).join(''));
    }
  }
  return [...out];
}

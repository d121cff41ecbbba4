/**
 * When two written names mean the same cluster. Lists are typed by hand in
 * many offices: 「临清市纺织特色产业集群」, 「临清纺织产业集群」 and
 * 「临清市 纺织」 are one cluster, and full-width letters or digits are the
 * same letters. The key drops what varies (width, spaces, the 特色产业集群
 * suffix, the county prefix) and keeps what names the cluster.
 */

/** Suffixes a list may or may not write, longest first. */
const SUFFIXES = ['特色产业集群', '产业集群', '集群'];

/** The short form of a county's name: 临清市 → 临清, 东阿县 → 东阿 (a one-character name such as 冠县 stays whole). */
export function countyShortName(county: string): string {
  const short = county.replace(/(市|县|区)$/, '');
  return short.length >= 2 ? short : county;
}

/** Width, case and spaces folded: what a reader sees as the same text. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"「」『』《》]/g, '')
    .toLowerCase();
}

/**
 * The comparison key of a cluster name: folded, without the suffix, and
 * without the county prefix when the county is known (full or short form).
 */
export function clusterNameKey(name: string, counties: readonly string[] = []): string {
  let key = foldText(name);
  for (const s of SUFFIXES)
    if (key.endsWith(s) && key.length > s.length) {
      key = key.slice(0, -s.length);
      break;
    }
  const prefixes = counties
    .flatMap((c) => [foldText(c), foldText(countyShortName(c))])
    .sort((a, b) => b.length - a.length);
  for (const p of prefixes)
    if (key.startsWith(p) && key.length > p.length) {
      key = key.slice(p.length);
      break;
    }
  return key;
}

/** Edit distance between two short strings (Levenshtein), for "是否指 …？" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * A near miss: keys that differ by at most one character in three, or where
 * one contains the other (临清纺织 / 临清纺织服装). Exact matches are not near misses.
 */
export function isNearMiss(a: string, b: string): boolean {
  if (a === b || a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short)) return true;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3));
}

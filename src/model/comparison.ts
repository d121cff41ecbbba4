/**
 * 新旧对比: a policy against the one it supersedes, with the comparison the
 * history pages use (src/history/compare.ts), over the two files as they are
 * published now. Build-time only: it reads the two files.
 */
import { readFileSync } from 'node:fs';
import { sourceFile } from '../content/read.ts';
import { type Comparison, compareVersions } from '../history/compare.ts';

const cache = new Map<string, Comparison>();

/** The comparison of two policy files (as entries name them), older first; each pair is computed once per build. */
export function comparePolicyFiles(olderFile: string, newerFile: string): Comparison {
  const key = `${olderFile}\n${newerFile}`;
  let c = cache.get(key);
  if (!c) {
    c = compareVersions(readFileSync(sourceFile(olderFile), 'utf8'), readFileSync(sourceFile(newerFile), 'utf8'));
    cache.set(key, c);
  }
  return c;
}

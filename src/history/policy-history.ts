/**
 * The published history of each policy file, for its page ("首次发布 /
 * 最后更新 / 查看全部更新") and its history pages: the versions from git,
 * what each changed compared with the one before, and a comparison of any
 * two. Read once per build and kept.
 */
import { type Comparison, compareVersions } from './compare.ts';
import { type FileHistory, type HistoryGap, readHistory, readVersion, type Version } from './file-history.ts';

export interface PolicyVersion extends Version {
  /** 1 for the first publication. */
  number: number;
  /** What changed from the version before (empty for the first). */
  summary: string[];
}

export type PolicyHistory =
  | { available: true; versions: PolicyVersion[]; modified: boolean; first: PolicyVersion; last: PolicyVersion }
  | { available: false; gap: HistoryGap };

const histories = new Map<string, PolicyHistory>();
const texts = new Map<string, string>();

function textOf(v: Version): string {
  const key = `${v.commit}:${v.path}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = readVersion(v);
    texts.set(key, text);
  }
  return text;
}

/** The history of the policy stored in `file` (path relative to the repository root). */
export function policyHistory(file: string): PolicyHistory {
  const hit = histories.get(file);
  if (hit) return hit;
  const raw: FileHistory = readHistory(file);
  let result: PolicyHistory;
  if (!raw.available) {
    result = raw;
  } else {
    const versions = raw.versions.map((v, i): PolicyVersion => ({
      ...v,
      number: i + 1,
      summary: i === 0 ? [] : compareVersions(textOf(raw.versions[i - 1]), textOf(v)).summary,
    }));
    result = { available: true, versions, modified: raw.modified, first: versions[0], last: versions.at(-1)! };
  }
  histories.set(file, result);
  return result;
}

/** The comparison between two versions of one policy file. */
export function compareHistory(from: Version, to: Version): Comparison {
  return compareVersions(textOf(from), textOf(to));
}

/** Every ordered pair (older, newer) of versions: one comparison page each. */
export function versionPairs<T extends Version>(versions: readonly T[]): [T, T][] {
  return versions.flatMap((a, i) => versions.slice(i + 1).map((b): [T, T] => [a, b]));
}

/**
 * A content file's history, read from the repository (no hand-kept
 * changelog): each commit that changed the file is one published version.
 * `parseGitLog` is pure (unit-tested with recorded git output);
 * `readHistory` runs git and says plainly when history cannot be known:
 * no git or no repository (a tarball), a shallow clone (whose oldest commit
 * would pass for the first publication), or a file not yet committed.
 */
import type { CalendarDate } from '../schemas/common.ts';
import { shanghaiDay, TIME_ZONE } from '../rules/dates.ts';
import { type GitRunner, gitRunner } from './git.ts';

/** One version of a file: the commit that produced it. */
export interface Version {
  /** Full commit hash. */
  commit: string;
  /** First 8 characters, used in URLs. */
  short: string;
  /** Commit time, ISO 8601 with offset. */
  time: string;
  /** The day in Asia/Shanghai. */
  day: CalendarDate;
  /** Hour and minute in Asia/Shanghai, e.g. 09:05. */
  clock: string;
  /** The commit's first line (for maintainers; the public sees `note` or a computed summary). */
  subject: string;
  /** The public change note, from a `Change-Note:` trailer in the commit message, if written. */
  note?: string;
  /** The file's path in that commit (files can be renamed). */
  path: string;
}

/** Why history is missing: shown to readers in plain words. */
export type HistoryGap = 'no-repository' | 'shallow' | 'uncommitted';

export type FileHistory =
  | {
      available: true;
      /** Oldest first: versions[0] is the first publication. */
      versions: Version[];
      /** True when the built file differs from its last committed version. */
      modified: boolean;
    }
  | { available: false; gap: HistoryGap };

/**
 * Fields are separated by NUL, which git never lets into a commit message,
 * and each record starts with NUL and "H:": a subject may hold any other
 * character, control characters included, and still parse.
 */
const RECORD = '\0H:';
const FS = '\0';

/** The `git log` format parseGitLog expects. */
export const LOG_FORMAT = `%x00H:%H%x00%cI%x00%s%x00%(trailers:key=Change-Note,valueonly,separator=%x20)%x00`;

/** Control characters of a commit's text (a pasted escape, a tab) shown as a space: never as markup or garbage. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

/** Hour and minute in Shanghai of an instant. */
function shanghaiClock(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/**
 * Parses `git log --follow --name-only --format=LOG_FORMAT -- <file>`
 * (newest first) into versions, oldest first.
 */
export function parseGitLog(output: string): Version[] {
  const versions: Version[] = [];
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const fields = record.split(FS);
    if (fields.length < 5) throw new Error(`unexpected git log record: ${JSON.stringify(record.slice(0, 80))}`);
    const [commit, time, subject, trailer, rest] = fields;
    // After the last separator come the names of the changed files (one, with --follow).
    const path = rest
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean);
    if (!/^[0-9a-f]{40}$/.test(commit) || !path)
      throw new Error(`unexpected git log record: ${JSON.stringify(record.slice(0, 80))}`);
    const at = new Date(time);
    versions.push({
      commit,
      short: commit.slice(0, 8),
      time,
      day: shanghaiDay(at),
      clock: shanghaiClock(at),
      subject: printable(subject),
      note: printable(trailer) || undefined,
      path,
    });
  }
  return versions.reverse();
}

/**
 * What the repository can tell, asked once per runner: whether there is one,
 * whether it is shallow, and which files it tracks (so a build of thousands
 * of untracked files, e.g. a benchmark, spawns git a handful of times, not
 * once per file).
 */
interface RepositoryState {
  gap?: 'no-repository' | 'shallow';
  tracked: Set<string>;
}
const states = new WeakMap<GitRunner, RepositoryState>();

function repositoryState(git: GitRunner): RepositoryState {
  let state = states.get(git);
  if (!state) {
    const shallow = git(['rev-parse', '--is-shallow-repository']);
    const files = shallow === undefined ? undefined : git(['ls-files', '-z', '--full-name']);
    state = {
      gap:
        shallow === undefined || files === undefined
          ? 'no-repository'
          : shallow.trim() === 'true'
            ? 'shallow'
            : undefined,
      tracked: new Set((files ?? '').split('\0').filter(Boolean)),
    };
    states.set(git, state);
  }
  return state;
}

/** The history of one file (path relative to the git runner's directory, which is the repository root in builds). */
export function readHistory(file: string, git: GitRunner = defaultRunner()): FileHistory {
  const state = repositoryState(git);
  if (state.gap) return { available: false, gap: state.gap };
  if (!state.tracked.has(file)) return { available: false, gap: 'uncommitted' };
  const log = git(['log', '--follow', '--name-only', `--format=${LOG_FORMAT}`, '--', file]);
  if (log === undefined) return { available: false, gap: 'no-repository' };
  const versions = parseGitLog(log);
  if (versions.length === 0) return { available: false, gap: 'uncommitted' };
  const status = git(['status', '--porcelain', '--', file]) ?? '';
  return { available: true, versions, modified: status.trim() !== '' };
}

let shared: GitRunner | undefined;
/** One runner for the build's working directory, so the repository is asked about once. */
function defaultRunner(): GitRunner {
  shared ??= gitRunner();
  return shared;
}

/** The text of a file as it was in one version. */
export function readVersion(version: Version, git: GitRunner = defaultRunner()): string {
  const text = git(['show', `${version.commit}:${version.path}`]);
  if (text === undefined) throw new Error(`git show ${version.short}:${version.path} failed`);
  return text;
}

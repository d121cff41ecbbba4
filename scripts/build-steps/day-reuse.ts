/**
 * The daily rebuild without rendering (issue 18). The bureau rebuilds the
 * site every day, and on most days nothing was published: the pages are
 * yesterday's with another as-of day stated. So every full build leaves,
 * next to Astro's cache, a reuse state:
 *
 *   - the inputs it was built from: a fingerprint of the code, of every
 *     content file (size, times, inode), of the content's git history and
 *     of the settings from the environment;
 *   - the window of days over which the site stays the same
 *     (src/outputs/stable-days.ts), from its own as-of day on;
 *   - the pages as Astro wrote them, with their as-of marks, and the digest
 *     of the site it published.
 *
 * A later build with the same inputs, on a day inside the window, onto the
 * site it published, takes the published files as they are (hard links,
 * nothing copied), writes the pages again from the marked copies with the
 * new day filled in, and makes the manifest; everything else of the build
 * — Astro, the search index, images, checks — would give the same bytes
 * (the reproducibility check proves it). Anything else, or any doubt,
 * makes a full build. Node only.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fillAsOfBytes } from '../../src/outputs/as-of-fill.ts';
import type { CalendarDate } from '../../src/rules/dates.ts';
import { OUTPUT_MARKER } from '../output-dir.ts';
import { MANIFEST_FILE, manifestHash } from './site-files.ts';

/** What a full build leaves for the days after it (state.json). */
export interface ReuseState {
  version: 1;
  /** inputsFingerprint() of the build. */
  inputs: string;
  /** Its as-of day, and the last day the site stays the same (stableUntil). */
  day: CalendarDate;
  until: CalendarDate;
  /** SHA-256 of the .site-manifest it published: the published site is this build's. */
  manifest: string;
  /** Files written from the marked copies under marked/ (paths relative to the site, forward slashes). */
  marked: string[];
}

const STATE = 'state.json';
const MARKED = 'marked';

/** The folders of the code: a change to any file in them may change any page. */
const CODE_DIRS = ['src', 'scripts', 'public'];
const CODE_FILES = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'node_modules/.package-lock.json',
];

/** Every file under `dir` (relative, forward slashes, sorted), or none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => lstatSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** One git command's answer, or its failure as text (a content folder outside git is an input too). */
function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return `git failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

/**
 * A fingerprint of everything a build reads besides the day: the code (by
 * bytes), the content (by size, modification and change times and inode:
 * what `make` and git trust; a file cannot be edited without changing its
 * change time), the content's git history (policy histories are read from
 * it) and the settings the environment may give (SITE_*, SEARCH_SHARD_SIZE).
 */
export function inputsFingerprint(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const dir of CODE_DIRS)
    for (const f of filesUnder(join(root, dir))) hash.update(`${dir}/${f}\n`).update(readFileSync(join(root, dir, f)));
  for (const f of CODE_FILES) {
    const path = join(root, f);
    hash.update(`${f}\n`).update(existsSync(path) ? readFileSync(path) : 'absent');
  }
  hash.update(`content ${contentDir}\n`);
  for (const f of filesUnder(contentDir)) {
    const st = lstatSync(join(contentDir, f), { bigint: true });
    hash.update(`${f} ${st.size} ${st.mtimeNs} ${st.ctimeNs} ${st.ino}\n`);
  }
  hash.update(git(root, ['log', '-1', '--format=%H', '--', contentDir]));
  hash.update(git(root, ['status', '--porcelain=v1', '--untracked-files=all', '--', contentDir]));
  hash.update(git(contentDir, ['log', '-1', '--format=%H %cI']));
  const settings = Object.entries(env)
    .filter(([name]) => (name.startsWith('SITE_') && name !== 'SITE_AS_OF') || name === 'SEARCH_SHARD_SIZE')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify(settings));
  return hash.digest('base64url');
}

/** The reuse state left in `dir`, or undefined (none, unreadable, or of another version). */
export function readReuseState(dir: string): ReuseState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dir, STATE), 'utf8')) as ReuseState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Why the published site at `outDir` cannot be rebuilt from `state` on `asOf`, or undefined when it can. */
export function reuseRefusal(
  state: ReuseState | undefined,
  inputs: string,
  asOf: CalendarDate,
  outDir: string,
): string | undefined {
  if (!state) return 'no earlier build left a reuse state';
  if (state.inputs !== inputs) return 'the code, the content or the settings changed';
  if (asOf < state.day || asOf > state.until)
    return `${asOf} is outside the days ${state.day} to ${state.until} over which that build's pages stay the same`;
  const manifest = join(outDir, MANIFEST_FILE);
  if (!existsSync(manifest) || manifestHash(readFileSync(manifest)) !== state.manifest)
    return 'the published site is not the one that build published';
  return undefined;
}

/** Files at once when filling pages: reads and writes overlap in libuv's thread pool. */
const AT_ONCE = 16;

/**
 * Writes the site of `asOf` into `staging` from the published `outDir` and
 * the marked pages in `dir`: marked pages filled anew, every other file a
 * hard link to the published one (a copy across file systems). The manifest
 * and the output marker are left for the final step to write. Returns the
 * number of pages filled and files linked, and the SHA-256 of every file
 * written or linked: the published manifest's for a link (the same bytes),
 * the new bytes' for a filled page — so the manifest reads no file again.
 */
export async function reusePublished(
  dir: string,
  state: ReuseState,
  outDir: string,
  staging: string,
  asOf: CalendarDate,
): Promise<{ filled: number; linked: number; hashes: Map<string, string> }> {
  const marked = new Set(state.marked);
  const hashes = new Map<string, string>();
  const published = readFileSync(join(outDir, MANIFEST_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ hash: line.slice(0, 64), path: line.slice(66) }));
  const made = new Set<string>();
  const parent = (path: string) => {
    const d = dirname(path);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
  };
  let linked = 0;
  for (const { hash, path } of published) {
    if (path === OUTPUT_MARKER || marked.has(path)) continue;
    const to = join(staging, path);
    parent(to);
    try {
      linkSync(join(outDir, path), to);
    } catch {
      copyFileSync(join(outDir, path), to);
    }
    hashes.set(path, hash);
    linked++;
  }
  const pages = state.marked;
  let next = 0;
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < pages.length) {
        const path = pages[next++];
        const to = join(staging, path);
        parent(to);
        const bytes = fillAsOfBytes(await readFile(join(dir, MARKED, path)), asOf);
        await writeFile(to, bytes);
        hashes.set(path, manifestHash(bytes));
      }
    }),
  );
  return { filled: pages.length, linked, hashes };
}

/** Where a full build keeps the marked pages until it is published (then they become `dir`'s). */
export function nextMarkedDir(dir: string): string {
  return `${dir}.next-${process.pid}`;
}

/** Forgets the reuse state: from now on the published site may change, and nothing may be reused from it. */
export function forgetReuseState(dir: string): void {
  rmSync(join(dir, STATE), { force: true });
}

/**
 * After a full build is published: its marked pages (moved aside by the
 * as-of step into nextMarkedDir) replace the old ones, and the state is
 * written last, so a state is never read beside pages of another build.
 */
export function keepReuseState(
  dir: string,
  state: Omit<ReuseState, 'version' | 'manifest' | 'marked'>,
  outDir: string,
) {
  const next = nextMarkedDir(dir);
  mkdirSync(dir, { recursive: true });
  forgetReuseState(dir);
  rmSync(join(dir, MARKED), { recursive: true, force: true });
  renameSync(next, join(dir, MARKED));
  const full: ReuseState = {
    version: 1,
    ...state,
    manifest: manifestHash(readFileSync(join(outDir, MANIFEST_FILE))),
    marked: filesUnder(join(dir, MARKED)),
  };
  writeFileSync(join(dir, `${STATE}.tmp`), JSON.stringify(full));
  renameSync(join(dir, `${STATE}.tmp`), join(dir, STATE));
}

/** After a reused day is published: the same pages and window, the new manifest. */
export function updateReuseManifest(dir: string, state: ReuseState, outDir: string): void {
  const full = { ...state, manifest: manifestHash(readFileSync(join(outDir, MANIFEST_FILE))) };
  writeFileSync(join(dir, `${STATE}.tmp`), JSON.stringify(full));
  renameSync(join(dir, `${STATE}.tmp`), join(dir, STATE));
}

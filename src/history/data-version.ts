/**
 * The data version stamped on every open-data file: the git commit that last
 * changed the content directory. It depends only on the repository, never on
 * the clock or the machine, so two builds of one commit carry the same stamp.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Stamp used when the content is not in a git repository (a copied folder, an export). */
export const UNKNOWN_VERSION = 'unknown';

/**
 * The commit (full hash) of the last change to `dir`, with “-modified” when
 * the working tree has uncommitted changes there, so the stamp never claims
 * a commit the files do not match. "unknown" without git history.
 */
export function dataVersion(dir: string): string {
  if (!existsSync(dir)) return UNKNOWN_VERSION;
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git('log', '-1', '--format=%H', '--', '.');
    if (!/^[0-9a-f]{40}$/.test(commit)) return UNKNOWN_VERSION;
    const dirty = git('status', '--porcelain', '--untracked-files=all', '--', '.') !== '';
    return dirty ? `${commit}-modified` : commit;
  } catch {
    // No git binary, not a repository, or a shallow clone without the history: say so rather than guess.
    return UNKNOWN_VERSION;
  }
}

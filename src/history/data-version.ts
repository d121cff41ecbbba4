/**
 * The data version stamped on every open-data file: the git commit that last
 * changed the content directory. It depends only on the repository, never on
 * the clock or the machine, so two builds of one commit carry the same stamp.
 */
import { existsSync } from 'node:fs';
import { gitRunner } from './git.ts';

/** Stamp used when the content is not in a git repository (a copied folder, an export). */
export const UNKNOWN_VERSION = 'unknown';

/**
 * The commit (full hash) of the last change to `dir`, with “-modified” when
 * the working tree has uncommitted changes there, so the stamp never claims
 * a commit the files do not match. "unknown" without git history.
 */
export function dataVersion(dir: string): string {
  if (!existsSync(dir)) return UNKNOWN_VERSION;
  const git = gitRunner(dir);
  const commit = git(['log', '-1', '--format=%H', '--', '.'])?.trim();
  const status = git(['status', '--porcelain', '--untracked-files=all', '--', '.']);
  // No git binary, not a repository, or a shallow clone without the history: say so rather than guess.
  if (!commit || !/^[0-9a-f]{40}$/.test(commit) || status === undefined) return UNKNOWN_VERSION;
  return status.trim() !== '' ? `${commit}-modified` : commit;
}

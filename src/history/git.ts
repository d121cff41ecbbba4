/**
 * The one way this project asks git anything (policy histories, old versions,
 * the data version). A runner answers undefined when git is missing or fails,
 * so that every caller handles "no repository" (a tarball, an export) as a
 * normal case and says so to readers instead of failing the build.
 */
import { execFileSync } from 'node:child_process';

/** Runs git with `args`; the output, or undefined when git is missing or fails. */
export type GitRunner = (args: string[]) => string | undefined;

/** A runner in `cwd` (the repository root in builds; a content directory for the data version). */
export function gitRunner(cwd: string = process.cwd()): GitRunner {
  return (args) => {
    try {
      return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      return undefined;
    }
  };
}

/**
 * Cleans up after a build that was interrupted (killed, power cut) before it
 * could tidy up: its staging directory is removed, and if it died between the
 * two renames of the publish step, the previous site is put back. It also
 * removes what the background removal of an earlier previous site left
 * (removeInBackground).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** True while a process with this id runs (on this machine). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The name of a site that is no longer published and only waits to be removed (see removeInBackground). */
export function trashDir(outDir: string): string {
  // Unique even if a removal by an earlier process with the same id still runs.
  return `${outDir}.trash-${process.pid}-${Date.now()}`;
}

/**
 * Removes a directory nobody reads any more (a site replaced by publishing)
 * in a process of its own that outlives this one: removing 15,000 pages
 * takes seconds the published site does not need to wait for. If that
 * process is killed, the next build removes what it left
 * (recoverInterruptedBuild).
 */
export function removeInBackground(dir: string): void {
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir],
    { detached: true, stdio: 'ignore' },
  );
  // If it cannot even start, the next build's recovery removes the directory.
  remover.on('error', () => {});
  remover.unref();
}

/** The replaced sites of `outDir` still waiting to be removed (names in its parent directory), as trashDir names them. */
export function pendingRemovals(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = leftoverPattern(outDir);
  return readdirSync(parent).filter((name) => pattern.exec(name)?.[1] === 'trash');
}

/** `<outDir>.<kind>-<pid>` (trashDir adds `-<ms>`): the names a build gives its directories beside `outDir`. */
function leftoverPattern(outDir: string): RegExp {
  const prefix = basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${prefix}\\.(staging|search|old|trash)-(\\d+)(?:-\\d+)?$`);
}

/**
 * Leftovers of `outDir`'s dead builds: `<outDir>.staging-<pid>`,
 * `<outDir>.search-<pid>` and `<outDir>.old-<pid>`; and `<outDir>.trash-<pid>`
 * of any build (a site already replaced, which a background removal may
 * still be deleting: hence errors are tolerated there).
 */
export function recoverInterruptedBuild(outDir: string, log: (line: string) => void = console.log): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = leftoverPattern(outDir);
  const leftovers = readdirSync(parent)
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter((x) => x.m && (x.m[1] === 'trash' || !alive(Number(x.m[2]))));
  for (const { name, m } of leftovers) {
    const path = join(parent, name);
    if (m![1] === 'old' && !existsSync(outDir)) {
      renameSync(path, outDir);
      log(`[build] 上次生成在发布途中中断：已恢复原来的网站 ${outDir}`);
    } else if (m![1] === 'trash') {
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        // The background removal is deleting the same files; whatever is left, the next build removes.
      }
    } else {
      rmSync(path, { recursive: true, force: true });
      log(`[build] 已清理上次中断的生成留下的 ${name}`);
    }
  }
}

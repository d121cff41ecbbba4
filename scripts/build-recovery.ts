/**
 * Cleans up after a build that was interrupted (killed, power cut) before it
 * could tidy up: its staging directory is removed, and if it died between the
 * two renames of the publish step, the previous site is put back.
 */
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

/** Leftovers of dead builds of `outDir`: `<outDir>.staging-<pid>`, `<outDir>.search-<pid>` and `<outDir>.old-<pid>`. */
export function recoverInterruptedBuild(outDir: string, log: (line: string) => void = console.log): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = basename(outDir);
  const leftovers = readdirSync(parent)
    .map((name) => ({
      name,
      m: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|search|old)-(\\d+)$`).exec(name),
    }))
    .filter((x) => x.m && !alive(Number(x.m[2])));
  for (const { name, m } of leftovers) {
    const path = join(parent, name);
    if (m![1] === 'old' && !existsSync(outDir)) {
      renameSync(path, outDir);
      log(`[build] 上次生成在发布途中中断：已恢复原来的网站 ${outDir}`);
    } else {
      rmSync(path, { recursive: true, force: true });
      log(`[build] 已清理上次中断的生成留下的 ${name}`);
    }
  }
}

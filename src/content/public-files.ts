/**
 * The files a build may read from content/ and publish from public/: real
 * files inside those folders, never a symbolic link (which could point out
 * of the repository, e.g. at /etc/hostname, and be published), and never a
 * dotfile (.env, .git/, .DS_Store), which is never part of the site.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The folder Astro copies into the site as it is (Astro's default publicDir). */
export function publicDir(cwd: string = process.cwd()): string {
  return resolve(cwd, 'public');
}

/** True for a path segment that is hidden by convention (.env, .git). */
export const isDotName = (name: string) => name.startsWith('.');

/** Every symbolic link under `root` (paths relative to it, with /), with where it points. */
export function symlinksUnder(root: string): { path: string; target: string }[] {
  if (!existsSync(root)) return [];
  const found: { path: string; target: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink())
        found.push({ path: relative(root, path).split(sep).join('/'), target: readlinkSync(path) });
      else if (st.isDirectory()) walk(path);
    }
  };
  if (lstatSync(root).isSymbolicLink()) return [{ path: '.', target: readlinkSync(root) }];
  walk(root);
  return found;
}

/** The message for a symbolic link found where only real files may be. */
export function symlinkMessage(target: string, folder: string): string {
  return `是符号链接（指向 ${target}）：${folder} 里只能放真实的文件，链接可能把仓库外的文件发布出去；请删除链接，把文件本身复制到这里`;
}

/** Dotfiles and dot-folders under `root` (relative paths), which a build never publishes. */
export function dotPathsUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (isDotName(name)) found.push(relative(root, path).split(sep).join('/'));
      else if (lstatSync(path).isDirectory()) walk(path);
    }
  };
  walk(root);
  return found;
}

/**
 * What a published site carries about itself, and what it never carries:
 *   - no dotfile or dot-folder (Astro copies public/ as it is, so a stray
 *     public/.env or .git/ would be published); they are removed and named;
 *   - the marker file (scripts/output-dir.ts), so the next build knows the
 *     folder is its own;
 *   - last, `.site-manifest`: the SHA-256 of every file, in `sha256sum`
 *     format, which deploy/release.sh checks before it makes an upload live.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OUTPUT_MARKER } from '../output-dir.ts';
import type { BuildStep } from './step.ts';

export const MANIFEST_FILE = '.site-manifest';

/** Every file under `dir`, relative with forward slashes, in code-unit order (the same on every machine). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) throw new Error(`the built site contains a symbolic link: ${relative(dir, path)}`);
      if (st.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const dotfilesStep: BuildStep = {
  name: 'no dotfiles',
  async run(outDir) {
    const removed: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (name.startsWith('.')) {
          rmSync(path, { recursive: true, force: true });
          removed.push(relative(outDir, path).split(sep).join('/'));
        } else if (lstatSync(path).isDirectory()) walk(path);
      }
    };
    walk(outDir);
    for (const path of removed)
      console.log(`[build] 未发布以 . 开头的文件 ${path}（来自 public/ 或程序生成；这类文件从不公开）`);
  },
};

/** A file's hash as the manifest lists it (hex SHA-256): the daily rebuild hashes the bytes it writes the same way. */
export function manifestHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The manifest text: one `<sha256>  <path>` line per file, as `sha256sum -c`
 * reads it; `known` gives the hashes of files whose bytes the caller has just
 * written or linked (the daily rebuild), the rest are read.
 */
export function siteManifest(outDir: string, known?: ReadonlyMap<string, string>): string {
  return filesUnder(outDir)
    .filter((path) => path !== MANIFEST_FILE)
    .map((path) => {
      if (/[\n\r\\]/.test(path))
        throw new Error(`a built file name holds a line break or backslash: ${JSON.stringify(path)}`);
      const hash = known?.get(path) ?? manifestHash(readFileSync(join(outDir, path)));
      return `${hash}  ${path}\n`;
    })
    .join('');
}

/** The step that writes the output marker and the manifest, last; with `known` as siteManifest takes it. */
export const siteManifestStepKnowing = (known?: ReadonlyMap<string, string>): BuildStep => ({
  name: 'site manifest',
  async run(outDir) {
    writeFileSync(join(outDir, OUTPUT_MARKER), 'Built by npm run build; the next build may replace this folder.\n');
    writeFileSync(join(outDir, MANIFEST_FILE), siteManifest(outDir, known));
  },
});

export const siteManifestStep: BuildStep = siteManifestStepKnowing();

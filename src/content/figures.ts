/**
 * The images of 图解 (content/figures/): the files the MDX texts name, read
 * for the build to publish at /figures/<file>. Only files some text uses are
 * published, and only the kinds checks/mdx.ts allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMdx } from './mdx-check.ts';
import { FIGURES_DIR } from './checks/mdx.ts';
import type { Content } from './entries.ts';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** Every figure file an MDX text uses, with its bytes and media type. */
export function usedFigures(c: Content, dir: string): { file: string; type: string; bytes: Buffer }[] {
  const bodies = [...c.policies.filter((p) => p.mdx), ...c.guides, ...c.consultations];
  const files = new Set(
    bodies.flatMap((b) =>
      checkMdx(b.body).uses.flatMap((u) => (u.name === 'Diagram' && u.attributes.src ? [u.attributes.src] : [])),
    ),
  );
  return [...files].sort().map((file) => ({
    file,
    type: TYPES[file.slice(file.lastIndexOf('.') + 1)],
    bytes: readFileSync(join(dir, FIGURES_DIR, file)),
  }));
}

/** Copies the valid fixture site, overlays one invalid case on it, and returns the content directory. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_SITE = join(import.meta.dirname, '../fixtures/site');
export const INVALID = join(import.meta.dirname, '../fixtures/invalid');

export function siteWith(invalidCase?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lc-')), 'content');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  if (invalidCase) cpSync(join(INVALID, invalidCase), dir, { recursive: true });
  return dir;
}

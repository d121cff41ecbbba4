/** Copies the valid fixture site, overlays one invalid case on it, and returns the content directory. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Problem } from '../../src/content/problems.ts';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';

export const FIXTURE_SITE = join(import.meta.dirname, '../fixtures/site');
export const INVALID = join(import.meta.dirname, '../fixtures/invalid');

export function siteWith(invalidCase?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lc-')), 'content');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  if (invalidCase) cpSync(join(INVALID, invalidCase), dir, { recursive: true });
  return dir;
}

/** Runs the fixture site with one invalid case overlaid through the real reader and schemas; nothing may be published. */
export function problemsOf(invalidCase: string): Problem[] {
  const { content, problems } = validateContent(readContent(siteWith(invalidCase)));
  expect(content, 'nothing is published when there is any problem').toBeUndefined();
  return problems;
}

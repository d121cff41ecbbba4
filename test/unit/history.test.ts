import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readHistory } from '../../src/history/file-history.ts';
import type { GitRunner } from '../../src/history/git.ts';

const recorded = readFileSync(join(import.meta.dirname, '../fixtures/git/log-follow-rename.txt'), 'utf8');

describe('parsing recorded git log output', () => {
  it('gives the versions oldest first, with Shanghai days, renames and change notes', () => {
    const versions = parseGitLog(recorded);
    expect(versions.map((v) => [v.short, v.day, v.clock, v.path, v.note])).toEqual([
      // Committed 2026-03-01 23:30 UTC: already 2 March in Shanghai.
      ['6fd18b26', '2026-03-02', '07:30', 'content/policies/old-name.md', undefined],
      ['b718e2d5', '2026-04-02', '08:00', 'content/policies/test-measures.md', undefined],
      ['8731a430', '2026-05-10', '10:15', 'content/policies/test-measures.md', '改正第一条的文字'],
    ]);
    expect(versions[2].subject).toBe('Correct article 1');
  });

  it('gives no versions for empty output and refuses output it does not understand', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(() => parseGitLog('\x1enot a hash\x1f2026\x1fs\x1f\x1f\n\nfile\n')).toThrow(/unexpected git log record/);
  });
});

/** A fake git that answers from a table, like the real one would. */
function fakeGit(answers: Record<string, string | undefined>): GitRunner {
  return (args) => answers[args[0]];
}
const tracked = (...files: string[]) => files.join('\0') + '\0';

describe('reading history says why it is missing', () => {
  it('no repository (a tarball) or no git at all', () => {
    expect(readHistory('content/policies/x.md', () => undefined)).toEqual({ available: false, gap: 'no-repository' });
  });

  it('a shallow clone, whose oldest commit would pass for the first publication', () => {
    expect(
      readHistory(
        'content/policies/x.md',
        fakeGit({ 'rev-parse': 'true\n', 'ls-files': tracked('content/policies/x.md') }),
      ),
    ).toEqual({ available: false, gap: 'shallow' });
  });

  it('a file not yet committed', () => {
    expect(
      readHistory(
        'content/policies/x.md',
        fakeGit({ 'rev-parse': 'false\n', 'ls-files': tracked('content/policies/y.md') }),
      ),
    ).toEqual({
      available: false,
      gap: 'uncommitted',
    });
  });

  it('a committed file, noting uncommitted edits', () => {
    const h = readHistory(
      'content/policies/test-measures.md',
      fakeGit({
        'rev-parse': 'false\n',
        'ls-files': tracked('content/policies/test-measures.md'),
        log: recorded,
        status: ' M content/policies/test-measures.md\n',
      }),
    );
    expect(h.available && h.versions.length).toBe(3);
    expect(h.available && h.modified).toBe(true);
  });

  it('this repository really has history for its content (not shallow here)', () => {
    const h = readHistory('content/policies/cluster-management-measures-2021.md');
    if (!h.available) expect(h.gap).toBe('shallow');
    else expect(h.versions[0].path).toBe('content/policies/cluster-management-measures-2021.md');
  });
});

describe('URLs promised forever', () => {
  it('include each history list but not the comparisons, which exist only when git history does', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { builtUrls } = await import('../../src/publishing/urls.ts');
    const out = mkdtempSync(join(tmpdir(), 'lc-urls-'));
    for (const page of [
      'policies/x',
      'policies/x/history',
      'policies/x/history/compare',
      'policies/x/history/0a7e6726-8e1e65be',
    ]) {
      mkdirSync(join(out, page), { recursive: true });
      writeFileSync(join(out, page, 'index.html'), '');
    }
    expect(builtUrls(out)).toEqual(['/policies/x/', '/policies/x/history/']);
  });
});

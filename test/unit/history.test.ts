import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readHistory } from '../../src/history/file-history.ts';
import { type GitRunner, gitRunner } from '../../src/history/git.ts';
import { policyHistory } from '../../src/history/policy-history.ts';

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
    expect(() => parseGitLog('\0H:not a hash\x002026\0s\0\0\n\nfile\n')).toThrow(/unexpected git log record/);
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

describe('history never breaks the build', () => {
  /** A throw-away repository with one policy file committed as `versions` (text, subject) in order. */
  function repository(versions: [string, string][]): string {
    const dir = mkdtempSync(join(tmpdir(), 'lc-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
        },
      });
    git('init', '-q');
    mkdirSync(join(dir, 'content/policies'), { recursive: true });
    for (const [text, subject] of versions) {
      writeFileSync(join(dir, 'content/policies/p.md'), text);
      git('add', '.');
      git('commit', '-q', '--no-verify', '-m', subject);
    }
    return dir;
  }
  const good = (n: number) => `---\ntitle: 测试${n}\n---\n\n第一条 正文${n}。\n`;

  it('skips a past version that does not parse, numbering the rest, and says how many it skipped', () => {
    const dir = repository([
      [good(1), 'Add'],
      ['---\ntitle: [测试\n---\n\n正文。\n', 'Typo'],
      [good(2), 'Fix the typo'],
    ]);
    const h = policyHistory('content/policies/p.md', gitRunner(dir));
    expect(h.available).toBe(true);
    if (!h.available) return;
    expect(h.versions.map((v) => [v.number, v.subject])).toEqual([
      [1, 'Add'],
      [2, 'Fix the typo'],
    ]);
    expect(h.skipped.map((v) => v.subject)).toEqual(['Typo']);
  });

  it('reads a commit subject with control characters, showing them as spaces', () => {
    const dir = repository([[good(1), 'Odd\x1esubject\x1fwith\x07bell']]);
    const h = readHistory('content/policies/p.md', gitRunner(dir));
    expect(h.available && h.versions.map((v) => v.subject)).toEqual(['Odd subject with bell']);
  });
});

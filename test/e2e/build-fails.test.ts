import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteWith } from '../unit/fixture-site.ts';

const root = join(import.meta.dirname, '../..');

describe('a build with bad content', () => {
  it('fails, prints every problem in plain language, and leaves the published site untouched', () => {
    const content = siteWith('unknown-county');
    const out = join(mkdtempSync(join(tmpdir(), 'lc-out-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, SITE_AS_OF: '2026-11-24' },
    });
    expect(run.status).not.toBe(0);
    const log = run.stdout + run.stderr;
    expect(log).toContain('内容检查发现 1 个问题，网站未生成');
    expect(log).toContain('content/clusters/test-bad.yaml');
    expect(log).toContain('county（所在县（市、区））：「聊城县」不在县（市、区）名单中');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
    // A site this build published before carries its marker (scripts/output-dir.ts).
    writeFileSync(join(out, '.site-output'), '');
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

describe('a build that fails after rendering, or is interrupted', () => {
  /** An output directory holding a "previous site". */
  function previousSite(): string {
    const out = join(mkdtempSync(join(tmpdir(), 'lc-out-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    writeFileSync(join(out, '.site-output'), '');
    return out;
  }

  /** Pids of the processes `pid` started. */
  const childrenOf = (pid: number) =>
    spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((l) => Number(l.trim()))
      .filter(Boolean);
  const running = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it.each(['SIGKILL', 'SIGTERM'] as const)('killed with %s, takes Astro and Pagefind with it', async (signal) => {
    const out = previousSite();
    const child = spawn(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      env: env(siteWith(), out),
      stdio: 'ignore',
    });
    let kids: number[] = [];
    for (let i = 0; i < 600 && kids.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      kids = childrenOf(child.pid!);
    }
    expect(kids.length, 'Astro and the Pagefind service run').toBe(2);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    process.kill(child.pid!, signal);
    const code = await exited;
    if (signal === 'SIGTERM') expect(code).toBe(143);
    for (let i = 0; i < 50 && kids.some(running); i++) await new Promise((r) => setTimeout(r, 100));
    expect(kids.filter(running)).toEqual([]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
  const env = (content: string, out: string) => ({
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: out,
    SITE_AS_OF: '2026-11-24',
    BUILD_LOG_LEVEL: 'silent',
    // Pagefind must run for these builds to be interrupted while it does: no bundle from the cache (issue 18).
    SEARCH_CACHE_DIR: 'off',
  });

  it('killed while rendering, leaves the previous site; the next build cleans up; a failing post-build step leaves the site too', async () => {
    const content = siteWith();
    const out = previousSite();

    // 1. Interrupted: kill the whole build (SIGKILL, no chance to tidy up) once it is writing its staging directory.
    const child = spawn(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      env: env(content, out),
      detached: true,
      stdio: 'ignore',
    });
    const staging = `dist.staging-${child.pid}`;
    for (let i = 0; i < 600 && !existsSync(join(out, '..', staging)); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(out, '..', staging))).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    // Left behind: the staging directory, and the search index's own directory if it had begun writing.
    const left = readdirSync(join(out, '..'));
    expect(left).toContain(staging);
    expect(left.filter((name) => name !== 'dist' && name !== staging && name !== `dist.search-${child.pid}`)).toEqual(
      [],
    );

    // 2. Everything renders, then the published-URL step finds a recorded page gone: nothing is published.
    writeFileSync(join(content, 'published-urls.txt'), '/\n/clusters/test-alpha/\n/clusters/test-removed/\n');
    const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: env(content, out),
    });
    expect(run.status).not.toBe(0);
    const log = run.stdout + run.stderr;
    expect(log).toContain('已清理上次中断的生成留下的');
    expect(log).toContain('内容检查发现 1 个问题，网站未生成');
    expect(log).toMatch(/published-urls\.txt\n {2}· \/clusters\/test-removed\/：这个网址已经公开发布过/);
    expect(log).toContain('redirects.yaml 中加一行「/clusters/test-removed/: /新网址/」');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);

    // 3. With the redirect the clerk was told to add, `npm run urls:record` builds, publishes (with a page at
    //    the old address) and records every public URL, the old one included.
    writeFileSync(join(content, 'redirects.yaml'), '/clusters/test-removed/: /clusters/test-alpha/\n');
    const fixed = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/urls.ts', 'record'], {
      cwd: root,
      encoding: 'utf8',
      env: env(content, out),
    });
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(readFileSync(join(out, 'clusters/test-removed/index.html'), 'utf8')).toContain('url=/clusters/test-alpha/');
    // The replaced site is removed in the background, after publishing (scripts/build-recovery.ts).
    for (let i = 0; i < 300 && readdirSync(join(out, '..')).length > 1; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
    const recorded = readFileSync(join(content, 'published-urls.txt'), 'utf8').split('\n');
    expect(recorded).toEqual(
      expect.arrayContaining([
        '/',
        '/clusters/test-removed/',
        // A URL new to the manifest carries the day it first existed (the build's as-of day).
        '/clusters/test-beta/ 2026-11-24',
        '/data/registry.csv 2026-11-24',
        '/feeds/all.xml 2026-11-24',
      ]),
    );
    expect(fixed.stdout).toMatch(/已登记 \d+ 个网址（新增 \d+ 个，均注明首次发布日 2026-11-24）/);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dotfilesStep, MANIFEST_FILE, siteManifest, siteManifestStep } from '../../scripts/build-steps/site-files.ts';
import { OUTPUT_MARKER } from '../../scripts/output-dir.ts';

const root = join(import.meta.dirname, '../..');

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lc-site-'));
  mkdirSync(join(dir, 'files/.git'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html>');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'files/.git/config'), '[core]');
  writeFileSync(join(dir, 'files/form.docx'), 'x');
  writeFileSync(join(dir, 'files/.DS_Store'), 'x');
  return dir;
}

describe('what a published site carries', () => {
  it('no dotfile or dot-folder, wherever public/ or a step put it', async () => {
    const dir = site();
    await dotfilesStep.run(dir);
    expect(readdirSync(dir).sort()).toEqual(['files', 'index.html']);
    expect(readdirSync(join(dir, 'files'))).toEqual(['form.docx']);
  });

  it('a marker and a manifest of every file that sha256sum -c accepts, and that catches a changed file', async () => {
    const dir = site();
    await dotfilesStep.run(dir);
    await siteManifestStep.run(dir);
    expect(existsSync(join(dir, OUTPUT_MARKER))).toBe(true);
    expect(
      siteManifest(dir)
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(66)),
    ).toEqual([OUTPUT_MARKER, 'files/form.docx', 'index.html']);
    expect(execFileSync('sha256sum', ['--strict', '-c', MANIFEST_FILE], { cwd: dir, encoding: 'utf8' })).toContain(
      'index.html: OK',
    );
    writeFileSync(join(dir, 'index.html'), 'changed');
    expect(spawnSync('sha256sum', ['--quiet', '-c', MANIFEST_FILE], { cwd: dir }).status).toBe(1);
  });
});

describe('the build refuses bad settings before it touches anything', { timeout: 60_000 }, () => {
  const build = (env: Record<string, string>) =>
    spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'test/fixtures/site', SITE_AS_OF: '2026-11-24', ...env },
    });

  it.each([
    ['.', '是本仓库或包含本仓库'],
    ['content', '是、包含或位于 content/'],
    ['test/fixtures/site', '是、包含或位于 content/（内容目录）'],
    ['public', '是、包含或位于 public/'],
    ['/', '是本仓库或包含本仓库'],
  ])('OUT_DIR=%s exits 1 and names the folder; nothing is deleted', (out, why) => {
    const before = readdirSync(root).sort();
    const r = build({ OUT_DIR: out });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(why);
    expect(r.stderr).toContain('构建失败，已发布的网站保持不变。');
    expect(readdirSync(root).sort()).toEqual(before);
    expect(existsSync(join(root, '.git'))).toBe(true);
  });

  it('SITE_URL that is not an http(s) origin', () => {
    const r = build({
      OUT_DIR: join(mkdtempSync(join(tmpdir(), 'lc-out-')), 'dist'),
      SITE_URL: 'javascript://x/%0Aalert(1)',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SITE_URL「javascript://x/%0Aalert(1)」协议「javascript:」不是 http 或 https');
  });
});

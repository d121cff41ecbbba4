import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritable } from '../../scripts/build-steps/search-index.ts';

const root = join(import.meta.dirname, '../..');
const node = (code: string) =>
  spawnSync(join(root, 'node_modules/.bin/node'), ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

describe('a command whose step never finishes', () => {
  it('exits 1 naming the step, instead of exiting 0 in silence', () => {
    // A promise nothing will ever settle: what a helper process that died without answering leaves behind.
    const r = node(
      `import { guardedMain, stepStarted } from './scripts/exit-guard.ts';
       guardedMain('构建', async () => { stepStarted('search index'); await new Promise(() => {}); }, () => process.exit(3));`,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('构建没有完成：正在进行的步骤「search index」既没有完成也没有报告错误就停止了');
  }, 30_000);

  it('leaves a command that finishes alone, and hands a failure to its handler', () => {
    expect(
      node(
        `import { guardedMain } from './scripts/exit-guard.ts'; guardedMain('x', async () => {}, () => process.exit(3));`,
      ).status,
    ).toBe(0);
    expect(
      node(
        `import { guardedMain } from './scripts/exit-guard.ts'; guardedMain('x', async () => { throw new Error('no'); }, () => process.exit(3));`,
      ).status,
    ).toBe(3);
  }, 30_000);
});

describe('the search index output', () => {
  it('is checked before Pagefind writes to it, with the path and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-ro-'));
    writeFileSync(join(dir, 'file'), '');
    expect(() => assertWritable(join(dir, 'file', 'pagefind'))).toThrow(
      /^搜索索引无法写入 .*file\/pagefind（.*），网站未发布：请腾出磁盘空间或改用可写的 OUT_DIR 后重新生成$/,
    );
    expect(() => assertWritable(join(dir, 'ok', 'pagefind'))).not.toThrow();
  });
});

describe('npm run build with an output it cannot write', () => {
  it('exits 1 and says the build failed and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-ro-'));
    writeFileSync(join(dir, 'file'), '');
    const r = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        OUT_DIR: join(dir, 'file', 'dist'),
        CONTENT_DIR: 'test/fixtures/site',
        SITE_AS_OF: '2026-11-24',
      },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/构建失败：.*file.*。已发布的网站保持不变。/);
  }, 30_000);
});

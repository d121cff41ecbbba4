import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, outputDirProblem } from '../../scripts/output-dir.ts';

const repo = resolve(import.meta.dirname, '../..');
const content = join(repo, 'content');

describe('where a build may write', () => {
  it.each([
    ['.', '是本仓库或包含本仓库'],
    ['..', '是本仓库或包含本仓库'],
    ['/', '是本仓库或包含本仓库'],
    ['content', '是、包含或位于 content/'],
    ['content/site', '是、包含或位于 content/'],
    ['public', '是、包含或位于 public/'],
    ['src', '是、包含或位于 src/'],
    ['src/pages', '是、包含或位于 src/'],
    ['.git', '是、包含或位于 .git/'],
  ])('refuses OUT_DIR=%s', (dir, why) => {
    const problem = outputDirProblem(resolve(repo, dir), repo, content);
    expect(problem).toContain(`」${why}`);
    expect(problem).toMatch(/：生成网站会整个替换这个目录，请改用一个专门的输出目录（例如 dist）$/);
  });

  it('refuses the content directory of CONTENT_DIR wherever it is', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'lc-content-'));
    expect(outputDirProblem(elsewhere, repo, elsewhere)).toMatch(/是、包含或位于 content\/（内容目录）/);
  });

  it('refuses a non-empty folder it did not make; accepts an empty one, a new one, or its own', () => {
    const parent = mkdtempSync(join(tmpdir(), 'lc-out-'));
    const other = join(parent, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'holiday.jpg'), 'x');
    expect(outputDirProblem(other, repo, content)).toMatch(
      /不是空目录，也不是以前生成的网站（没有 \.site-output 标记文件）/,
    );
    expect(outputDirProblem(join(parent, 'new'), repo, content)).toBeUndefined();
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    expect(outputDirProblem(empty, repo, content)).toBeUndefined();
    const own = join(parent, 'site');
    mkdirSync(own);
    writeFileSync(join(own, 'index.html'), '');
    writeFileSync(join(own, OUTPUT_MARKER), '');
    expect(outputDirProblem(own, repo, content)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { compareLockfiles, type Lockfile } from '../../scripts/check-lockfile.ts';

const pagefind = {
  version: '1.6.0',
  resolved: 'https://r/pagefind-1.6.0.tgz',
  integrity: 'sha512-a',
  optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-x64': '1.6.0' },
};
const linux = {
  version: '1.6.0',
  resolved: 'https://r/linux-x64.tgz',
  integrity: 'sha512-l',
  optional: true,
  os: ['linux'],
  cpu: ['x64'],
};
const darwin = {
  version: '1.6.0',
  resolved: 'https://r/darwin-x64.tgz',
  integrity: 'sha512-d',
  optional: true,
  os: ['darwin'],
  cpu: ['x64'],
};
const lock = (packages: Lockfile['packages'], top: Record<string, unknown> = {}): Lockfile => ({
  name: 'site',
  lockfileVersion: 3,
  ...top,
  packages: { '': { name: 'site', devDependencies: { pagefind: '^1.6.0' } }, ...packages },
});
const before = lock({ 'node_modules/pagefind': pagefind, 'node_modules/@pagefind/linux-x64': linux });
const onlyLinuxInstalled = (path: string) => path !== 'node_modules/@pagefind/darwin-x64';

describe('the lockfile check after npm install', () => {
  it('passes an unchanged lockfile, whatever the key order', () => {
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = lock({
      'node_modules/@pagefind/linux-x64': reversed(linux),
      'node_modules/pagefind': reversed(pagefind),
    });
    expect(compareLockfiles(before, reordered, onlyLinuxInstalled)).toEqual({ tolerated: [], problems: [] });
  });

  it('tolerates, and names, an optional binary for another platform that is not installed here', () => {
    const after = lock({ ...before.packages, 'node_modules/@pagefind/darwin-x64': darwin });
    expect(compareLockfiles(before, after, onlyLinuxInstalled)).toEqual({
      tolerated: ['node_modules/@pagefind/darwin-x64@1.6.0'],
      problems: [],
    });
  });

  it('fails when a new package is installed here, even an optional one', () => {
    const after = lock({ ...before.packages, 'node_modules/@pagefind/darwin-x64': darwin });
    expect(compareLockfiles(before, after, () => true).problems).toEqual([
      '新增并已安装：node_modules/@pagefind/darwin-x64@1.6.0',
    ]);
    const required = lock({ ...before.packages, 'node_modules/left-pad': { version: '1.3.0' } });
    expect(compareLockfiles(before, required, () => false).problems).toEqual([
      '新增并已安装：node_modules/left-pad@1.3.0',
    ]);
  });

  it('fails on a changed version or integrity, a removed package and a changed top-level field', () => {
    const after = lock({ 'node_modules/pagefind': { ...pagefind, version: '1.6.1' } }, { lockfileVersion: 4 });
    expect(compareLockfiles(before, after, onlyLinuxInstalled).problems).toEqual([
      '顶层字段 lockfileVersion 变了',
      '已改变：node_modules/pagefind（1.6.0 → 1.6.1）',
      '已移除：node_modules/@pagefind/linux-x64@1.6.0',
    ]);
    const rehashed = lock({ ...before.packages, 'node_modules/pagefind': { ...pagefind, integrity: 'sha512-b' } });
    expect(compareLockfiles(before, rehashed, onlyLinuxInstalled).problems).toEqual([
      '已改变：node_modules/pagefind（1.6.0 → 1.6.0）',
    ]);
  });
});

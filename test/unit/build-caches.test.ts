/**
 * The pieces of issue 18's incremental build that can be checked alone: the
 * as-of marks and their filling, the page keys, and the cache of search
 * bundles. That the whole build publishes the same bytes as a build from
 * nothing is test/e2e/incremental.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bundleKey,
  keepBundle,
  pruneSearchCache,
  restoreBundle,
  searchCacheDir,
} from '../../scripts/build-steps/search-cache.ts';
import { AS_OF, AS_OF_TEXT } from '../../src/format/as-of-mark.ts';
import { fillAsOf, hasAsOfMark } from '../../src/outputs/as-of-fill.ts';
import { dataKey } from '../../src/outputs/page-keys.ts';

afterEach(() => vi.unstubAllEnvs());

describe('as-of marks', () => {
  it('are filled with the day, in both forms, wherever they are', () => {
    const page = `<meta content="${AS_OF}"><p data-as-of="${AS_OF}">按${AS_OF_TEXT}计算</p>`;
    const html = fillAsOf(page, '2026-12-02');
    expect(html).toBe('<meta content="2026-12-02"><p data-as-of="2026-12-02">按2026年12月2日计算</p>');
    expect(hasAsOfMark(page)).toBe(true);
    expect(hasAsOfMark(html)).toBe(false);
  });

  it('leave a date that is content alone', () => {
    expect(fillAsOf('<time>2026-12-01</time>', '2026-12-02')).toBe('<time>2026-12-01</time>');
  });
});

describe('page keys', () => {
  it('change with any input, Maps and Sets by their entries, and not with object identity', () => {
    const a = { id: 'x', lags: new Map([['p', 3]]), seen: new Set(['a']) };
    expect(dataKey(a)).toBe(dataKey({ id: 'x', lags: new Map([['p', 3]]), seen: new Set(['a']) }));
    expect(dataKey(a)).not.toBe(dataKey({ ...a, lags: new Map([['p', 4]]) }));
    expect(dataKey(a)).not.toBe(dataKey({ ...a, seen: new Set(['b']) }));
    expect(dataKey(a)).not.toBe(dataKey({ ...a, id: 'y' }));
  });
});

describe('the search bundle cache', () => {
  const docs = [
    { url: '/a/', html: '<h1>甲</h1>' },
    { url: '/b/', html: '<h1>乙</h1>' },
  ];

  it('keys a bundle by every document, in order, and by the tokens setting', () => {
    const key = bundleKey(docs, true);
    expect(bundleKey(docs, true)).toBe(key);
    expect(bundleKey(docs, false)).not.toBe(key);
    expect(bundleKey([...docs].reverse(), true)).not.toBe(key);
    expect(bundleKey([docs[0], { ...docs[1], html: '<h1>丙</h1>' }], true)).not.toBe(key);
    // A URL running into its HTML cannot pass for another split of the same characters.
    expect(bundleKey([{ url: '/a', html: '/<h1>甲</h1>' }, docs[1]], true)).not.toBe(key);
  });

  it('gives back what it kept, and nothing when it is off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-search-cache-'));
    vi.stubEnv('SEARCH_CACHE_DIR', join(dir, 'cache'));
    const written = join(dir, 'written');
    mkdirSync(join(written, 'index'), { recursive: true });
    writeFileSync(join(written, 'index/chunk.pf_index'), 'bytes');
    const key = bundleKey(docs, true);
    expect(restoreBundle(key, join(dir, 'out'))).toBe(false);
    keepBundle(key, written);
    expect(restoreBundle(key, join(dir, 'out'))).toBe(true);
    expect(readFileSync(join(dir, 'out/index/chunk.pf_index'), 'utf8')).toBe('bytes');
    vi.stubEnv('SEARCH_CACHE_DIR', 'off');
    expect(searchCacheDir()).toBeUndefined();
    expect(restoreBundle(key, join(dir, 'out2'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('prunes bundles unused for a month and only its own files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-search-prune-'));
    const old = join(dir, 'a'.repeat(64));
    const fresh = join(dir, 'b'.repeat(64));
    const stranger = join(dir, 'notes.txt');
    for (const d of [old, fresh]) mkdirSync(d);
    writeFileSync(stranger, 'keep me');
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(old, monthAgo, monthAgo);
    expect(pruneSearchCache(dir)).toEqual({ removed: 1, kept: 1 });
    expect([existsSync(old), existsSync(fresh), existsSync(stranger)]).toEqual([false, true, true]);
    rmSync(dir, { recursive: true, force: true });
  });
});

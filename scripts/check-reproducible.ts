/**
 * npm run check:reproducible — builds the site from the same commit with the
 * same as-of day (SITE_AS_OF, default today in Beijing time) twice: once from
 * nothing (no cache of any kind), once incrementally, reusing what a build
 * of the day before left (issue 18: pages, search bundles, social images);
 * and fails unless every file of the two is byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { addDays, asOfDate } from '../src/rules/dates.ts';

/** Every file under `dir`, as sorted relative paths. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** The differences between two built sites: files only in one, and files whose bytes differ (with the first differing offset). */
export function compareTrees(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  const inB = new Set(fb);
  const inA = new Set(fa);
  const diffs = [
    ...fa.filter((f) => !inB.has(f)).map((f) => `只在第一次生成中：${f}`),
    ...fb.filter((f) => !inA.has(f)).map((f) => `只在第二次生成中：${f}`),
  ];
  for (const f of fa.filter((x) => inB.has(x))) {
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (x.equals(y)) continue;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    diffs.push(
      `内容不同：${f}（自第 ${i} 字节起：${JSON.stringify(x.subarray(i, i + 40).toString('utf8'))} ≠ ${JSON.stringify(y.subarray(i, i + 40).toString('utf8'))}）`,
    );
  }
  return diffs;
}

/** Runs the real build pipeline in its own process, as `npm run build` would. */
export function buildInto(outDir: string, env: Record<string, string | undefined>): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env, OUT_DIR: outDir, BUILD_LOG_LEVEL: 'silent' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asOf = asOfDate();
  const base = resolve('.tmp/reproducible');
  rmSync(base, { recursive: true, force: true });
  const [a, b] = [join(base, 'a'), join(base, 'b')];
  console.log(`生成网站（SITE_AS_OF=${asOf}）：一次从零开始，一次沿用前一天的生成结果，并逐字节比较……`);
  buildInto(a, { SITE_AS_OF: asOf, BUILD_CACHE: 'off' });
  const caches = {
    ASTRO_CACHE_DIR: join(base, 'astro-cache'),
    SEARCH_CACHE_DIR: join(base, 'search-cache'),
    OG_CACHE_DIR: join(base, 'og-cache'),
  };
  buildInto(b, { SITE_AS_OF: addDays(asOf, -1), ...caches });
  buildInto(b, { SITE_AS_OF: asOf, ...caches });
  const diffs = compareTrees(a, b);
  if (diffs.length > 0) {
    console.error(`两次生成的结果不同（${diffs.length} 处）：`);
    for (const d of diffs) console.error(`  ✗ ${d}`);
    process.exit(1);
  }
  console.log(`✓ 两次生成的 ${files(a).length} 个文件逐字节相同。`);
  rmSync(base, { recursive: true, force: true });
}

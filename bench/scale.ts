/**
 * Scale benchmark (a script, not a test): builds a synthetic site and prints
 * where the time and memory go.
 *
 *   npm run bench:scale                 # 10,000 clusters, 2,000 policies, 500 notices
 *   npm run bench:scale -- --small      # 1,000 / 200 / 50 (what CI runs)
 *   npm run bench:scale -- 5000 1000 250
 *
 * Figures: content validation alone (in this process), then the full build
 * pipeline (scripts/build.ts) in a child process under /usr/bin/time: wall,
 * user and system time, peak RSS of the largest process, peak RSS summed over
 * the whole process tree (sampled every 50 ms), the phases from the build log,
 * and output size and page count by page type.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readContent } from '../src/content/read.ts';
import { validateContent } from '../src/content/validate.ts';
import { buildModel } from '../src/model/model.ts';
import { generate } from './generate.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const [clusters, policies, notices] = args.includes('--small')
  ? [1000, 200, 50]
  : [Number(args[0] ?? 10_000), Number(args[1] ?? 2_000), Number(args[2] ?? 500)];
const contentDir = join(root, '.tmp/bench-content');
const outDir = join(root, '.tmp/bench-dist');

/** Sum of RSS (kB) over a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += m ? Number(m[1]) : 0;
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function sizeOf(path: string): { bytes: number; pages: number } {
  const s = statSync(path);
  if (!s.isDirectory()) return { bytes: s.size, pages: path.endsWith('.html') ? 1 : 0 };
  return readdirSync(path).reduce(
    (acc, name) => {
      const sub = sizeOf(join(path, name));
      return { bytes: acc.bytes + sub.bytes, pages: acc.pages + sub.pages };
    },
    { bytes: 0, pages: 0 },
  );
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`generating ${clusters} clusters, ${policies} policies, ${notices} notices …`);
let t = performance.now();
generate(contentDir, clusters, policies, notices);
console.log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

t = performance.now();
const { content, problems } = validateContent(readContent(contentDir));
if (!content)
  throw new Error(
    `synthetic content does not validate:\n${problems
      .slice(0, 5)
      .map((p) => `${p.file} ${p.field} ${p.message}`)
      .join('\n')}`,
  );
const validateMs = performance.now() - t;
t = performance.now();
buildModel(content, '2026-11-24');
const modelMs = performance.now() - t;
console.log(`read + validate: ${(validateMs / 1000).toFixed(2)} s; derive model: ${(modelMs / 1000).toFixed(2)} s`);

// The build's caches, emptied so the first build is cold: drawn cards, search bundles, Astro's pages and content store.
const ogCache = join(root, '.tmp/bench-og-cache');
const searchCache = join(root, '.tmp/bench-search-cache');
const astroCache = join(root, '.tmp/bench-astro-cache');
for (const dir of [ogCache, searchCache, astroCache]) rmSync(dir, { recursive: true, force: true });

/** One full build in a child process under /usr/bin/time, with the process tree's memory sampled. */
async function measuredBuild(label: string) {
  const timeFile = join(root, '.tmp/bench-time.txt');
  const child = spawn(
    '/usr/bin/time',
    ['-v', '-o', timeFile, join(root, 'node_modules/.bin/node'), 'scripts/build.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        SITE_AS_OF: '2026-11-24',
        OG_CACHE_DIR: ogCache,
        SEARCH_CACHE_DIR: searchCache,
        ASTRO_CACHE_DIR: astroCache,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peakTree = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
  }, 50);
  const started = performance.now();
  const code: number = await new Promise((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(log.slice(-3000));
    throw new Error(`build failed with exit code ${code}`);
  }
  const time = readFileSync(timeFile, 'utf8');
  const field = (name: string) => (new RegExp(`${name}: (.+)`).exec(time)?.[1] ?? '?').trim();
  const phases = [...log.matchAll(/\[build\] (.+) \((\d+) ms\)/g)].map(
    (m) => `${m[1]} ${(Number(m[2]) / 1000).toFixed(1)} s`,
  );
  const pagesLine = /(\d+) page\(s\) built in ([\dms .]+)/.exec(log);
  console.log(`\n${label}: ${wall.toFixed(1)} s wall`);
  console.log(
    `  user ${field('User time \\(seconds\\)')} s, system ${field('System time \\(seconds\\)')} s, CPU ${field('Percent of CPU this job got')}`,
  );
  console.log(
    `  peak RSS of the largest process: ${(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024 / 1024).toFixed(2)} GB`,
  );
  console.log(`  peak RSS of the whole process tree: ${(peakTree / 1024 / 1024).toFixed(2)} GB`);
  if (pagesLine) console.log(`  Astro: ${pagesLine[1]} pages rendered in ${pagesLine[2].trim()}`);
  for (const p of phases) console.log(`  step: ${p}`);
  return { label, wall, time, peakTreeKb: peakTree, phases };
}

// Cold: nothing cached. Rebuild: the same content again, as the daily rebuild finds it (drawn social images cached).
const runs = [
  await measuredBuild('full build, cold (scripts/build.ts)'),
  await measuredBuild('rebuild of the same content'),
];

console.log('\noutput by page type:');
const rows = readdirSync(outDir)
  .map((name) => ({ name, ...sizeOf(join(outDir, name)) }))
  .sort((a, b) => b.bytes - a.bytes);
for (const r of rows.slice(0, 12))
  console.log(`  ${r.name.padEnd(24)} ${String(r.pages).padStart(6)} pages ${mb(r.bytes).padStart(8)} MB`);
const total = sizeOf(outDir);
console.log(`  ${'total'.padEnd(24)} ${String(total.pages).padStart(6)} pages ${mb(total.bytes).padStart(8)} MB`);

writeFileSync(
  join(root, '.tmp/bench-scale.json'),
  JSON.stringify({ clusters, policies, notices, validateMs, modelMs, runs, output: rows }, null, 2),
);
execFileSync('rm', ['-rf', outDir]);

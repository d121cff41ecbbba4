/**
 * Scale benchmark (a script, not a test): builds a synthetic site and prints
 * where the time and memory go.
 *
 *   npm run bench:scale                 # 10,000 clusters, 2,000 policies, 500 notices
 *   npm run bench:scale -- --small      # 1,000 / 200 / 50 (what CI runs)
 *   npm run bench:scale -- 5000 1000 250
 *   npm run bench:scale -- --no-hugo    # without the Hugo + Pagefind pairing
 *   npm run bench:scale -- --load-timeout=120   # wait at most 120 s for a quiet machine before each paired run
 *
 * Figures: content validation alone (in this process), then the full build
 * pipeline (scripts/build.ts) in a child process under /usr/bin/time: wall,
 * user and system time, peak RSS of the largest process, peak RSS summed over
 * the whole process tree (sampled every 50 ms), the phases from the build log,
 * and output size and page count by page type.
 *
 * When Debian's `hugo` is on PATH, the same content is also built by a plain
 * Hugo site with stock Pagefind over its output (bench/hugo.ts), the runs
 * interleaved (ours cold, Hugo cold, ours rebuild, Hugo rebuild), each
 * started once the 1-minute load average is below QUIET_LOAD, and the two
 * are printed side by side with their ratios. Without `hugo` that part is
 * skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readContent } from '../src/content/read.ts';
import { validateContent } from '../src/content/validate.ts';
import { buildModel } from '../src/model/model.ts';
import { addDays } from '../src/rules/dates.ts';
import { pendingRemovals } from '../scripts/build-recovery.ts';
import { generate } from './generate.ts';
import { HUGO_OUT, type HugoRun, hugoVersion, printHugoRun, runHugoAndPagefind, writeHugoProject } from './hugo.ts';
import { QUIET_LOAD, type QuietStart, gb, mb, runMeasured, sizeOf, waitForQuiet } from './measure.ts';

const root = resolve(import.meta.dirname, '..');
const { values: flags, positionals } = parseArgs({
  options: { small: { type: 'boolean' }, 'no-hugo': { type: 'boolean' }, 'load-timeout': { type: 'string' } },
  allowPositionals: true,
});
const [clusters, policies, notices] = flags.small
  ? [1000, 200, 50]
  : [Number(positionals[0] ?? 10_000), Number(positionals[1] ?? 2_000), Number(positionals[2] ?? 500)];
/** Longest wait for a quiet machine before a paired run (s): a CI-sized run should not sit for minutes. */
const loadTimeoutS = Number(flags['load-timeout'] ?? (flags.small ? 60 : 300));
if (!(loadTimeoutS >= 0))
  throw new Error(`--load-timeout=${flags['load-timeout']}: give the seconds to wait, 0 or more`);
const asOf = '2026-11-24';
const contentDir = join(root, '.tmp/bench-content');
const outDir = join(root, '.tmp/bench-dist');

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

// The build's caches, emptied so the first build is cold: drawn cards, search bundles, Astro's pages and content
// store, and the reuse state of the daily rebuild beside them (scripts/build-steps/day-reuse.ts).
const ogCache = join(root, '.tmp/bench-og-cache');
const searchCache = join(root, '.tmp/bench-search-cache');
const astroCache = join(root, '.tmp/bench-astro-cache');
for (const dir of [ogCache, searchCache, astroCache, `${astroCache}.day`, outDir])
  rmSync(dir, { recursive: true, force: true });

/** One full build in a child process under /usr/bin/time, with the process tree's memory sampled. */
async function measuredBuild(label: string, day: string = asOf) {
  const timeFile = join(root, '.tmp/bench-time.txt');
  const {
    code,
    wallS: wall,
    peakTreeKb: peakTree,
    log,
  } = await runMeasured(
    '/usr/bin/time',
    ['-v', '-o', timeFile, join(root, 'node_modules/.bin/node'), 'scripts/build.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        SITE_AS_OF: day,
        OG_CACHE_DIR: ogCache,
        SEARCH_CACHE_DIR: searchCache,
        ASTRO_CACHE_DIR: astroCache,
      },
    },
  );
  if (code !== 0) {
    console.error(log.slice(-3000));
    throw new Error(`build failed with exit code ${code}`);
  }
  const time = readFileSync(timeFile, 'utf8');
  const field = (name: string) => (new RegExp(`${name}: (.+)`).exec(time)?.[1] ?? '?').trim();
  const phases = [...log.matchAll(/\[build\] (.+) \((\d+) ms\)/g)].map(
    (m) => `${m[1]} ${(Number(m[2]) / 1000).toFixed(1)} s`,
  );
  const removalS = await backgroundRemoval();
  const pagesLine = /(\d+) page\(s\) built in ([\dms .]+)/.exec(log);
  const { pages, bytes } = sizeOf(outDir);
  console.log(`\n${label}: ${wall.toFixed(1)} s wall`);
  console.log(
    `  user ${field('User time \\(seconds\\)')} s, system ${field('System time \\(seconds\\)')} s, CPU ${field('Percent of CPU this job got')}`,
  );
  console.log(
    `  peak RSS of the largest process: ${(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024 / 1024).toFixed(2)} GB`,
  );
  console.log(`  peak RSS of the whole process tree: ${gb(peakTree)} GB`);
  if (pagesLine) console.log(`  Astro: ${pagesLine[1]} pages rendered in ${pagesLine[2].trim()}`);
  for (const p of phases) console.log(`  step: ${p}`);
  if (removalS !== undefined)
    console.log(
      `  the previous site, removed in the background, was gone ${removalS.toFixed(1)} s after the build ended`,
    );
  return { label, wall, time, peakTreeKb: peakTree, phases, pages, bytes, removalS };
}

/**
 * Waits for the replaced site that the build removes in the background
 * (scripts/build-recovery.ts) to be gone, so the next run does not meet its
 * disk writes; returns how long that took after the build ended (s), or
 * undefined when there was none.
 */
async function backgroundRemoval(): Promise<number | undefined> {
  const started = performance.now();
  const trash = () => pendingRemovals(outDir);
  if (trash().length === 0) return undefined;
  while (trash().length > 0) {
    if (performance.now() - started > 600_000)
      throw new Error(`${trash().join(', ')} still there 10 minutes after the build: its background removal stopped`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - started) / 1000;
}

const nextDay = addDays(asOf, 1);

/** A clerk's publication: a 省级 recognition of ten clusters the content recognised at 市级, dated the next day. */
function publishOneAnnouncement(): void {
  const ids = Array.from({ length: 10 }, (_, i) => `bench-cluster-${String(i).padStart(5, '0')}`);
  writeFileSync(
    join(contentDir, 'announcements/bench-announcement-new.yaml'),
    [
      'title: 合成公布（新增一份）',
      'issuer: 合成主办单位',
      `date: ${nextDay}`,
      'action: recognize',
      'level: 省级',
      `clusters: [${ids.join(', ')}]`,
      '',
    ].join('\n'),
  );
}

/** One measured run of either pipeline, as the comparison and the JSON record it. */
interface Measurement {
  side: 'ours' | 'hugo';
  /** cold: nothing cached; rebuild: the same content; next-day and announcement: the incremental daily cases (ours only). */
  phase: 'cold' | 'rebuild' | 'next-day' | 'announcement';
  label: string;
  wallS: number;
  peakTreeKb: number;
  /** HTML pages and bytes of the output after the run (search index included). */
  pages: number;
  bytes: number;
  /** The machine's load when the run started (paired runs only). */
  quiet?: QuietStart;
  /** Everything else the run reported: /usr/bin/time and the build's phases, or Hugo's and Pagefind's parts. */
  detail: Awaited<ReturnType<typeof measuredBuild>> | HugoRun;
}

const ours = async (phase: Measurement['phase'], label: string, day?: string): Promise<Measurement> => {
  const run = await measuredBuild(label, day);
  return {
    side: 'ours',
    phase,
    label,
    wallS: run.wall,
    peakTreeKb: run.peakTreeKb,
    pages: run.pages,
    bytes: run.bytes,
    detail: run,
  };
};
const hugo = async (phase: 'cold' | 'rebuild'): Promise<Measurement> => {
  const run = await runHugoAndPagefind(phase);
  printHugoRun(run);
  const { label, wallS, peakTreeKb, pages, bytes } = run;
  return { side: 'hugo', phase, label, wallS, peakTreeKb, pages, bytes, detail: run };
};

const hugoFound = flags['no-hugo'] ? undefined : hugoVersion();
if (flags['no-hugo']) console.log('\nHugo + Pagefind pairing skipped (--no-hugo).');
else if (!hugoFound)
  console.log(
    '\nNote: hugo is not on PATH (Debian: apt-get install hugo), so the Hugo + Pagefind pairing is skipped; our build alone is measured.',
  );
else {
  writeHugoProject(contentDir, asOf);
  console.log(
    `\npaired with ${hugoFound} + Pagefind on the same content, runs interleaved, each started at a 1-minute load below ${QUIET_LOAD}`,
  );
}

// Cold: nothing cached. Rebuild: the same content again, as the daily rebuild finds it (drawn social images cached).
// Interleaved with the Hugo pair so that both meet the same machine; further runs are added to this list.
const plan: (() => Promise<Measurement>)[] = [
  () => ours('cold', 'full build, cold (scripts/build.ts)'),
  ...(hugoFound ? [() => hugo('cold')] : []),
  () => ours('rebuild', 'rebuild of the same content'),
  ...(hugoFound ? [() => hugo('rebuild')] : []),
  // The daily cases of issue 18: a day passes with nothing published; then one announcement is published.
  () => ours('next-day', 'rebuild the next day, nothing published', nextDay),
  () => {
    publishOneAnnouncement();
    return ours('announcement', 'rebuild after one announcement, the same day', nextDay);
  },
];
const measured: Measurement[] = [];
for (const step of plan) {
  const quiet = hugoFound ? await waitForQuiet(QUIET_LOAD, loadTimeoutS) : undefined;
  measured.push({ ...(await step()), quiet });
}

console.log('\noutput by page type:');
const rows = readdirSync(outDir)
  .map((name) => ({ name, ...sizeOf(join(outDir, name)) }))
  .sort((a, b) => b.bytes - a.bytes);
for (const r of rows.slice(0, 12))
  console.log(`  ${r.name.padEnd(24)} ${String(r.pages).padStart(6)} pages ${mb(r.bytes).padStart(8)} MB`);
const total = sizeOf(outDir);
console.log(`  ${'total'.padEnd(24)} ${String(total.pages).padStart(6)} pages ${mb(total.bytes).padStart(8)} MB`);

/** One line of the side-by-side table: our figure, Hugo's, and ours ÷ Hugo's. */
interface Compared {
  what: string;
  ours: number;
  hugo: number;
  unit: string;
  ratio: number;
}

/** Ours against Hugo + Pagefind, from the runs of each phase (memory and output: the larger of a side's runs). */
function compare(runs: Measurement[]): Compared[] {
  const run = (side: Measurement['side'], phase: Measurement['phase']) =>
    runs.find((m) => m.side === side && m.phase === phase)!;
  const most = (side: Measurement['side'], pick: (m: Measurement) => number) =>
    Math.max(...runs.filter((m) => m.side === side).map(pick));
  const line = (what: string, unit: string, ours: number, hugo: number) => ({
    what,
    unit,
    ours,
    hugo,
    ratio: ours / hugo,
  });
  return [
    line('cold build', 's', run('ours', 'cold').wallS, run('hugo', 'cold').wallS),
    line('rebuild', 's', run('ours', 'rebuild').wallS, run('hugo', 'rebuild').wallS),
    // Hugo + Pagefind have no incremental mode here: their daily rebuild is their rebuild.
    line('daily: next day', 's', run('ours', 'next-day').wallS, run('hugo', 'rebuild').wallS),
    line('daily: one announcement', 's', run('ours', 'announcement').wallS, run('hugo', 'rebuild').wallS),
    line(
      'peak RSS, process tree',
      'GB',
      most('ours', (m) => m.peakTreeKb) / 1024 / 1024,
      most('hugo', (m) => m.peakTreeKb) / 1024 / 1024,
    ),
    line(
      'output pages',
      'pages',
      most('ours', (m) => m.pages),
      most('hugo', (m) => m.pages),
    ),
    line('output size', 'MB', most('ours', (m) => m.bytes) / 1024 / 1024, most('hugo', (m) => m.bytes) / 1024 / 1024),
  ];
}

const comparison = hugoFound ? compare(measured) : undefined;
if (comparison) {
  const figure = (c: Compared, value: number) =>
    `${c.unit === 'pages' ? String(value) : value.toFixed(c.unit === 'GB' ? 2 : 1)} ${c.unit}`;
  console.log(`\nside by side (ratio = ours ÷ Hugo + Pagefind):`);
  console.log(`  ${''.padEnd(24)} ${'ours'.padStart(12)} ${'Hugo+Pagefind'.padStart(14)} ${'ratio'.padStart(7)}`);
  for (const c of comparison)
    console.log(
      `  ${c.what.padEnd(24)} ${figure(c, c.ours).padStart(12)} ${figure(c, c.hugo).padStart(14)} ${`${c.ratio.toFixed(2)}×`.padStart(7)}`,
    );
  const hugoRuns = measured.filter((m) => m.side === 'hugo').map((m) => m.detail as HugoRun);
  console.log(
    `  Hugo + Pagefind: ${hugoRuns.map((r) => `${r.phase} Hugo ${r.hugoS.toFixed(1)} s + Pagefind ${r.pagefindS.toFixed(1)} s`).join('; ')}`,
  );
  const late = measured.filter((m) => m.quiet?.timedOut);
  if (late.length)
    console.log(
      `  (${late.map((m) => m.label).join('; ')}: started above load ${QUIET_LOAD} after waiting ${loadTimeoutS} s)`,
    );
}

writeFileSync(
  join(root, '.tmp/bench-scale.json'),
  JSON.stringify(
    {
      clusters,
      policies,
      notices,
      validateMs,
      modelMs,
      runs: measured.filter((m) => m.side === 'ours').map((m) => ({ ...m.detail, quiet: m.quiet })),
      output: rows,
      hugo: hugoFound
        ? {
            version: hugoFound,
            runs: measured.filter((m) => m.side === 'hugo').map((m) => ({ ...m.detail, quiet: m.quiet })),
          }
        : undefined,
      comparison,
      measured: measured.map(({ detail: _detail, ...m }) => m),
    },
    null,
    2,
  ),
);
execFileSync('rm', ['-rf', outDir]);
if (hugoFound) rmSync(HUGO_OUT, { recursive: true, force: true });

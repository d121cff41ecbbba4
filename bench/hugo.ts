/**
 * The Hugo + Pagefind side of the scale benchmark: the same synthetic content
 * (bench/generate.ts) built by a plain Hugo site, `hugo --minify`, then stock
 * Pagefind over its output, so bench/scale.ts can put the two pipelines side
 * by side in one run. Runnable alone too:
 *
 *   node bench/hugo.ts                  # 10,000 clusters, 2,000 policies, 500 notices
 *   node bench/hugo.ts --small          # 1,000 / 200 / 50
 *   node bench/hugo.ts 5000 1000 250
 *   node bench/hugo.ts --small --load-timeout=0   # start at once, however busy the machine
 *
 * Needs Debian's `hugo` on PATH (`apt-get install hugo`: 0.111 on bookworm);
 * without it the pairing is skipped with a note, never failed.
 *
 * The Hugo project (.tmp/bench-hugo) is written from the content directory
 * outside the timed part, as generating the content is for our build: each
 * YAML file becomes a Markdown file with that YAML as its front matter (how
 * a Hugo site keeps such records), each policy is copied as it is, and the
 * settings become a data file. The layouts are in bench/hugo-templates.ts.
 * Timed: Hugo, then Pagefind, each in its own process tree, sampled like
 * our build (bench/measure.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';
import { ACTION_WORDS, LAYOUTS, STYLE } from './hugo-templates.ts';
import { QUIET_LOAD, gb, mb, runMeasured, sizeOf, waitForQuiet } from './measure.ts';

const root = resolve(import.meta.dirname, '..');
/** The Hugo project written from the content. */
export const HUGO_PROJECT = join(root, '.tmp/bench-hugo');
/** Where Hugo writes the site and Pagefind its index. */
export const HUGO_OUT = join(root, '.tmp/bench-hugo-public');
/** Hugo's cache (modules, images, getJSON), removed for a cold run; the project's resources/ is too. */
const HUGO_CACHE = join(root, '.tmp/bench-hugo-cache');

/** The YAML collections that become front matter, by folder (src/content/read.ts). */
const YAML_SECTIONS = ['clusters', 'notices', 'announcements'] as const;
const SECTION_TITLES: Record<string, string> = {
  clusters: '产业集群',
  policies: '政策文件',
  notices: '公示',
  announcements: '公布',
};

/** `hugo version`'s first line, or undefined when there is no `hugo` on PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return undefined;
  }
}

/** Writes the Hugo project for a content directory (every file of it regenerated). */
export function writeHugoProject(contentDir: string, asOf: string, project = HUGO_PROJECT): void {
  rmSync(project, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  };
  // JSON strings are YAML strings: quoting without a YAML library.
  const settings = readFileSync(join(contentDir, 'settings.yaml'), 'utf8');
  const siteName = /^siteName:\s*(.+)$/m.exec(settings)?.[1] ?? 'bench';
  write(
    'hugo.yaml',
    [
      'baseURL: https://bench.invalid/',
      'languageCode: zh-CN',
      'defaultContentLanguage: zh',
      'hasCJKLanguage: true',
      `title: ${JSON.stringify(siteName)}`,
      'timeZone: Asia/Shanghai',
      // No tags or categories in this content; feeds left out (see hugo-templates.ts).
      'disableKinds: [taxonomy, term, RSS]',
      `cacheDir: ${JSON.stringify(HUGO_CACHE)}`,
      // A record's own date field is its page date, for sorting the lists.
      'frontmatter:',
      "  date: [date, issuedOn, publishedOn, ':default']",
      'params:',
      `  asOf: ${JSON.stringify(asOf)}`,
      '',
    ].join('\n'),
  );
  write('data/settings.yaml', settings);
  write('data/actions.yaml', ACTION_WORDS);
  write('static/style.css', STYLE);
  for (const [path, text] of Object.entries(LAYOUTS)) write(join('layouts', path), text);
  for (const [section, title] of Object.entries(SECTION_TITLES))
    write(join('content', section, '_index.md'), `---\ntitle: ${title}\n---\n`);
  for (const section of YAML_SECTIONS)
    for (const name of readdirSync(join(contentDir, section)).filter((n) => /\.ya?ml$/.test(n)))
      writeFileSync(
        join(project, 'content', section, name.replace(/\.ya?ml$/, '.md')),
        `---\n${readFileSync(join(contentDir, section, name), 'utf8')}---\n`,
      );
  for (const name of readdirSync(join(contentDir, 'policies')).filter((n) => n.endsWith('.md')))
    copyFileSync(join(contentDir, 'policies', name), join(project, 'content', 'policies', name));
}

export interface HugoRun {
  label: string;
  phase: 'cold' | 'rebuild';
  /** Wall time of `hugo --minify` (s). */
  hugoS: number;
  /** Hugo's own figure (its "Total in … ms"), s. */
  hugoReportedS?: number;
  /** Wall time of Pagefind over Hugo's output (s). */
  pagefindS: number;
  /** Hugo and Pagefind, one after the other (s). */
  wallS: number;
  /** Peak RSS of each process tree (kB); the run's peak is the larger, as they never overlap. */
  hugoPeakKb: number;
  pagefindPeakKb: number;
  peakTreeKb: number;
  /** Pages Hugo wrote, by its own count. */
  hugoPages?: number;
  /** Pages Pagefind indexed, by its own count. */
  indexedPages?: number;
  /** HTML pages and bytes of the whole output, search index included. */
  pages: number;
  bytes: number;
}

/**
 * One Hugo build and one Pagefind run over it. Cold: output and every Hugo
 * cache removed first; rebuild: the same content again over the previous
 * output, as a daily rebuild would run it.
 */
export async function runHugoAndPagefind(phase: 'cold' | 'rebuild', project = HUGO_PROJECT): Promise<HugoRun> {
  if (phase === 'cold')
    for (const dir of [HUGO_OUT, HUGO_CACHE, join(project, 'resources')]) rmSync(dir, { recursive: true, force: true });
  const hugo = await runMeasured('hugo', ['--minify', '--source', project, '--destination', HUGO_OUT], { cwd: root });
  if (hugo.code !== 0) {
    console.error(hugo.log.slice(-3000));
    throw new Error(`hugo failed with exit code ${hugo.code}`);
  }
  const pagefind = await runMeasured(join(root, 'node_modules/.bin/pagefind'), ['--site', HUGO_OUT], { cwd: root });
  if (pagefind.code !== 0) {
    console.error(pagefind.log.slice(-3000));
    throw new Error(`pagefind failed with exit code ${pagefind.code}`);
  }
  const number = (re: RegExp, log: string) => {
    const m = re.exec(log);
    return m ? Number(m[1]) : undefined;
  };
  const hugoMs = number(/Total in (\d+) ms/, hugo.log);
  const { pages, bytes } = sizeOf(HUGO_OUT);
  return {
    label: `Hugo + Pagefind, ${phase === 'cold' ? 'cold' : 'rebuild of the same content'}`,
    phase,
    hugoS: hugo.wallS,
    hugoReportedS: hugoMs === undefined ? undefined : hugoMs / 1000,
    pagefindS: pagefind.wallS,
    wallS: hugo.wallS + pagefind.wallS,
    hugoPeakKb: hugo.peakTreeKb,
    pagefindPeakKb: pagefind.peakTreeKb,
    peakTreeKb: Math.max(hugo.peakTreeKb, pagefind.peakTreeKb),
    hugoPages: number(/^\s*Pages\s*\|\s*(\d+)/m, hugo.log),
    indexedPages: number(/Indexed (\d+) pages?/, pagefind.log),
    pages,
    bytes,
  };
}

export function printHugoRun(run: HugoRun): void {
  console.log(`\n${run.label}: ${run.wallS.toFixed(1)} s wall`);
  console.log(
    `  hugo --minify ${run.hugoS.toFixed(1)} s${run.hugoReportedS === undefined ? '' : ` (Hugo reports ${run.hugoReportedS.toFixed(1)} s)`}, ${run.hugoPages ?? '?'} pages; peak RSS of its tree ${gb(run.hugoPeakKb)} GB`,
  );
  console.log(
    `  pagefind --site ${run.pagefindS.toFixed(1)} s, ${run.indexedPages ?? '?'} pages indexed; peak RSS of its tree ${gb(run.pagefindPeakKb)} GB`,
  );
  console.log(`  peak RSS of the whole process tree: ${gb(run.peakTreeKb)} GB`);
  console.log(`  output: ${run.pages} pages, ${mb(run.bytes)} MB (search index included)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { small: { type: 'boolean' }, 'load-timeout': { type: 'string' } },
    allowPositionals: true,
  });
  const loadTimeoutS = Number(values['load-timeout'] ?? (values.small ? 60 : 300));
  if (!(loadTimeoutS >= 0))
    throw new Error(`--load-timeout=${values['load-timeout']}: give the seconds to wait, 0 or more`);
  const version = hugoVersion();
  if (!version) {
    console.log('hugo is not on PATH (Debian: apt-get install hugo): nothing to measure.');
    process.exit(0);
  }
  const [clusters, policies, notices] = values.small
    ? [1000, 200, 50]
    : [Number(positionals[0] ?? 10_000), Number(positionals[1] ?? 2_000), Number(positionals[2] ?? 500)];
  const contentDir = join(root, '.tmp/bench-content');
  console.log(`${version}\ngenerating ${clusters} clusters, ${policies} policies, ${notices} notices …`);
  generate(contentDir, clusters, policies, notices);
  writeHugoProject(contentDir, '2026-11-24');
  for (const phase of ['cold', 'rebuild'] as const) {
    await waitForQuiet(QUIET_LOAD, loadTimeoutS);
    printHugoRun(await runHugoAndPagefind(phase));
  }
}

/**
 * What the build benchmarks measure a child process with: the peak RSS of
 * its whole process tree (sampled from /proc), its wall time, the size of
 * what it wrote, and a wait for a quiet machine before it starts. Shared by
 * bench/scale.ts (our pipeline) and bench/hugo.ts (the Hugo + Pagefind pair),
 * so both sides are measured the same way. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Sum of RSS (kB) over a process and all its descendants, from /proc. */
export function treeRss(pid: number): number {
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

/** How often the process tree's memory is sampled (ms): short enough to catch a peak of a second. */
export const SAMPLE_MS = 50;

export interface Measured {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** Wall time from spawn to exit (s). */
  wallS: number;
  /** Largest sampled sum of RSS over the process tree (kB). */
  peakTreeKb: number;
  /** stdout and stderr, interleaved as they came. */
  log: string;
}

/** Runs a command to its end, timing it and sampling its process tree's RSS every SAMPLE_MS. */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peakTreeKb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTreeKb = Math.max(peakTreeKb, treeRss(child.pid));
  }, SAMPLE_MS);
  const started = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  }).finally(() => clearInterval(sampler));
  return { code, wallS: (performance.now() - started) / 1000, peakTreeKb, log };
}

/** Bytes of every file under a path, and how many of them are HTML pages. */
export function sizeOf(path: string): { bytes: number; pages: number } {
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

/** The 1-minute load average below which a paired run starts (2 cores: most of one idle core's worth). */
export const QUIET_LOAD = 0.7;

export interface QuietStart {
  /** The 1-minute load average when the run was let start. */
  load: number;
  /** How long it waited (s). */
  waitedS: number;
  /** True when the load never fell below the limit and the run started anyway. */
  timedOut: boolean;
}

/**
 * Waits until the 1-minute load average is below `below`, so that a run does
 * not inherit the previous run's load (or another engineer's), printing what
 * it waits for; after `timeoutS` it gives up and lets the run start, saying so.
 */
export async function waitForQuiet(below: number, timeoutS: number): Promise<QuietStart> {
  const started = performance.now();
  const waited = () => (performance.now() - started) / 1000;
  let load = loadavg()[0];
  if (load < below) return { load, waitedS: 0, timedOut: false };
  if (timeoutS <= 0) {
    console.log(`  load ${load.toFixed(2)}, not below ${below}: starting without waiting (load timeout 0)`);
    return { load, waitedS: 0, timedOut: true };
  }
  console.log(
    `  waiting for the 1-minute load average (${load.toFixed(2)}) to fall below ${below} (at most ${timeoutS} s) …`,
  );
  let lastPrint = 0;
  while (waited() < timeoutS) {
    await sleep(2000);
    load = loadavg()[0];
    if (load < below) {
      console.log(`  load ${load.toFixed(2)} after ${waited().toFixed(0)} s`);
      return { load, waitedS: waited(), timedOut: false };
    }
    if (waited() - lastPrint >= 30) {
      lastPrint = waited();
      console.log(`  … load ${load.toFixed(2)} after ${waited().toFixed(0)} s`);
    }
  }
  console.log(
    `  load still ${load.toFixed(2)} after ${timeoutS} s: starting anyway (figures of this run are less reliable)`,
  );
  return { load, waitedS: waited(), timedOut: true };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
export const gb = (kb: number) => (kb / 1024 / 1024).toFixed(2);

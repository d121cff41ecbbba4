/**
 * node scripts/check-lockfile.ts — run by .ci/run right after `npm install`.
 *
 * The lockfile pins what is installed. `npm install` may still rewrite it for
 * a reason that installs nothing here: the registry started serving another
 * platform's optional binary (Astro's compiler bindings, later Pagefind's
 * darwin, freebsd and windows builds). Such an entry is
 * optional, names a package that is not in node_modules after the install,
 * and changes no other entry. That drift is reported and tolerated; every
 * other difference (a version, an integrity hash, a removed or a new package
 * that is installed) fails, naming the entry.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  [field: string]: unknown;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
  [field: string]: unknown;
}

export interface LockfileDiff {
  /** Entries added for other platforms: optional and not installed here. */
  tolerated: string[];
  /** Every other difference, one line each. */
  problems: string[];
}

/** Stable text of a JSON value (object keys sorted), to compare entries field by field. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Compares the committed lockfile with the one `npm install` left.
 * `installed(path)` says whether a package path such as
 * `node_modules/@pagefind/darwin-x64` exists after the install.
 */
export function compareLockfiles(
  before: Lockfile,
  after: Lockfile,
  installed: (path: string) => boolean,
): LockfileDiff {
  const tolerated: string[] = [];
  const problems: string[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field === 'packages') continue;
    if (canonical(before[field]) !== canonical(after[field])) problems.push(`顶层字段 ${field} 变了`);
  }
  for (const [path, entry] of Object.entries(after.packages)) {
    const old = before.packages[path];
    if (old === undefined) {
      if (entry.optional === true && path !== '' && !installed(path)) tolerated.push(`${path}@${entry.version ?? '?'}`);
      else problems.push(`新增并已安装：${path || '(根)'}@${entry.version ?? '?'}`);
    } else if (canonical(old) !== canonical(entry)) {
      problems.push(`已改变：${path || '(根)'}（${old.version ?? '?'} → ${entry.version ?? '?'}）`);
    }
  }
  for (const path of Object.keys(before.packages)) {
    if (!(path in after.packages)) problems.push(`已移除：${path || '(根)'}@${before.packages[path].version ?? '?'}`);
  }
  return { tolerated, problems };
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const committed = JSON.parse(
    execFileSync('git', ['show', 'HEAD:package-lock.json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }),
  ) as Lockfile;
  const current = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  const { tolerated, problems } = compareLockfiles(committed, current, (path) => existsSync(join(root, path)));
  if (problems.length > 0) {
    console.error('package-lock.json changed during npm install in a way that changes what is installed:');
    for (const p of problems) console.error(`  - ${p}`);
    console.error('Run `npm install` locally, review the change and commit the updated lockfile.');
    process.exit(1);
  }
  if (tolerated.length > 0) {
    console.log(
      `package-lock.json: npm install added ${tolerated.length} optional package(s) for other platforms, none installed here (the registry now serves them):`,
    );
    for (const t of tolerated) console.log(`  - ${t}`);
    console.log('Nothing installed here changed; commit the updated lockfile when convenient.');
  } else {
    console.log('package-lock.json: unchanged by npm install.');
  }
}

if (process.argv[1] === import.meta.filename) main();

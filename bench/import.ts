/**
 * `npm run bench:import`: the time from `import-list` of a 30-row sheet to a
 * validated, built real site, as a clerk would run it, on a copy of
 * content/. The sheet is synthetic (测试 names, one per county in turn);
 * the ✎ items are filled in as the clerk would before validate.
 * Prints each step's time and the total, over `--runs N` runs (default 1).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const node = join(root, 'node_modules/.bin/node');

function step(name: string, args: string[], env: Record<string, string>): number {
  const t = performance.now();
  const r = spawnSync(node, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${name} failed:\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t;
}

for (let run = 1; run <= Number(values.runs); run++) {
  const work = mkdtempSync(join(tmpdir(), 'lc-bench-import-'));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const counties = (parse(readFileSync(join(content, 'settings.yaml'), 'utf8')) as { counties: { name: string }[] })
    .counties;
  const rows = Array.from({ length: 30 }, (_, i) => {
    const county = counties[i % counties.length].name;
    return `${i + 1},${county}测试基准${i + 1}号集群,${county},测试产业${i + 1},市级`;
  });
  const sheet = join(work, '名单.csv');
  writeFileSync(sheet, `序号,集群名称,所在县（市、区）,主导产业,级别\r\n${rows.join('\r\n')}\r\n`);
  const env = {
    CONTENT_DIR: content,
    OUT_DIR: join(work, 'dist'),
    SITE_AS_OF: '2026-12-10',
    BUILD_LOG_LEVEL: 'silent',
  };
  const times: [string, number][] = [];
  const started = performance.now();
  times.push([
    'import-list',
    step(
      'import-list',
      ['scripts/import-list.ts', sheet, '--as', 'announcement', '--title', '测试基准公布', '--date', '2026-12-10'],
      env,
    ),
  ]);
  const file = join(content, 'announcements/2026-municipal-clusters.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^# ✎ .*\n/gm, '')
      .replace(/^# closes: .*\n/m, ''),
  );
  times.push(['validate', step('validate', ['scripts/validate.ts'], env)]);
  times.push(['build', step('build', ['scripts/build.ts'], env)]);
  const total = performance.now() - started;
  console.log(
    `run ${run}: ${times.map(([n, t]) => `${n} ${(t / 1000).toFixed(1)} s`).join(', ')}; total ${(total / 1000).toFixed(1)} s`,
  );
}

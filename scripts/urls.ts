/**
 * The clerk's commands for published URLs:
 *   npm run urls:record      build the site, then record every public URL in content/published-urls.txt
 *   npm run redirects:nginx  print content/redirects.yaml as nginx configuration
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/content/read.ts';
import {
  builtUrls,
  display,
  MANIFEST_FILE,
  nginxRedirects,
  readManifest,
  readRedirects,
  recordUrls,
  writeManifest,
} from '../src/publishing/urls.ts';
import { asOfDate } from '../src/rules/dates.ts';
import { buildSite } from './build.ts';

const command = process.argv[2];
const dir = contentDir();

if (command === 'record') {
  const outDir = resolve(process.env.OUT_DIR || 'dist');
  try {
    // The build refuses first if a recorded URL vanished, so recording never forgets one.
    await buildSite(outDir);
  } catch (error) {
    // Astro prints its own failures (BuildFailed); a post-build step's ContentError is a complete report.
    const name = error instanceof Error ? error.name : '';
    if (name === 'ContentError') console.error((error as Error).message);
    else if (name !== 'BuildFailed') console.error(error);
    console.error('\n网站未生成，网址清单没有更新。');
    process.exit(1);
  }
  const before = readManifest(dir) ?? { entries: [], problems: [] };
  // Keep every earlier entry: one not built today (a later day's page) is still published; new ones carry today's as-of day.
  const { entries, added } = recordUrls(before.entries, builtUrls(outDir), asOfDate());
  writeManifest(dir, entries);
  console.log(
    `已登记 ${entries.length} 个网址（新增 ${added.length} 个，均注明首次发布日 ${asOfDate()}）到 ${display(resolve(dir, MANIFEST_FILE))}：`,
  );
  for (const u of added) console.log(`  + ${u}`);
  console.log('请把这个文件和内容修改一起提交。');
} else if (command === 'nginx') {
  const { map, problems } = readRedirects(dir);
  if (problems.length > 0) {
    for (const p of problems) console.error(`✗ ${p.file} ${p.field}：${p.message}`);
    process.exit(1);
  }
  process.stdout.write(nginxRedirects(map));
} else {
  console.error('用法：node scripts/urls.ts record | nginx');
  process.exit(2);
}

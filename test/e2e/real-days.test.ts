/**
 * The real content (content/) built for days other than the e2e setup's:
 * the first day of its first year of publication, and 2035-01-01 after a
 * synthetic publication round (公示 → 公布 → 撤销 → 复核) has been added to a
 * copy of it. Each build must succeed (the URL manifest must not ask for a
 * page of a later day) and every page must pass the site gates. The model is
 * checked on every day in between by test/unit/real-content.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../scripts/check-site.ts';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { daysToCheck } from '../unit/real-invariants.ts';
import { withSyntheticRound } from '../unit/synthetic-round.ts';

const root = join(import.meta.dirname, '../..');

function buildFor(contentDir: string, asOf: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'lc-day-')), 'dist');
  const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, SITE_AS_OF: asOf, BUILD_LOG_LEVEL: 'silent' },
  });
  expect(run.status, `${asOf}: ${run.stdout}${run.stderr}`).toBe(0);
  return out;
}

async function gates(out: string): Promise<string[]> {
  const report = await checkSite(out);
  return report.problems.map((p) => `${p.page} [${p.rule}] ${p.message}`);
}

describe('the real content on other days', () => {
  const real = join(root, 'content');
  const { content } = validateContent(readContent(real));
  const first = daysToCheck(content!)[0];

  it(`builds as of ${first}, its first year of publication, and every page passes the gates`, async () => {
    expect(await gates(buildFor(real, first))).toEqual([]);
  }, 300_000);

  it('builds as of 2035-01-01 with a synthetic round and an unfinished draft added, and every page passes the gates', async () => {
    const round = withSyntheticRound(real);
    // A clerk's unfinished file: it must neither block the build nor be published.
    writeFileSync(
      join(round.dir, 'announcements/zz-unfinished.yaml'),
      '# ✎ 标题，照公布原文\n# title: 关于公布…的通知\nissuer: 聊城市工业和信息化局\ndate: 2034-05-01\naction: recognize\nlevel: 市级\n',
    );
    const out = buildFor(round.dir, '2035-01-01');
    expect(existsSync(join(out, 'announcements/zz-unfinished/index.html'))).toBe(false);
    expect(existsSync(join(out, `clusters/${round.cluster}/index.html`))).toBe(true);
    expect(await gates(out)).toEqual([]);
  }, 300_000);
});

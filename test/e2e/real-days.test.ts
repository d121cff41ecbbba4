/**
 * The real content (content/) built for days other than the e2e setup's:
 * the first day of its first year of publication, and 2035-01-01 after a
 * synthetic publication round (公示 → 公布 → 撤销 → 复核) has been added to a
 * copy of it. Each build must succeed (the URL manifest must not ask for a
 * page of a later day) and every page must pass the site gates. The model is
 * checked on every day in between by test/unit/real-content.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

  it('builds as of 2035-01-01 with a synthetic round added, and every page passes the gates', async () => {
    const round = withSyntheticRound(real);
    expect(await gates(buildFor(round.dir, '2035-01-01'))).toEqual([]);
  }, 300_000);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedBuild, removeInBackground, trashDir } from '../../scripts/build-recovery.ts';
import { shanghaiDay } from '../../src/rules/dates.ts';
import { checkContent } from '../../src/publishing/check.ts';
import { newEntryId, nextFreeId, pathOf } from '../../src/publishing/new-entry.ts';
import { siteWith } from './fixture-site.ts';

const root = join(import.meta.dirname, '../..');
const node = (script: string, dir: string, ...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/node'), [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir },
  });

describe('npm run validate', () => {
  it('passes the fixture site with exit code 0', () => {
    const r = node('scripts/validate.ts', siteWith());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^✓ 内容检查通过：政策文件 6 份，集群 7 个，公示 4 份，公布 9 份，意见征集 4 项，说明 1 篇；/,
    );
    // 三同步: the fixture's two late 解读 are told, without failing.
    expect(r.stderr).toMatch(/^提示 2 条（不影响生成网站，请核对）：/);
    expect(r.stderr).toContain('（三同步）');
  });

  it('prints every problem at once, with file, field, rule and fix, and exits 1', () => {
    const dir = siteWith('unknown-county');
    writeFileSync(
      join(dir, 'notices/test-2021.yaml'),
      readFileSync(join(dir, 'notices/test-2021.yaml'), 'utf8').replace(
        /period: .*/,
        'period: { from: 2021-10-20, to: 2021-10-01 }',
      ),
    );
    const r = node('scripts/validate.ts', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('内容检查发现 2 个问题。请逐条修改后再运行 npm run validate：');
    expect(r.stderr).toContain('county（所在县（市、区））：「聊城县」不在县（市、区）名单中：请改为');
    expect(r.stderr).toMatch(
      /test-2021\.yaml\n {2}· period\.to（公示结束日）：公示结束日（2021-10-01）早于开始日（2021-10-20）/,
    );
  });

  it('catches a renamed file whose page was published, before any build, and accepts it with a redirect', () => {
    const dir = siteWith();
    writeFileSync(join(dir, 'published-urls.txt'), '/\n/clusters/test-alpha/\n/clusters/\n');
    renameSync(join(dir, 'clusters/test-alpha.yaml'), join(dir, 'clusters/test-alpha-renamed.yaml'));
    // The announcements still name test-alpha: fix the references as a clerk renaming a file must.
    for (const f of readdirSync(join(dir, 'announcements'))) {
      const path = join(dir, 'announcements', f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\btest-alpha\b/g, 'test-alpha-renamed'));
    }
    const notices = join(dir, 'notices');
    for (const f of readdirSync(notices))
      writeFileSync(
        join(notices, f),
        readFileSync(join(notices, f), 'utf8').replace(/\btest-alpha\b/g, 'test-alpha-renamed'),
      );
    const { problems } = checkContent(dir, '2026-11-24');
    expect(problems.map((p) => p.field)).toEqual(['/clusters/test-alpha/']);
    expect(problems[0].message).toMatch(
      /^这个网址已经公开发布过，按现在的内容却不会再生成.*请在 .*redirects\.yaml 中加一行「\/clusters\/test-alpha\/: \/新网址\/」/,
    );
    writeFileSync(join(dir, 'redirects.yaml'), '/clusters/test-alpha/: /clusters/test-alpha-renamed/\n');
    expect(checkContent(dir, '2026-11-24').problems).toEqual([]);
  });

  it('reports a YAML typo in a published file as a YAML error, never as a deleted page', () => {
    const dir = siteWith();
    writeFileSync(join(dir, 'published-urls.txt'), '/\n/clusters/test-alpha/ 2026-11-24\n');
    writeFileSync(join(dir, 'clusters/test-alpha.yaml'), 'name: 测试\ncounty: [临清市\n');
    const { problems } = checkContent(dir, '2026-11-24');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file.endsWith('clusters/test-alpha.yaml'))).toBe(true);
    expect(problems[0].message).toMatch(/YAML 格式有误/);
  });

  it('does not ask for a redirect for a page that only exists from a later day', () => {
    const dir = siteWith();
    writeFileSync(join(dir, 'published-urls.txt'), '/\n/announcements/test-2027-later/ 2027-05-09\n');
    expect(checkContent(dir, '2026-11-24').problems).toEqual([]);
    expect(checkContent(dir, '2027-05-09').problems.map((p) => p.field)).toEqual(['/announcements/test-2027-later/']);
  });
});

describe('new notice and announcement files', () => {
  it('take the next free id', () => {
    expect(nextFreeId('2026-municipal-notice', new Set())).toBe('2026-municipal-notice');
    expect(nextFreeId('2026-municipal-notice', new Set(['2026-municipal-notice', '2026-municipal-notice-2']))).toBe(
      '2026-municipal-notice-3',
    );
    const dir = siteWith();
    expect(newEntryId('announcement', '2027-03-02', '省级', 'review-passed', dir)).toBe('2027-provincial-review');
  });

  it('are created with today in Beijing time, and a second one gets the next id', () => {
    const dir = siteWith();
    const today = shanghaiDay(new Date());
    const first = node('scripts/new-entry.ts', dir, 'notice');
    expect(first.status).toBe(0);
    const id = `${today.slice(0, 4)}-municipal-notice`;
    expect(first.stdout).toContain(`已创建`);
    // A notice's 发布日期 is the one printed on it, never the day it is typed in: left for the clerk (✎).
    expect(readFileSync(join(dir, `notices/${id}.yaml`), 'utf8')).toContain(
      '# ✎ 发布日期，照公示原文（通常就是公示开始日），不能晚于公示期的结束日\n# publishedOn: YYYY-MM-DD\n',
    );
    expect(node('scripts/new-entry.ts', dir, 'notice').status).toBe(0);
    expect(existsSync(join(dir, `notices/${id}-2.yaml`))).toBe(true);
  });

  it('are drafts until filled in: listed with what the clerk must still fill in, never published, never blocking', () => {
    const dir = siteWith();
    expect(node('scripts/new-entry.ts', dir, 'announcement', '--date', '2027-01-05', '--level', '省级').status).toBe(0);
    const { problems, drafts, counts } = checkContent(dir, '2027-01-05');
    expect(problems).toEqual([]);
    expect(counts.announcement).toBe(9);
    expect(drafts.map((d) => d.file.split('/').at(-1))).toEqual(['2027-provincial-clusters.yaml']);
    expect(drafts[0].missing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^标题，照公布原文/),
        expect.stringMatching(/^title（标题）：/),
        expect.stringMatching(/^clusters/),
      ]),
    );
    const r = node('scripts/validate.ts', dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('⚠ 草稿 1 份（还有未填写完的项，不会发布，也不影响其他内容的检查和生成）：');
    expect(r.stdout).toContain('公布 9 份');
  }, 30_000);

  it('never publish a draft: a reference to one says it is a draft', () => {
    const dir = siteWith();
    expect(node('scripts/new-entry.ts', dir, 'notice', '--date', '2027-01-05').status).toBe(0);
    writeFileSync(
      join(dir, 'announcements/test-2027-result.yaml'),
      'title: 测试\nissuer: 测试主办单位\ndate: 2027-02-01\naction: recognize\nlevel: 市级\nclusters: [test-zeta]\ncloses: 2027-municipal-notice\n',
    );
    const { problems } = checkContent(dir, '2027-02-01');
    expect(problems.map((p) => [p.field, p.message.split('（')[0]])).toEqual([
      ['closes', '引用的公示「2027-municipal-notice」还是草稿'],
    ]);
  }, 30_000);

  it('refuse a malformed date or level', () => {
    const r = node('scripts/new-entry.ts', siteWith(), 'notice', '--date', '2027-02-30');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date 2027-02-30：不是有效日期');
    expect(node('scripts/new-entry.ts', siteWith(), 'notice', '--level', '县级').stderr).toContain(
      '级别须是 市级、省级、国家级 之一',
    );
  });
});

// Each case starts two commands; on a loaded machine that takes longer than the default 5 s.
describe('an id from the command line', { timeout: 60_000 }, () => {
  it.each(['../../x', '../evil', 'a/b', 'A', 'x y', '.hidden'])(
    'is refused when it is not a file name: --id %s',
    (id) => {
      const dir = siteWith();
      const r = node('scripts/new-entry.ts', dir, 'notice', '--id', id);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--id ${id}：编号就是文件名和网址，只能用小写字母、数字和连字符`);
      expect(existsSync(join(dir, '..', 'x.yaml'))).toBe(false);
      const i = node(
        'scripts/import-list.ts',
        dir,
        join(root, 'test/fixtures/import/list-utf8.csv'),
        '--as',
        'notice',
        '--id',
        id,
      );
      expect(i.status).toBe(2);
      expect(i.stderr).toContain(`--id ${id}：`);
    },
  );

  it('cannot name a path outside content/ even when a caller skips the check', () => {
    expect(() => pathOf('/tmp/c', 'notice', '../../x')).toThrow(/not an id/);
    expect(() => pathOf('/tmp/c', 'cluster', 'a/../../b')).toThrow(/not an id/);
    expect(pathOf('/tmp/c', 'cluster', 'linqing-textile')).toBe('/tmp/c/clusters/linqing-textile.yaml');
  });
});

describe('after an interrupted build', () => {
  const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: never a live process
  const setup = () => {
    const parent = mkdtempSync(join(tmpdir(), 'lc-recover-'));
    const out = join(parent, 'dist');
    return { parent, out };
  };

  it('removes the staging and search-index directories of a build that died', () => {
    const { parent, out } = setup();
    mkdirSync(out);
    mkdirSync(`${out}.staging-${deadPid}`);
    mkdirSync(`${out}.search-${deadPid}`);
    mkdirSync(`${out}.staging-${process.pid}`);
    mkdirSync(`${out}.search-${process.pid}`);
    recoverInterruptedBuild(out, () => {});
    expect(readdirSync(parent).sort()).toEqual(['dist', `dist.search-${process.pid}`, `dist.staging-${process.pid}`]);
  });

  it('removes a replaced site left by a background removal, even one a live build started', () => {
    const { parent, out } = setup();
    mkdirSync(out);
    for (const trash of [`${out}.trash-${deadPid}-1`, trashDir(out)]) {
      mkdirSync(join(trash, 'clusters'), { recursive: true });
      writeFileSync(join(trash, 'clusters/index.html'), 'replaced site');
    }
    recoverInterruptedBuild(out, () => {});
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('removes a directory in a process that outlives the caller', async () => {
    const { parent, out } = setup();
    const trash = trashDir(out);
    mkdirSync(join(trash, 'a/b'), { recursive: true });
    writeFileSync(join(trash, 'a/b/index.html'), 'replaced site');
    removeInBackground(trash);
    for (let i = 0; i < 100 && existsSync(trash); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(parent)).toEqual([]);
  });

  it('puts the previous site back if the build died between the two renames of publishing', () => {
    const { parent, out } = setup();
    mkdirSync(`${out}.old-${deadPid}`);
    writeFileSync(join(`${out}.old-${deadPid}`, 'index.html'), 'previous site');
    const log: string[] = [];
    recoverInterruptedBuild(out, (l) => log.push(l));
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(log[0]).toContain('已恢复原来的网站');
  });
});

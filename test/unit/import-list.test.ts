import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { checkContent } from '../../src/publishing/check.ts';
import {
  clusterIdFor,
  formatIssue,
  mapList,
  readSpreadsheet,
  type MapOptions,
} from '../../src/publishing/import-list.ts';
import { importList, type ImportOptions } from '../../src/publishing/import-run.ts';
import { FIXTURE_SITE, siteWith } from './fixture-site.ts';

const root = join(import.meta.dirname, '../..');
const FIXTURES = join(root, 'test/fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);
const content = loadContent(FIXTURE_SITE);
const options = (o: Partial<MapOptions> = {}): MapOptions => ({
  settings: content.settings,
  clusters: content.clusters.map((c) => ({
    id: c.id,
    name: c.data.name,
    aliases: c.data.aliases,
    county: c.data.county,
  })),
  kind: 'announcement',
  action: 'recognize',
  ...o,
});
const run = (o: Partial<ImportOptions> & { contentDir: string; file: string }) =>
  importList({ kind: 'announcement', action: 'recognize', date: '2027-05-01', ...o });
/** Problems as `folder/file field`. */
const problemsOf = (dir: string) =>
  checkContent(dir, '2027-05-01').problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.field}`);

describe('reading a spreadsheet', () => {
  it('maps a good XLSX list: existing clusters by name, new ones by county and industry; title and note rows skipped', async () => {
    const mapped = mapList(await readSpreadsheet(fixture('list-good.xlsx')), options());
    expect(mapped.refused).toEqual([]);
    expect(mapped.rows.map((r) => [r.row, r.name, r.county, r.industry, r.level, r.existing])).toEqual([
      [3, '高唐县测试装备集群', '高唐县', '装备', '市级', 'test-zeta'],
      [4, '茌平区测试铝材集群', '茌平区', '铝材加工', '市级', undefined],
      [5, '东阿县测试阿胶集群', '东阿县', '阿胶', '市级', undefined],
    ]);
    expect(mapped.skipped.map(formatIssue)).toEqual(['第 7 行：是说明行（注：排名不分先后），不是名单中的一项，已跳过']);
    expect(mapped.ignoredColumns).toEqual(['备注']);
  });

  it('refuses every row it cannot map, saying row, column and why', async () => {
    const mapped = mapList(await readSpreadsheet(fixture('list-bad.xlsx')), options());
    expect(mapped.rows.map((r) => r.row)).toEqual([2]);
    expect(mapped.refused.map(formatIssue)).toEqual([
      expect.stringMatching(/^第 3 行「所在县（市、区）」：「临清」不在县（市、区）名单中：是不是「临清市」？/),
      '第 4 行「级别」：「市级集群」不是级别：请写 市级、省级、国家级 之一',
      '第 5 行「集群名称」：与第 2 行重复：同一个集群只能列一次，请删除其中一行',
      '第 6 行「集群名称」：集群名称为空：请填写名称，或删除这一行',
      '第 7 行「主导产业」：新集群「阳谷县测试新集群」缺少主导产业：请在「主导产业」列填写',
      '第 8 行「级别」：一份公布只有一个级别（本次为 市级），这一行是 省级：不同级别的名单请分开导入',
    ]);
  });

  it('reads CSV in GB18030 (Excel on Chinese Windows) and UTF-8 with half-width brackets in the heading', async () => {
    const gb = mapList(await readSpreadsheet(fixture('list-gb18030.csv')), options({ kind: 'notice' }));
    expect(gb.rows.map((r) => [r.row, r.name, r.county])).toEqual([
      [2, '东阿县测试阿胶集群', '东阿县'],
      [3, '茌平区测试铝材集群', '茌平区'],
    ]);
    const utf8 = mapList(await readSpreadsheet(fixture('list-utf8.csv')), options({ kind: 'notice', level: '市级' }));
    expect(utf8.refused).toEqual([]);
    expect(utf8.rows.map((r) => [r.name, r.county, r.level, r.existing])).toEqual([
      ['东阿县测试阿胶集群', '东阿县', '市级', undefined],
      ['高唐县测试装备集群', '高唐县', '市级', 'test-zeta'],
    ]);
  });

  it('names the missing column and what the heading row holds', async () => {
    const mapped = mapList(await readSpreadsheet(fixture('list-no-county.csv')), options());
    expect(mapped.fatal).toEqual([
      '找不到「所在县（市、区）」列：表头（第 1 行）是 序号、集群名称、主导产业、级别；请把对应的列名改为「所在县（市、区）」',
    ]);
    expect(mapList([['随便'], ['什么']], options()).fatal[0]).toMatch(/^前 10 行中找不到表头/);
  });

  it('says a damaged XLSX cannot be read, and refuses other formats', async () => {
    await expect(readSpreadsheet(fixture('list-truncated.xlsx'))).rejects.toThrow(
      /无法读取 .*list-truncated\.xlsx：文件不是有效的 XLSX/,
    );
    await expect(readSpreadsheet(fixture('make-fixtures.ts'))).rejects.toThrow(/只能导入 \.xlsx 或 \.csv 文件/);
  });

  it('refuses a review of a cluster the site does not have', async () => {
    const mapped = mapList(await readSpreadsheet(fixture('list-good.xlsx')), options({ action: 'review-passed' }));
    expect(mapped.rows.map((r) => r.existing)).toEqual(['test-zeta']);
    expect(mapped.refused.map((i) => i.row)).toEqual([4, 5]);
  });

  it('gives a new cluster a pinyin id after its county key, unique', () => {
    const taken = new Set(['donge-ejiao']);
    expect(clusterIdFor({ county: '东阿县', industry: '阿胶', name: 'x' }, content.settings, taken)).toBe(
      'donge-ejiao-2',
    );
    expect(clusterIdFor({ county: '茌平区', industry: '绿色铝材', name: 'x' }, content.settings, taken)).toBe(
      'chiping-lvselvcai',
    );
  });
});

describe('importing into the content', () => {
  it('writes an announcement and new cluster files that validate as they are', async () => {
    const dir = siteWith();
    const report = await run({
      contentDir: dir,
      file: fixture('list-good.xlsx'),
      title: '关于公布2027年度测试集群名单的通知',
    });
    expect(report.blocked).toBeUndefined();
    expect(report.files.map((f) => relative(dir, f.path))).toEqual([
      'announcements/2027-municipal-clusters.yaml',
      'clusters/chiping-lvcaijiagong.yaml',
      'clusters/donge-ejiao.yaml',
    ]);
    expect(readFileSync(join(dir, 'announcements/2027-municipal-clusters.yaml'), 'utf8')).toContain(
      'clusters:\n  - test-zeta\n  - chiping-lvcaijiagong\n  - donge-ejiao\n',
    );
    expect(checkContent(dir, '2027-05-01').problems).toEqual([]);
  });

  it('writes nothing while a row is refused, and with --partial only the rows that map', async () => {
    const dir = siteWith();
    const before = readdirSync(join(dir, 'announcements'));
    const report = await run({ contentDir: dir, file: fixture('list-bad.xlsx'), title: '测试' });
    expect(report.blocked).toBe('有 6 行无法导入');
    expect(readdirSync(join(dir, 'announcements'))).toEqual(before);
    const partial = await run({ contentDir: dir, file: fixture('list-bad.xlsx'), title: '测试', partial: true });
    expect(partial.files.map((f) => relative(dir, f.path))).toEqual([
      'announcements/2027-municipal-clusters.yaml',
      'clusters/chiping-lvcaijiagong.yaml',
    ]);
  });

  it('writes a notice with the clerk’s part marked, which fails validation until filled in', async () => {
    const dir = siteWith();
    const report = await run({
      contentDir: dir,
      file: fixture('list-gb18030.csv'),
      kind: 'notice',
      title: '关于2027年度测试集群拟认定名单的公示',
    });
    const [notice] = report.files;
    expect(relative(dir, notice.path)).toBe('notices/2027-municipal-notice.yaml');
    expect(notice.text).toContain(
      'entries:\n  - { name: 东阿县测试阿胶集群, county: 东阿县, level: 市级 }\n  - { name: 茌平区测试铝材集群, county: 茌平区, level: 市级 }\n',
    );
    // Unfinished: a draft, listed with what is missing, blocking nothing.
    expect(problemsOf(dir)).toEqual([]);
    const [draft] = checkContent(dir, '2027-05-01').drafts;
    expect(draft.file).toMatch(/notices\/2027-municipal-notice\.yaml$/);
    expect(draft.missing).toEqual(
      expect.arrayContaining([expect.stringMatching(/^period（公示期）/), expect.stringMatching(/^objection/)]),
    );
    // Filled in as the clerk would: period and objection from the published notice.
    writeFileSync(
      notice.path,
      notice.text
        .replace('# period: { from: YYYY-MM-DD, to: YYYY-MM-DD }', 'period: { from: 2027-05-01, to: 2027-05-07 }')
        .replace(
          /# objection:\n# {3}phone: 电话\n# {3}email: 电子邮箱\n# {3}address: 地址\n# {3}rules: 异议要求原文/,
          'objection:\n  phone: 0635-0000000\n  rules: 测试异议要求',
        )
        // …and deletes the ✎ lines of what was filled in, as the file's header asks.
        .replace(/^# ✎ .*\n/gm, ''),
    );
    expect(problemsOf(dir)).toEqual([]);
    expect(checkContent(dir, '2027-05-01').drafts.map((d) => d.file)).toEqual([]);
  });

  it('never overwrites a file', async () => {
    const dir = siteWith();
    const report = await run({ contentDir: dir, file: fixture('list-good.xlsx'), id: 'test-2021-recognize' });
    expect(report.blocked).toMatch(/test-2021-recognize\.yaml 已经存在，不会覆盖/);
  });
});

describe('npm run import-list', () => {
  const cli = (dir: string, ...args: string[]) =>
    spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/import-list.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });

  it('prints every refused row and exits non-zero, writing nothing', () => {
    const dir = siteWith();
    const r = cli(dir, fixture('list-bad.xlsx'), '--as', 'announcement', '--date', '2027-05-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('无法导入的行（6）：');
    expect(r.stdout).toContain('· 第 9 行：是合计行（合计 7个），不是名单中的一项，已跳过');
    expect(r.stderr).toContain('没有写入任何文件');
    expect(existsSync(join(dir, 'announcements/2027-municipal-clusters.yaml'))).toBe(false);
  });

  it('says a damaged file cannot be read', () => {
    const r = cli(siteWith(), fixture('list-truncated.xlsx'), '--as', 'notice');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/文件不是有效的 XLSX，可能已损坏或不完整/);
  });

  it('asks what to import as', () => {
    const r = cli(siteWith(), fixture('list-good.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('请用 --as notice（公示）或 --as announcement（公布）');
  });
});

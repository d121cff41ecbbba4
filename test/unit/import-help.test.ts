/**
 * The importer helps instead of guessing (issue 13): what a real sheet from
 * an office holds — names typed a little differently, merged cells, totals
 * and notes, full-width digits, Excel's lock file, phone numbers as printed —
 * each gets the right reading or the right question. Synthetic 测试 names.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { loadContent } from '../../src/content/load.ts';
import { phoneNumbers } from '../../src/format/phone.ts';
import { checkContent } from '../../src/publishing/check.ts';
import { formatIssue, mapList, readSpreadsheet, type Cell, type MapOptions } from '../../src/publishing/import-list.ts';
import { importList, type ImportOptions } from '../../src/publishing/import-run.ts';
import { readMergeRanges } from '../../src/publishing/xlsx-merges.ts';
import { readDay } from '../../src/rules/day-spellings.ts';
import { phone } from '../../src/schemas/common.ts';
import { FIXTURE_SITE, siteWith } from './fixture-site.ts';

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
const HEADER = ['序号', '集群名称', '所在县（市、区）', '主导产业', '级别'];
const tmp = () => mkdtempSync(join(tmpdir(), 'lc-import-'));
async function xlsx(
  rows: (string | number | null | { value: string | number; rowSpan?: number; columnSpan?: number })[][],
) {
  const path = join(tmp(), '名单.xlsx');
  const data: SheetData = rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'object' ? v : { value: v })));
  await writeExcelFile(data).toFile(path);
  return path;
}
const run = (o: Partial<ImportOptions> & { contentDir: string; file: string }) =>
  importList({ kind: 'announcement', action: 'recognize', date: '2027-05-01', ...o });

describe('names', () => {
  it('match the registry after normalisation (width, spaces, suffix, county prefix), and say so', () => {
    // test-beta is 临清市测试纺织集群 in 临清市.
    const m = mapList([HEADER, [1, '临清 测试纺织特色产业集群', '临清市', '纺织', '市级']], options());
    expect(m.refused).toEqual([]);
    expect(m.rows[0].existing).toBe('test-beta');
    expect(m.notes.map(formatIssue)).toEqual([
      '第 2 行「集群名称」：「临清 测试纺织特色产业集群」按名称对应到已有集群 test-beta（临清市测试纺织集群）',
    ]);
  });

  it('ask 「是否指 …？」 for a near miss instead of adding a new candidate', () => {
    const m = mapList([HEADER, [1, '临清市测试纺织服装集群', '临清市', '纺织', '市级']], options({ kind: 'notice' }));
    expect(m.rows).toEqual([]);
    expect(m.refused.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^第 2 行「集群名称」：本站没有名为「临清市测试纺织服装集群」的集群，是否指 「临清市测试纺织集群」（test-beta）？如是，请把表格中的名称改成与集群页面一致；如确为另一个新集群，请在「网址标识」列写上它的网址标识后重新导入$/,
      ),
    ]);
  });
});

describe('rows that are not entries', () => {
  it('skip 合计 and 小计 rows and notes in any column, each said for what it is; a wrong total is refused', () => {
    const cells: Cell[][] = [
      HEADER,
      ['１', '东阿县测试阿胶集群', '东阿县', '阿胶', '市级'],
      ['２', '茌平区测试铝材集群', '茌平区', '铝材加工', '市级'],
      [null, '小计', null, null, null],
      [null, '注：排名不分先后', null, null, null],
      ['备注：名单以正式文件为准', null, null, null, null],
      ['合计', '3个', null, null, null],
    ];
    const m = mapList(cells, options());
    expect(m.rows.map((r) => r.name)).toEqual(['东阿县测试阿胶集群', '茌平区测试铝材集群']);
    expect(m.skipped.map(formatIssue)).toEqual([
      '第 4 行：是合计行（小计），不是名单中的一项，已跳过',
      '第 5 行：是说明行（注：排名不分先后），不是名单中的一项，已跳过',
      '第 6 行：是说明行（备注：名单以正式文件为准），不是名单中的一项，已跳过',
    ]);
    expect(m.refused.map(formatIssue)).toEqual([
      '第 7 行：合计行写的是 3 项，而它上面的名单有 2 项：请核对是否漏了或多了行，或改正合计',
    ]);
  });
});

describe('merged cells', () => {
  it('read a county merged down a column on every row it covers, and refuse a merged name', async () => {
    const path = await xlsx([
      HEADER,
      [1, '东阿县测试阿胶集群', { value: '东阿县', rowSpan: 2 }, '阿胶', '市级'],
      [2, '东阿县测试食品集群', null, '食品', '市级'],
      [3, { value: '茌平区测试铝材集群', rowSpan: 2 }, '茌平区', '铝材加工', '市级'],
      [4, null, '茌平区', '铝材加工', '市级'],
    ]);
    const merges = readMergeRanges(path);
    expect(merges.map((m) => m.ref).sort()).toEqual(['B4:B5', 'C2:C3']);
    const m = mapList(await readSpreadsheet(path), options({ merges }));
    expect(m.rows.map((r) => [r.name, r.county])).toEqual([
      ['东阿县测试阿胶集群', '东阿县'],
      ['东阿县测试食品集群', '东阿县'],
      ['茌平区测试铝材集群', '茌平区'],
    ]);
    expect(m.notes.map(formatIssue)).toContain(
      '第 2 行「所在县（市、区）」：第 2–3 行的「所在县（市、区）」是合并单元格（C2:C3），已按合并的值「东阿县」逐行读取',
    );
    expect(m.refused.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^第 5 行「集群名称」：这一格与第 4 行合并成了一格（合并单元格 B4:B5），所以是空的：每一项的「集群名称」须单独占一格/,
      ),
    ]);
  });
});

describe('files and values as typed', () => {
  it('names Excel’s lock file for what it is', async () => {
    const dir = tmp();
    const lock = join(dir, '~$名单.xlsx');
    copyFileSync(join(import.meta.dirname, '../fixtures/import/list-good.xlsx'), lock);
    await expect(readSpreadsheet(lock)).rejects.toThrow(
      '「~$名单.xlsx」是 Excel（或 WPS）打开表格时自动生成的临时锁定文件，不是名单本身：请导入同一文件夹中的「名单.xlsx」，并先在 Excel 中关闭它',
    );
  });

  it('reads the common spellings of a day, and refuses one that is not a day', () => {
    for (const t of ['2026-12-08', '2026-12-8', '2026/12/8', '2026.12.8', '2026年12月8日', '２０２６年１２月８日'])
      expect(readDay(t), t).toBe('2026-12-08');
    for (const t of ['2026-02-30', '2026年12-8', '12/8/2026', '2026']) expect(readDay(t), t).toBeUndefined();
  });

  it('accepts phone numbers as printed, each with its own dialable link', () => {
    expect(phone.safeParse('0635-8241234、8241235').success).toBe(true);
    expect(phone.safeParse('电话').success).toBe(false);
    expect(phoneNumbers('0635-8241234、8241235')).toEqual([
      { text: '0635-8241234', href: 'tel:06358241234' },
      { text: '8241235', href: 'tel:06358241235' },
    ]);
  });
});

describe('an announcement that closes a notice', () => {
  it('gets closes when exactly one open notice proposed every row, and says so', async () => {
    const dir = siteWith();
    // test-2026-open proposes test-zeta and 茌平区测试新候选集群 (市级, 认定), and awaits its result.
    const path = await xlsx([
      HEADER,
      [1, '高唐县测试装备集群', '高唐县', '装备', '市级'],
      [2, '茌平区测试新候选集群', '茌平区', '测试', '市级'],
    ]);
    const report = await run({ contentDir: dir, file: path, title: '测试公布', date: '2026-12-01' });
    expect(report.blocked).toBeUndefined();
    expect(report.files[0].text).toContain('closes: test-2026-open\n');
    expect(report.mapped.notes.map(formatIssue)).toContain(
      '第 2 行：名单各项都在公示 test-2026-open 中，且该公示尚未公布结果：已自动写入 closes: test-2026-open（如不对，请改正）',
    );
  });

  it('refuses, with --closes, a row its notice never proposed', async () => {
    const dir = siteWith();
    const path = await xlsx([HEADER, [1, '临清市测试纺织集群', '临清市', '纺织', '市级']]);
    const report = await run({ contentDir: dir, file: path, closes: 'test-2026-open', date: '2026-12-01' });
    expect(report.blocked).toBe('有 1 行无法导入');
    expect(report.mapped.refused.map(formatIssue)).toEqual([
      '第 2 行：「临清市测试纺织集群」不在公示 test-2026-open 的名单中（或级别、类别不同）：公布只能列出公示过的集群，请核对 --closes 或这一行',
    ]);
  });

  it('with --partial, keeps the refused rows in the file as a ✎ note, so it stays a draft until they are dealt with', async () => {
    const dir = siteWith();
    const path = await xlsx([
      HEADER,
      [1, '东阿县测试阿胶集群', '东阿县', '阿胶', '市级'],
      [2, '阳谷县测试新集群', '阳谷县', null, '市级'],
    ]);
    const report = await run({ contentDir: dir, file: path, title: '测试', partial: true });
    const [announcement] = report.files;
    expect(relative(dir, announcement.path)).toBe('announcements/2027-municipal-clusters.yaml');
    const text = readFileSync(announcement.path, 'utf8');
    expect(text).toContain(
      '# ✎ 表格中有 1 行没有导入（--partial）：改好表格后把它们补入名单，或确认不列入，然后删掉以下几行\n#   第 3 行「主导产业」：新集群「阳谷县测试新集群」缺少主导产业：请在「主导产业」列填写\n',
    );
    const { problems, drafts } = checkContent(dir, '2027-05-01');
    expect(problems).toEqual([]);
    expect(drafts.map((d) => relative(dir, d.file.replace(/^.*?content\//, `${dir}/`)))).toEqual([
      'announcements/2027-municipal-clusters.yaml',
      'clusters/donge-ejiao.yaml',
    ]);
  });
});

describe('a review list', () => {
  it('never turns a name it cannot find into a new candidate', () => {
    const m = mapList(
      [HEADER, [1, '临清测试集群', '临清市', '纺织', '市级']],
      options({ kind: 'notice', action: 'review-passed' }),
    );
    expect(m.rows).toEqual([]);
    expect(m.refused.map(formatIssue)[0]).toMatch(/^第 2 行「集群名称」：本站没有名为「临清测试集群」的集群/);
  });
});

describe('a draft', () => {
  it('never stops another import', async () => {
    const dir = siteWith();
    // An unfinished announcement, as new:announcement leaves it (title, clusters still ✎).
    writeFileSync(
      join(dir, 'announcements/2027-unfinished.yaml'),
      '# ✎ 标题，照公布原文\n# title: 关于公布…的通知\nissuer: 测试主办单位\ndate: 2027-01-05\naction: recognize\nlevel: 省级\n',
    );
    const path = await xlsx([HEADER, [1, '东阿县测试阿胶集群', '东阿县', '阿胶', '市级']]);
    const report = await run({ contentDir: dir, file: path, title: '测试' });
    expect(report.blocked).toBeUndefined();
    expect(report.files.map((f) => relative(dir, f.path))).toContain('clusters/donge-ejiao.yaml');
  });
});

describe('the review list of the issue, against the seed', () => {
  it('reads 临清纺织特色产业集群 as the registry’s 临清市纺织特色产业集群, not as a new candidate', () => {
    const seed = loadContent(join(import.meta.dirname, '../fixtures/seed'));
    const m = mapList([HEADER, [1, '临清纺织特色产业集群', '临清市', '纺织', '市级']], {
      ...options({ kind: 'notice', action: 'review-passed' }),
      settings: seed.settings,
      clusters: seed.clusters.map((c) => ({
        id: c.id,
        name: c.data.name,
        aliases: c.data.aliases,
        county: c.data.county,
      })),
    });
    expect(m.refused).toEqual([]);
    expect(m.rows.map((r) => r.existing)).toEqual(['linqing-textile']);
  });
});

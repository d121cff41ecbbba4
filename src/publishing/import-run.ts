/**
 * One import, from spreadsheet to files: reads the sheet, maps the rows
 * against the current content, and writes the notice or announcement and
 * any new cluster files. Writes nothing while any row is refused, unless
 * `partial` is set; never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadContent } from '../content/load.ts';
import type { Action } from '../schemas/announcement.ts';
import { shanghaiDay } from '../rules/dates.ts';
import type { Level } from '../schemas/common.ts';
import { proposedEntry, NOTICE_ACTION } from '../content/checks/announcement.ts';
import type { Entry } from '../content/entries.ts';
import type { Notice } from '../schemas/notice.ts';
import { clusterIdFor, formatIssue, type ListRow, mapList, readSpreadsheet, type MappedList } from './import-list.ts';
import { readMergeRanges } from './xlsx-merges.ts';
import { announcementYaml, clusterYaml, existingIds, newEntryId, noticeYaml, pathOf } from './new-entry.ts';

export interface ImportOptions {
  file: string;
  contentDir: string;
  kind: 'notice' | 'announcement';
  action: Action;
  /**
   * Publication date (YYYY-MM-DD, Asia/Shanghai). For a notice it defaults
   * to the period's first day, and is left for the clerk without one.
   */
  date?: string;
  level?: Level;
  title?: string;
  docNumber?: string;
  from?: string;
  to?: string;
  closes?: string;
  id?: string;
  sheet?: string;
  /** Import the rows that map even when others are refused. */
  partial?: boolean;
  /** Report only; write nothing. */
  dryRun?: boolean;
}

export interface ImportReport {
  mapped: MappedList;
  /** Files written (or that would be written on a dry run), content-relative paths with their text. */
  files: { path: string; text: string }[];
  /** Why nothing was written, if so. */
  blocked?: string;
}

export async function importList(o: ImportOptions): Promise<ImportReport> {
  const content = loadContent(o.contentDir);
  const cells = await readSpreadsheet(o.file, o.sheet);
  const mapped = mapList(cells, {
    merges: /\.xlsx$/i.test(o.file) ? readMergeRanges(o.file, o.sheet) : [],
    settings: content.settings,
    clusters: content.clusters.map((c) => ({
      id: c.id,
      name: c.data.name,
      aliases: c.data.aliases,
      county: c.data.county,
    })),
    kind: o.kind,
    action: o.action,
    level: o.level,
  });
  const report: ImportReport = { mapped, files: [] };
  if (mapped.fatal.length) return { ...report, blocked: '表格无法导入' };
  const level = o.level ?? mapped.rows[0]?.level;
  const counties = content.settings.counties.map((c) => c.name);
  const want = NOTICE_ACTION[o.action];
  const proposes = (notice: Entry<Notice>, r: ListRow) => {
    const e = proposedEntry(notice.data, { id: r.existing ?? '', name: r.name, county: r.county }, counties);
    return e !== undefined && e.action === want && e.level === r.level;
  };
  let closes = o.closes;
  let closesCandidates: string[] = [];
  if (o.kind === 'announcement' && mapped.rows.length > 0) {
    if (closes) {
      // The result names only what its notice proposed: say which rows it did not, before anything is written.
      const notice = content.notices.find((n) => n.id === closes);
      if (!notice) return { ...report, blocked: `--closes ${closes}：没有这份公示（content/notices/${closes}.yaml）` };
      for (const r of mapped.rows.filter((x) => !proposes(notice, x)))
        mapped.refused.push({
          row: r.row,
          message: `「${r.name}」不在公示 ${closes} 的名单中（或级别、类别不同）：公布只能列出公示过的集群，请核对 --closes 或这一行`,
        });
      mapped.rows = mapped.rows.filter((x) => proposes(notice, x));
    } else {
      // Exactly one notice still awaiting its result proposes every row: that is the one this result closes.
      const closed = new Set(content.announcements.map((a) => a.data.closes));
      closesCandidates = content.notices
        .filter((n) => !closed.has(n.id) && mapped.rows.every((r) => proposes(n, r)))
        .map((n) => n.id);
      if (closesCandidates.length === 1) {
        closes = closesCandidates[0];
        mapped.notes.push({
          row: mapped.rows[0].row,
          message: `名单各项都在公示 ${closes} 中，且该公示尚未公布结果：已自动写入 closes: ${closes}（如不对，请改正）`,
        });
        closesCandidates = [];
      }
    }
  }
  if (mapped.refused.length && !o.partial) return { ...report, blocked: `有 ${mapped.refused.length} 行无法导入` };
  if (mapped.rows.length === 0) return { ...report, blocked: '没有可导入的行' };
  const refused = mapped.refused.map(formatIssue);

  const today = shanghaiDay(new Date());
  const date = o.date ?? (o.kind === 'notice' ? o.from : today);
  const id = o.id ?? newEntryId(o.kind, date ?? today, level, o.action, o.contentDir);
  const origin = `由 npm run import-list 从 ${basename(o.file)} 导入（${today}）`;
  const issuer = content.settings.organizer;

  if (o.kind === 'notice') {
    report.files.push({
      path: pathOf(o.contentDir, 'notice', id),
      text: noticeYaml({
        title: o.title,
        issuer,
        publishedOn: date,
        from: o.from,
        to: o.to,
        action: o.action,
        origin,
        refused,
        // A candidate without a cluster file is proposed by name: its file is created when it is announced.
        entries: mapped.rows.map((r) =>
          r.existing ? { cluster: r.existing, level: r.level } : { name: r.name, county: r.county, level: r.level },
        ),
      }),
    });
  } else {
    const taken = existingIds(o.contentDir, 'clusters');
    const ids: string[] = [];
    for (const r of mapped.rows) {
      if (r.existing) {
        ids.push(r.existing);
        continue;
      }
      if (r.id && taken.has(r.id))
        return { ...report, files: [], blocked: `第 ${r.row} 行的网址标识「${r.id}」已被另一个集群使用：请换一个` };
      const clusterId = r.id ?? clusterIdFor(r, content.settings, taken);
      taken.add(clusterId);
      ids.push(clusterId);
      report.files.push({
        path: pathOf(o.contentDir, 'cluster', clusterId),
        text: clusterYaml({
          name: r.name,
          county: r.county,
          industry: r.industry!,
          town: r.town,
          products: r.products,
          host: r.host,
          origin: `${origin}第 ${r.row} 行`,
          source: `名称、所在县（市、区）和主导产业据${o.title ? `《${o.title}》` : '本站公布'}（${date}，${id}）所附名单。`,
        }),
      });
    }
    report.files.unshift({
      path: pathOf(o.contentDir, 'announcement', id),
      text: announcementYaml({
        title: o.title,
        issuer,
        docNumber: o.docNumber,
        date: date!,
        action: o.action,
        level,
        clusters: ids,
        closes,
        closesCandidates,
        origin,
        refused,
      }),
    });
  }

  const clash = report.files.find((f) => existsSync(f.path));
  if (clash) return { ...report, blocked: `${clash.path} 已经存在，不会覆盖：请用 --id 指定另一个编号` };
  if (!o.dryRun) {
    for (const f of report.files) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.text, { flag: 'wx' });
    }
  }
  return report;
}

/**
 * npm run new:notice / npm run new:announcement [-- --level 市级 --action recognize --date YYYY-MM-DD --title …]
 * Creates a new notice or announcement file with today's date (Beijing time)
 * and the next free id; what only the clerk knows is left marked with ✎.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readContent } from '../src/content/read.ts';
import { announcementYaml, newEntryId, noticeYaml, pathOf, type NewKind } from '../src/publishing/new-entry.ts';
import { action, entryId, level, today, usage } from './cli-args.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    level: { type: 'string' },
    action: { type: 'string' },
    title: { type: 'string' },
    id: { type: 'string' },
  },
});
const kind = positionals[0] as NewKind;
if (kind !== 'notice' && kind !== 'announcement')
  usage(
    '用法：node scripts/new-entry.ts notice|announcement [--date YYYY-MM-DD] [--level 市级] [--action recognize] [--title 标题] [--id 编号]',
  );

const dir = contentDir();
// The issuer defaults to the site's organiser; other content need not be valid yet (a notice and its result may be drafted together).
const settings = readContent(dir).settings?.data as { organizer?: unknown } | undefined;
if (typeof settings?.organizer !== 'string')
  usage(`请先在 ${relative(process.cwd(), dir)}/settings.yaml 中写明主办单位（organizer）`);
const issuer = settings.organizer;
const date = today(values.date);
const lvl = level(values.level) ?? '市级';
const act = action(values.action);
const id = entryId(values.id) ?? newEntryId(kind, date, lvl, act, dir);
const path = pathOf(dir, kind, id);
if (existsSync(path)) usage(`${relative(process.cwd(), path)} 已经存在，不会覆盖：请用 --id 指定另一个编号`);
const origin = `由 npm run new:${kind} 于 ${date} 创建`;
const text =
  kind === 'notice'
    ? // A notice's 发布日期 is the one printed on it: left for the clerk (✎) unless --date gives it.
      noticeYaml({
        title: values.title,
        issuer,
        publishedOn: values.date ? date : undefined,
        action: act,
        entries: [],
        origin,
      })
    : announcementYaml({ title: values.title, issuer, date, action: act, level: lvl, clusters: [], origin });
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(`已创建 ${relative(process.cwd(), path)}（编号 ${id}，日期 ${date}）。`);
console.log(
  '下一步：打开它，填写带 ✎ 的各项，然后运行 npm run validate 检查；网址 /' +
    (kind === 'notice' ? 'notices' : 'announcements') +
    `/${id}/ 一经发布不能更改。`,
);

/**
 * npm run import-list -- <名单.xlsx|名单.csv> --as notice|announcement [options]
 * Turns a list the bureau keeps in a spreadsheet into a new notice or
 * announcement (and cluster files for new clusters). See README, 「从表格导入名单」.
 */
import { relative } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { csvEncoding } from '../src/format/csv.ts';
import { ContentError } from '../src/content/problems.ts';
import { contentDir } from '../src/content/read.ts';
import { formatIssue } from '../src/publishing/import-list.ts';
import { importList } from '../src/publishing/import-run.ts';
import { action, day, entryId, level, today, usage } from './cli-args.ts';

const HELP = `用法：npm run import-list -- 名单.xlsx --as announcement|notice [选项]
  --as notice|announcement  导入为公示（notice）或公布（announcement），必填
  --title 标题              照原文填写的标题
  --date YYYY-MM-DD         发布日期，默认今天（北京时间）；公示默认为公示开始日（--from）
  --level 市级|省级|国家级   所有行的级别（表格没有“级别”列时必填）
  --action recognize|review-passed|revoke|cancel   默认 recognize（认定）
  --doc-number 文号         公布的发文字号
  --closes 公示id           公布所对应的公示
  --from / --to YYYY-MM-DD  公示期（公示）
  --id 编号                 新文件的编号（默认自动取下一个可用编号）
  --sheet 工作表名           默认第一个工作表
  --partial                 有无法导入的行时，仍导入其余各行
  --dry-run                 只检查、显示结果，不写文件`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    level: { type: 'string' },
    action: { type: 'string' },
    'doc-number': { type: 'string' },
    closes: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    id: { type: 'string' },
    sheet: { type: 'string' },
    partial: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (values.help || positionals.length !== 1) usage(HELP);
if (values.as !== 'notice' && values.as !== 'announcement')
  usage(`请用 --as notice（公示）或 --as announcement（公布）说明导入成什么。\n\n${HELP}`);

// Content files are UTF-8 only (src/content/read.ts); a CSV saved by Excel as GB18030/GBK is converted, and the clerk is told.
if (
  /\.csv$/i.test(positionals[0]) &&
  existsSync(positionals[0]) &&
  csvEncoding(readFileSync(positionals[0])) === 'gb18030'
)
  console.log(`${positionals[0]} 是 GB18030（GBK）编码的 CSV：已按此编码读取，写入的内容文件为 UTF-8。`);

try {
  const report = await importList({
    file: positionals[0],
    contentDir: contentDir(),
    kind: values.as,
    action: action(values.action),
    // A notice carries the date printed on it (by default its period's first day), never the day it is typed in.
    date: values.as === 'notice' ? day(values.date, 'date') : today(values.date),
    level: level(values.level),
    title: values.title,
    docNumber: values['doc-number'],
    from: day(values.from, 'from'),
    to: day(values.to, 'to'),
    closes: values.closes,
    id: entryId(values.id),
    sheet: values.sheet,
    partial: values.partial,
    dryRun: values['dry-run'],
  });
  const { mapped } = report;
  for (const f of mapped.fatal) console.error(`✗ ${f}`);
  if (mapped.refused.length) {
    console.error(`无法导入的行（${mapped.refused.length}）：`);
    for (const issue of mapped.refused) console.error(`  ✗ ${formatIssue(issue)}`);
  }
  if (mapped.notes.length) {
    console.log(`请核对（${mapped.notes.length}）：`);
    for (const issue of mapped.notes) console.log(`  → ${formatIssue(issue)}`);
  }
  if (mapped.skipped.length) {
    console.log(`已跳过的行（${mapped.skipped.length}）：`);
    for (const issue of mapped.skipped) console.log(`  · ${formatIssue(issue)}`);
  }
  if (mapped.ignoredColumns.length) console.log(`未使用的列：${mapped.ignoredColumns.join('、')}`);
  if (report.blocked) {
    console.error(
      `\n${report.blocked}，没有写入任何文件。${mapped.refused.length ? '请修改表格中的这些行后重新导入（或加 --partial 只导入其余各行）。' : ''}`,
    );
    process.exit(1);
  }
  console.log(
    `名单 ${mapped.rows.length} 行，${values['dry-run'] ? '将会写入' : '已写入'} ${report.files.length} 个文件：`,
  );
  for (const f of report.files) console.log(`  + ${relative(process.cwd(), f.path)}`);
  if (mapped.refused.length)
    console.log(
      `\n未导入的 ${mapped.refused.length} 行已作为带 ✎ 的说明写在文件末尾：处理完之前，这份文件是草稿，不会发布。`,
    );
  console.log('\n下一步：打开这些文件，填写带 ✎ 的各项，然后运行 npm run validate 检查。');
  if (mapped.refused.length) process.exit(1);
} catch (error) {
  console.error(
    error instanceof ContentError
      ? `导入前需要先修正现有内容（草稿不算；这里列出的是已发布内容的错误）：\n${error.message}`
      : (error as Error).message,
  );
  process.exit(1);
}

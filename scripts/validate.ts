/**
 * `npm run validate`: checks all content and prints every problem at once
 * (file, field, rule, fix). Exit code 1 when there is any problem.
 */
import { formatProblems } from '../src/content/problems.ts';
import { contentDir } from '../src/content/read.ts';
import { asOfDate } from '../src/rules/dates.ts';
import { checkContent } from '../src/publishing/check.ts';

const asOf = asOfDate();
const { problems, warnings, counts, redirects, recordedUrls, drafts, scheduled } = checkContent(contentDir(), asOf);
// Drafts first, as warnings: they are never published and never make the check fail.
if (drafts.length > 0) {
  console.warn(`⚠ 草稿 ${drafts.length} 份（还有未填写完的项，不会发布，也不影响其他内容的检查和生成）：`);
  for (const d of drafts) {
    console.warn(`\n  ${d.file}`);
    for (const m of d.missing) console.warn(`    · ${m}`);
  }
  console.warn('\n  填写完整并删掉带 ✎ 的说明行后，它就会随下次生成发布。\n');
}
if (problems.length > 0) {
  console.error(
    formatProblems(problems, `内容检查发现 ${problems.length} 个问题。请逐条修改后再运行 npm run validate：`),
  );
  process.exit(1);
}
if (warnings.length > 0) {
  console.warn(formatProblems(warnings, `提示 ${warnings.length} 条（不影响生成网站，请核对）：`));
}
console.log(
  `✓ 内容检查通过：政策文件 ${counts.policy} 份，集群 ${counts.cluster} 个，公示 ${counts.notice} 份，公布 ${counts.announcement} 份，` +
    `意见征集 ${counts.consultation} 项，说明 ${counts.guide} 篇；` +
    `转址 ${redirects} 条；${recordedUrls === undefined ? '尚无已发布网址清单' : `已登记网址 ${recordedUrls} 个`}。`,
);
// Scheduled items are not problems: they are published by the first build on their day (the daily rebuild).
if (scheduled.length > 0) {
  console.log(
    `待发布 ${scheduled.length} 条（日期晚于 ${asOf}，到当天的生成才会公开；在此之前任何页面、列表、订阅、搜索和数据里都没有它）：`,
  );
  for (const s of scheduled) console.log(`  · ${s.day}  ${s.file}`);
}

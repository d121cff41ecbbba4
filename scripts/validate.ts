/**
 * `npm run validate`: checks all content and prints every problem at once
 * (file, field, rule, fix). Exit code 1 when there is any problem.
 */
import { formatProblems } from '../src/content/problems.ts';
import { contentDir } from '../src/content/read.ts';
import { asOfDate } from '../src/rules/dates.ts';
import { checkContent } from '../src/publishing/check.ts';

const { problems, warnings, counts, redirects, recordedUrls } = checkContent(contentDir(), asOfDate());
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

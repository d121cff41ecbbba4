/**
 * The disclosure rules' validation messages, pinned against deliberately
 * broken fixtures (test/fixtures/invalid/<case>/ overlaid on the fixture
 * site): the MDX language, 意见征集, 索引号. Each names the file, the field
 * (or the line of the body), the rule and the fix; nothing is published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { problemsOf, siteWith } from './fixture-site.ts';

describe('disclosure validation messages', () => {
  it('MDX: an import is refused', () => {
    expect(problemsOf('mdx-import')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          "正文第 7 行：不允许 import 或 export（「import Chart from '../x.js'」）：本站的 MDX 只能使用固定的组件（LiveFigure、QA、Diagram、PolicyCompare、ArticleLink），它们无需导入；请删除这一行",
      },
    ]);
  });

  it('MDX: an {expression} is refused', () => {
    expect(problemsOf('mdx-expression')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行：不允许 { } 表达式（「{clusters.length}」）：数字请用 <LiveFigure name="…" /> 由网站计算；如果只是文字中的花括号，请写成 \\{ 和 \\}',
      },
    ]);
  });

  it('MDX: an unknown component or an HTML tag is refused', () => {
    expect(problemsOf('mdx-unknown-component')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行：不认识的组件或标签 <Chart>：MDX 中只能使用 LiveFigure、QA、Diagram、PolicyCompare、ArticleLink；标题、列表、链接、粗体请用 Markdown 写法',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 9 行：不认识的组件或标签 <div>：MDX 中只能使用 LiveFigure、QA、Diagram、PolicyCompare、ArticleLink；标题、列表、链接、粗体请用 Markdown 写法',
      },
    ]);
  });

  it('MDX: attribute expressions, spreads and a 问答 without an answer are refused', () => {
    expect(problemsOf('mdx-attribute-expression')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message: '正文第 7 行：<LiveFigure> 的属性 name 必须是引号中的文字（name="…"），不能是 { } 表达式或空值',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message: '正文第 7 行：<LiveFigure> 不允许 {...} 展开属性：请逐个写出属性，值用引号括起，例如 name="…"',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message: '正文第 9 行：<QA> 必须有内容：请在 <QA …> 和 </QA> 之间写上正文',
      },
    ]);
  });

  it('MDX: a figure the model does not compute, a figure without name, a figure with content', () => {
    expect(problemsOf('mdx-unknown-figure')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message: '正文第 9 行：<LiveFigure> 缺少必填属性 name：请写成 name="…"',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message: '正文第 9 行：<LiveFigure> 不带内容：请写成自闭合标签 <LiveFigure … />',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行 <LiveFigure>：没有名为「gdp」的数字：name 只能是 clusters-municipal、clusters-provincial、clusters-national、clusters-recognized、policies-in-force、notices-open 之一（由网站按当日数据计算）',
      },
    ]);
  });

  it('MDX: a 图解 without a real text alternative, a missing image, a path instead of a file name', () => {
    expect(problemsOf('mdx-diagram-alt')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行 <Diagram>：alt「图1」不能代替图片：请用一两句话写出图中的内容（看不到图片的读者只能读到这段文字），细节可写在 <Diagram> 的正文里',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 9 行 <Diagram>：找不到图片 figures/missing.png：请把图片放进内容目录的 figures/ 文件夹，或改正文件名',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 11 行 <Diagram>：src「../x.svg」不是图片文件名：请把图片放在内容目录的 figures/ 中，src 只写文件名（小写字母、数字、连字符，扩展名 png、jpg 或 webp；不收 svg：它可以带脚本），例如 src="liucheng.png"',
      },
    ]);
  });

  it('MDX: a stray brace is a parse error with its line and the fix', () => {
    expect(problemsOf('mdx-parse-error')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 9 行：MDX 无法解析（Unexpected end of file in expression, expected a corresponding closing brace for `{`）：正文中的 { } < > 在 MDX 里有特殊含义，作文字使用时请写成 \\{ \\} \\< \\>，注释请删去；组件标签必须成对或以 /> 结尾',
      },
    ]);
  });

  it('MDX: 新旧对比 of a policy that supersedes nothing, of a wrong old one, of an unknown policy', () => {
    expect(problemsOf('mdx-compare')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行 <PolicyCompare>：《测试特色产业集群管理办法（试行）》没有写 supersedes（所替代的文件），无从对比：请对比一份写明了所替代文件的政策',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 9 行 <PolicyCompare>：old「test-plan」不是《测试特色产业集群管理办法（修订）》所替代的文件：请写 test-measures 之一',
      },
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '引用的政策文件「test-nothing」不存在：content/policies/ 中没有名为 test-nothing 的文件，请核对 id 拼写，或先添加该政策文件',
      },
    ]);
  });

  it('MDX: a link to an article that does not exist', () => {
    expect(problemsOf('mdx-article-link')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'body',
        message:
          '正文第 7 行 <ArticleLink>：「第九十九条」不是《测试特色产业集群管理办法（试行）》正文中的锚点：请写章、条或编号项的锚点，例如 第一章、第一条、第二条、第二条-一、第二条-二、第二章',
      },
    ]);
  });

  it('an official document may not be MDX', () => {
    expect(problemsOf('mdx-official-document')).toEqual([
      {
        file: 'content/policies/test-bad.mdx',
        field: 'kind',
        message:
          '正式文件（文种「办法」）必须是普通 Markdown：请把扩展名改为 .md；只有本局撰写的政策解读（kind: 解读）可以写成 .mdx',
      },
    ]);
  });

  it('意见征集: a period shorter than the minimum without a reason', () => {
    expect(problemsOf('consultation-short-period')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'period',
        message:
          '征求意见期只有 10 天（2026-10-01 至 2026-10-10），少于规定的 30 天：请延长截止日，或在 shortPeriodReason 中写明缩短的理由（将在页面上公开）',
      },
    ]);
  });

  it('意见征集: feedback before the period ends, more comments counted than received', () => {
    expect(problemsOf('consultation-early-feedback')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'feedback.publishedOn',
        message:
          '反馈发布日期（2026-09-30）不晚于征求意见截止日（2026-09-30）：反馈只能在征求意见结束后发布，请核对日期',
      },
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'feedback.items',
        message: '各条意见的条数合计 3 条，多于收到的意见总数 2 条：请核对 received 和各项的 count',
      },
    ]);
  });

  it('意见征集: a period that ends before it starts', () => {
    expect(problemsOf('consultation-reversed-period')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'period.to',
        message: '征求意见截止日（2026-09-01）早于开始日（2026-09-30）：请核对两处日期',
      },
    ]);
  });

  it('意见征集: a period that opens before the call is published', () => {
    expect(problemsOf('consultation-before-call')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'period.from',
        message: '征求意见开始日（2026-09-01）早于发布日期（2026-09-10）：征求意见不能在公告发布前开始，请核对日期',
      },
    ]);
  });

  it('意见征集: an adopted policy without published feedback', () => {
    expect(problemsOf('consultation-result-without-feedback')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'result',
        message: '已写明采纳后的正式文件，却没有发布意见反馈：请先在 feedback 中写明收到的意见和采纳情况',
      },
    ]);
  });

  it('意见征集: feedback that received comments but says nothing of them', () => {
    expect(problemsOf('consultation-feedback-without-decisions')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'feedback.items',
        message:
          '收到 4 条意见，但反馈中没有写采纳情况：请在 items 中逐条写明意见要点、采纳情况和理由，或在 summary 中写明总体情况',
      },
    ]);
  });

  it('索引号: not in the form of the rule', () => {
    expect(problemsOf('index-number-shape')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'indexNumber',
        message:
          '索引号「TEST0001-2026-1」格式不对：应为「前缀-年份-5 位序号」，例如 TEST0001-2026-00001；不知道真实索引号时请写「未编号」',
      },
    ]);
  });

  it("索引号: a year other than the item's", () => {
    expect(problemsOf('index-number-year')).toEqual([
      {
        file: 'content/guides/test-bad.mdx',
        field: 'indexNumber',
        message:
          '索引号「TEST0001-2025-00009」的年份 2025 与本件的日期（2026-10-01）不符：请改为 2026 年的编号，例如 TEST0001-2026-00001',
      },
    ]);
  });

  it('索引号: used twice', () => {
    expect(problemsOf('index-number-duplicate')).toEqual([
      {
        file: 'content/guides/test-how-to-read.mdx',
        field: 'indexNumber',
        message:
          '索引号「TEST0001-2026-00002」已被 content/guides/test-bad.mdx 使用：索引号不能重复，请改用下一个未用的序号',
      },
    ]);
  });
});

/** The fixture site with its settings.yaml edited by `edit`. */
function withSettings(edit: (yaml: string) => string): string {
  const dir = siteWith();
  const file = join(dir, 'settings.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('disclosure rules that depend on settings', () => {
  it('an 索引号 cannot be checked without a rule: write the rule or 未编号', () => {
    const dir = withSettings((s) => s.replace('  indexNumber: { prefix: TEST0001, digits: 5 }\n', ''));
    const { content, problems } = validateContent(readContent(dir));
    expect(content).toBeUndefined();
    expect(problems.map((p) => p.file)).toEqual([
      'content/policies/test-new-measures-interpretation.mdx',
      'content/guides/test-how-to-read.mdx',
      'content/consultations/test-draft-open.mdx',
    ]);
    expect(problems[0]).toEqual({
      file: 'content/policies/test-new-measures-interpretation.mdx',
      field: 'indexNumber',
      message:
        '索引号「TEST0001-2026-00001」无法核对：settings.yaml 中还没有索引号规则（disclosure.indexNumber 的 prefix 和 digits）。请先写明本局的索引号规则，或把这一项改为「未编号」',
    });
  });

  it('a call for comments needs a channel, from the call or from settings', () => {
    const dir = withSettings((s) => s.replace(/contact:\n(?: {2}.*\n)+/, ''));
    const { problems } = validateContent(readContent(dir));
    expect(problems).toContainEqual({
      file: 'content/consultations/test-draft-short.mdx',
      field: 'channels',
      message:
        '没有提交意见的渠道：请在 channels 中写明电子邮箱、电话或通信地址（至少一项），或在 settings.yaml 的 contact 中写明',
    });
    // The open call names its own e-mail: it needs nothing from settings.
    expect(problems.filter((p) => p.file.endsWith('test-draft-open.mdx'))).toEqual([]);
  });

  it('the minimum period comes from settings', () => {
    const dir = withSettings((s) => s.replace('disclosure:\n', 'disclosure:\n  consultationMinDays: 31\n'));
    const { problems } = validateContent(readContent(dir));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/consultations/test-draft-concluded.mdx', 'period'],
      ['content/consultations/test-draft-open.mdx', 'period'],
      ['content/consultations/test-draft-upcoming.mdx', 'period'],
    ]);
  });
});

describe('三同步: a late 政策解读 is a warning, not an error', () => {
  it('names the 解读, the lag and the limit, and still publishes', () => {
    const { content, problems, warnings } = validateContent(readContent(siteWith()));
    expect(problems).toEqual([]);
    expect(content).toBeDefined();
    expect(warnings).toContainEqual({
      file: 'content/policies/test-new-measures-interpretation.mdx',
      field: 'publishedOn',
      message:
        '政策解读比《测试特色产业集群管理办法（修订）》晚 26 天发布，超过 settings.yaml 中 disclosure.interpretationLagDays 规定的 3 天（三同步）：请核对发布日期；日期无误时页面会注明解读的发布日期，这一提示不影响生成网站',
    });
  });

  it('within the limit there is no warning', () => {
    const dir = withSettings((s) => s.replace('disclosure:\n', 'disclosure:\n  interpretationLagDays: 30\n'));
    expect(validateContent(readContent(dir)).warnings).toEqual([]);
  });
});

describe('a draft is official text', () => {
  it('its text may hold no script and no unsafe link, like a policy body', () => {
    expect(problemsOf('consultation-draft-script')).toEqual([
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'draftText',
        message: '草案全文第 3 行有不允许的 HTML 标签 <script>：正文只能用 Markdown 和表格等基本标签，请删除它',
      },
      {
        file: 'content/consultations/test-bad.mdx',
        field: 'draftText',
        message:
          '草案全文第 3 行有不安全的链接地址「javascript:」：链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它',
      },
    ]);
  });
});

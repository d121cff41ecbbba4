import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/content/problems.ts';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { problemsOf, siteWith } from './fixture-site.ts';

describe('the valid fixture site', () => {
  it('has no problems', () => {
    const { content, problems } = validateContent(readContent(siteWith()));
    expect(problems).toEqual([]);
    expect(content?.clusters).toHaveLength(7);
  });
});

describe('validation messages name the file, the field, the rule and the fix', () => {
  it('a missing required field', () => {
    expect(problemsOf('missing-field')).toEqual([
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'name',
        message: '缺少必填字段：请在文件中加上「name: …」这一项',
      },
    ]);
  });

  it('a misspelt field: the typo and the field it leaves missing', () => {
    expect(problemsOf('misspelt-field')).toEqual([
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'county',
        message: '缺少必填字段：请在文件中加上「county: …」这一项',
      },
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'countty',
        message: '不认识的字段「countty」：可能是「county」的笔误，请改正拼写',
      },
    ]);
  });

  it('a malformed date', () => {
    expect(problemsOf('impossible-date')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'issuedOn',
        message:
          '「2023-02-30」不是有效日期：请写作年份、年月或日期（YYYY、YYYY-MM 或 YYYY-MM-DD），例如 2023 或 2023-05-10',
      },
    ]);
  });

  it('an unknown county', () => {
    expect(problemsOf('unknown-county')).toEqual([
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'county',
        message:
          '「聊城县」不在县（市、区）名单中：请改为 东昌府区、茌平区、临清市、阳谷县、莘县、东阿县、冠县、高唐县、聊城经济技术开发区、聊城高新技术产业开发区、江北水城旅游度假区 之一；如确为新设立的单位，先把它加到 content/settings.yaml 的 counties 中',
      },
    ]);
  });

  it('an announcement naming an unknown cluster', () => {
    expect(problemsOf('unknown-cluster')).toEqual([
      {
        file: 'content/announcements/test-bad.yaml',
        field: 'clusters.1',
        message:
          '引用的集群「test-nonexistent」不存在：content/clusters/ 中没有名为 test-nonexistent 的文件，请核对 id 拼写，或先添加该集群',
      },
    ]);
  });

  it('a notice period that ends before it starts', () => {
    expect(problemsOf('reversed-period')).toEqual([
      {
        file: 'content/notices/test-bad.yaml',
        field: 'period.to',
        message: '公示结束日（2026-11-20）早于开始日（2026-11-26）：结束日必须不早于开始日，请核对公示期',
      },
    ]);
  });

  it('two entities with one id', () => {
    expect(problemsOf('duplicate-id')).toEqual([
      {
        file: 'content/clusters/test-alpha.yaml',
        field: 'id',
        message:
          '与 content/clusters/more/test-alpha.yaml 同名（id 都是「test-alpha」）：同一类内容的 id 不能重复，请重命名其中一个文件',
      },
    ]);
  });

  it('a file name that cannot be a URL', () => {
    expect(problemsOf('bad-file-name')[0]).toMatchObject({ file: 'content/clusters/Test_Bad.yaml', field: 'id' });
  });

  it('an effectiveUntil before effectiveFrom', () => {
    expect(problemsOf('until-before-from')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'effectiveUntil',
        message: '有效期至（2021-08-31）早于施行日期（2021-09-01）：有效期至必须不早于施行日期，请核对两处日期',
      },
    ]);
  });

  it('a result announced before its notice period ended', () => {
    expect(problemsOf('early-result')[0]).toMatchObject({
      field: 'date',
      message: expect.stringContaining('公示期满后才能公布结果'),
    });
  });

  it('a revocation without its reason', () => {
    expect(problemsOf('revoke-without-reason')[0]).toMatchObject({
      field: 'reason',
      message: expect.stringContaining('第十四条'),
    });
  });

  it('markup that could run in a policy body', () => {
    expect(problemsOf('script-in-body')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'body',
        message: '正文第 4 行有不允许的 HTML 标签 <script>：正文只能用 Markdown 和表格等基本标签，请删除它',
      },
      {
        file: 'content/policies/test-bad.md',
        field: 'body',
        message:
          '正文第 6 行的 <table> 带有不允许的属性 onclick：只能用 class、id、colspan、rowspan、scope、headers、lang，请删除它',
      },
    ]);
  });

  it('a link that would run a script, even entity-encoded', () => {
    expect(problemsOf('unsafe-link')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'body',
        message:
          '正文第 4 行有不安全的链接地址「javascript:」：链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它',
      },
      {
        file: 'content/policies/test-bad.md',
        field: 'body',
        message:
          '正文第 6 行有不安全的链接地址「javascript:」：链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它',
      },
    ]);
  });

  it('invisible bidi controls pasted into a name', () => {
    expect(problemsOf('bidi-text')).toEqual([
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'name',
        message: '含有看不见的控制字符或文字方向控制符（常由复制粘贴带入）：请删除这段文字后重新输入',
      },
    ]);
  });

  it('a YAML syntax error, with its line', () => {
    const [p] = problemsOf('yaml-syntax');
    expect(p).toMatchObject({ file: 'content/clusters/test-bad.yaml', field: '' });
    expect(p.message).toMatch(/^第 2 行 YAML 格式有误（.+）：请检查这一行的缩进、冒号和引号$/);
  });
});

describe('the printed report', () => {
  it('labels a field by what it means in that kind of file', () => {
    expect(formatProblems(problemsOf('reversed-period'))).toContain(
      '  · period.to（公示结束日）：公示结束日（2026-11-20）早于开始日（2026-11-26）',
    );
  });

  it('lists every problem at once, grouped by file, with field labels', () => {
    const problems = [...problemsOf('unknown-cluster'), ...problemsOf('missing-field')];
    expect(formatProblems(problems)).toBe(
      [
        '内容检查发现 2 个问题，网站未生成。请逐条修改后重新生成：',
        '',
        '✗ content/announcements/test-bad.yaml',
        '  · clusters.1（集群名单）：引用的集群「test-nonexistent」不存在：content/clusters/ 中没有名为 test-nonexistent 的文件，请核对 id 拼写，或先添加该集群',
        '',
        '✗ content/clusters/test-bad.yaml',
        '  · name（名称）：缺少必填字段：请在文件中加上「name: …」这一项',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { problemsOf, siteWith } from './fixture-site.ts';

describe('lifecycle content is checked like the rest', () => {
  it('the fixture site has a pool list, a 标杆 selection, a target and showcase images', () => {
    const { content } = validateContent(readContent(siteWith()));
    expect(content?.pools.map((p) => p.id)).toEqual(['test-2024-pool']);
    expect(content?.benchmarks.map((b) => b.id)).toEqual(['test-2025-benchmarks']);
    expect(content?.targets.map((t) => t.id)).toEqual(['test-plan']);
    expect(content?.clusters.find((c) => c.id === 'test-beta')?.data.showcase).toHaveLength(2);
  });

  it('a pool list naming an unknown cluster', () => {
    expect(problemsOf('pool-unknown-cluster')).toEqual([
      {
        file: 'content/pool/test-bad.yaml',
        field: 'entries.0.cluster',
        message:
          '引用的集群「test-nonexistent」不存在：content/clusters/ 中没有名为 test-nonexistent 的文件，请核对 id 拼写，或先添加该集群',
      },
    ]);
  });

  it('a pool candidate given by name without its county', () => {
    expect(problemsOf('pool-candidate-without-county')).toEqual([
      {
        file: 'content/pool/test-bad.yaml',
        field: 'entries.0.county',
        message: '按名称列出的培育对象必须写所在县（市、区）（county）',
      },
    ]);
  });

  it('a 标杆 selection naming an unknown cluster', () => {
    expect(problemsOf('benchmark-unknown-cluster')).toEqual([
      {
        file: 'content/benchmarks/test-bad.yaml',
        field: 'clusters.1',
        message:
          '引用的集群「test-nonexistent」不存在：content/clusters/ 中没有名为 test-nonexistent 的文件，请核对 id 拼写，或先添加该集群',
      },
    ]);
  });

  it('a 标杆 selection published before its year', () => {
    expect(problemsOf('benchmark-before-year')).toEqual([
      {
        file: 'content/benchmarks/test-bad.yaml',
        field: 'date',
        message:
          '发布日期（2024-12-10）早于评选年度（2025）：标杆按年度评选，发布日期不能早于该年度，请核对 year 或 date',
      },
    ]);
  });

  it('a target citing an unknown policy', () => {
    expect(problemsOf('target-unknown-policy')).toEqual([
      {
        file: 'content/targets/test-bad.yaml',
        field: 'policy',
        message:
          '引用的政策文件「test-no-such-plan」不存在：content/policies/ 中没有名为 test-no-such-plan 的文件，请核对 id 拼写，或先添加该政策文件',
      },
    ]);
  });

  it('a target citing an anchor its document does not have', () => {
    expect(problemsOf('target-unknown-anchor')).toEqual([
      {
        file: 'content/targets/test-bad.yaml',
        field: 'anchor',
        message:
          '「九」不是《测试特色产业集群转型升级工作方案（2023-2025年）》正文中的锚点：请写设定目标的那一章、条或编号项的锚点（例如 一、二、三、三-一、三-二），可在该文件页面上用“复制链接”查看',
      },
    ]);
  });

  it('settings naming a policy the site does not have as where a list is created', () => {
    expect(problemsOf('list-basis-unknown-policy')).toEqual([
      {
        file: 'content/settings.yaml',
        field: 'listBasis.benchmarks.policy',
        message:
          '引用的政策文件「test-no-such-plan」不存在：content/policies/ 中没有名为 test-no-such-plan 的文件，请核对 id 拼写，或先添加该政策文件',
      },
    ]);
  });

  it('settings naming an anchor the policy does not have as where a list is created', () => {
    expect(problemsOf('list-basis-unknown-anchor')).toEqual([
      {
        file: 'content/settings.yaml',
        field: 'listBasis.pool.anchor',
        message:
          '「三-九」不是《测试特色产业集群转型升级工作方案（2023-2025年）》正文中的锚点：请写设立培育库的那一章、条或编号项的锚点（例如 一、二、三、三-一、三-二），可在该文件页面上用“复制链接”查看',
      },
    ]);
  });

  it('settings naming an article the policy does not have as the rule the site applies', () => {
    const [problem, ...rest] = problemsOf('rules-basis-unknown-anchor');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/settings.yaml', field: 'rulesBasis.term.anchor' });
    expect(problem.message).toMatch(
      /^「第十三条」不是《测试特色产业集群管理办法（试行）》正文中的锚点：请写规定称号有效期和复核的那一章、条或编号项的锚点（例如 第一章、第一条、/,
    );
  });

  it('a target with one level twice', () => {
    expect(problemsOf('target-duplicate-level')).toEqual([
      {
        file: 'content/targets/test-bad.yaml',
        field: 'goals.1.level',
        message: '市级的目标写了两次：每个级别只写一次',
      },
    ]);
  });

  it('a showcase image that is not there', () => {
    expect(problemsOf('showcase-missing-file')).toEqual([
      {
        file: 'content/clusters/test-bad.yaml',
        field: 'showcase.0.file',
        message:
          '找不到图片文件 showcase/test-bad/missing.jpg：请把图片放到内容目录的 showcase/test-bad/missing.jpg，或改正路径',
      },
    ]);
  });

  it("a showcase image in another cluster's folder", () => {
    expect(problemsOf('showcase-wrong-folder')[0]).toMatchObject({
      field: 'showcase.0.file',
      message: expect.stringContaining('图片应放在 showcase/test-bad/ 目录下'),
    });
  });

  it('a 第十四条 ground on an announcement that is not a revocation', () => {
    expect(problemsOf('ground-not-revoke')).toEqual([
      {
        file: 'content/announcements/test-bad.yaml',
        field: 'ground',
        message:
          '只有撤销（revoke）才写第十四条的项（ground）：本公布的类别是 recognize，请删除 ground，或把 action 改为 revoke',
      },
    ]);
  });
});

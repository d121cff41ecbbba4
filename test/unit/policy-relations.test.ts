import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { problemsOf } from './fixture-site.ts';

describe('typed references between policies are checked at build', () => {
  it('a mention of a document that does not exist', () => {
    expect(problemsOf('cite-unknown-policy')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'cites.0.policy',
        message:
          '引用的政策文件「test-nonexistent」不存在：content/policies/ 中没有名为 test-nonexistent 的文件，请核对 id 拼写，或先添加该政策文件',
      },
    ]);
  });

  it('a place (at) that is not an anchor of the citing text', () => {
    expect(problemsOf('cite-missing-anchor')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'cites.0.at',
        message:
          '「第九十九条」不是本文件正文中的锚点：at 必须是正文里某一章、条或编号项的锚点（例如 第一条），请对照页面上的“复制链接”核对，或删除 at',
      },
    ]);
  });

  it('replacement that loops', () => {
    expect(problemsOf('supersedes-loop')).toEqual([
      {
        file: 'content/policies/test-loop-a.md',
        field: 'supersedes',
        message:
          '替代关系形成了循环（test-loop-a → test-loop-b → test-loop-a）：一份文件不能直接或间接替代自己，请只在较新的文件里写 supersedes',
      },
    ]);
  });

  it('a basis written after the document that rests on it', () => {
    expect(problemsOf('basis-later')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'basis.0',
        message:
          '依据「test-new-measures」（2026-08-15）晚于本文件（2020-01-01）：文件只能以在它之前的文件为依据，请核对 basis 或两份文件的日期',
      },
    ]);
  });

  it('an interpretation whose kind is not 解读', () => {
    expect(problemsOf('interpretation-kind')).toEqual([
      {
        file: 'content/policies/test-bad.md',
        field: 'kind',
        message: '写了 interprets 的文件是政策解读，文种必须是「解读」（现为「办法」）：请把 kind 改为 解读',
      },
    ]);
  });

  it('the real (seed) content records only the citations its texts make', () => {
    const { content, problems } = validateContent(readContent('test/fixtures/seed'));
    expect(problems).toEqual([]);
    const p = (id: string) => content!.policies.find((x) => x.id === id)!.data;
    // 三年行动计划 五（三）: 制定《聊城市特色产业集群转型升级工作方案》.
    expect(p('green-low-carbon-action-plan-2023-2025').cites).toEqual([
      { policy: 'cluster-upgrade-plan-2023-2025', at: '五-三' },
    ]);
    // 转型升级工作方案 rests on two documents not on this site (依据《…》《…》).
    expect(p('cluster-upgrade-plan-2023-2025').externalBasis.map((x) => x.title)).toEqual([
      '工业和信息化部促进中小企业特色产业集群发展暂行办法',
      '工业和信息化厅山东省特色产业集群管理办法',
    ]);
    expect(p('cluster-upgrade-plan-2023-2025').basis).toEqual([]);
  });
});

/**
 * The cross-file rules that stop a wrong status from being published
 * silently (issue 13): each case adds one slip a clerk could make to a copy
 * of the fixture site and pins the refusal, with file, field, rule and fix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { siteWith } from './fixture-site.ts';

const objection = '\nobjection:\n  phone: 0635-0000000\n  rules: 个人须署真实姓名。\n';
const head = (title: string) => `title: ${title}\nissuer: 测试主办单位\n`;

/** The problems of the fixture site with `files` added (path → YAML). */
function problemsWith(files: Record<string, string>) {
  const dir = siteWith();
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  const { content, problems } = validateContent(readContent(dir));
  if (problems.length > 0) expect(content, 'nothing is published').toBeUndefined();
  return problems.map((p) => ({ file: p.file.replace(/^.*content\//, ''), field: p.field, message: p.message }));
}

const notice2027 = (entries: string, publishedOn = '2027-04-20') =>
  `${head('测试复核公示')}publishedOn: ${publishedOn}\nperiod: { from: 2027-04-20, to: 2027-04-26 }\nentries:\n${entries}${objection}`;

describe('a 公布 that closes a 公示', () => {
  it('is valid when it names what the notice proposed, by id or by the candidate’s name', () => {
    expect(
      problemsWith({
        'clusters/test-new.yaml': 'name: 茌平区测试新候选特色产业集群\ncounty: 茌平区\nindustry: 测试\n',
        'announcements/test-2026-result.yaml': `${head('测试公布')}date: 2026-12-01\naction: recognize\nlevel: 市级\ncloses: test-2026-open\nclusters: [test-zeta, test-new]\n`,
      }),
    ).toEqual([]);
  });

  it('refuses a cluster the notice never listed', () => {
    expect(
      problemsWith({
        'announcements/test-2026-result.yaml': `${head('测试公布')}date: 2026-12-01\naction: recognize\nlevel: 市级\ncloses: test-2026-open\nclusters: [test-zeta, test-beta]\n`,
      }),
    ).toEqual([
      {
        file: 'announcements/test-2026-result.yaml',
        field: 'clusters.1',
        message: expect.stringMatching(
          /^集群 test-beta（.+）不在所对应的公示 .*notices\/test-2026-open\.yaml 的名单中：公布只能列出公示过的集群。请核对 closes/,
        ),
      },
    ]);
  });

  it('refuses another level or action than the notice proposed', () => {
    const problems = problemsWith({
      'announcements/test-2026-result.yaml': `${head('测试公布')}date: 2026-12-01\naction: recognize\nlevel: 省级\ncloses: test-2026-open\nclusters: [test-zeta]\n`,
    });
    expect(problems).toEqual([
      {
        file: 'announcements/test-2026-result.yaml',
        field: 'clusters.0',
        message: expect.stringContaining(
          '在公示 content/notices/test-2026-open.yaml 中是「市级·认定」，本公布却是「省级·认定」',
        ),
      },
    ]);
    expect(problems[0].message).toContain('请改正 level、action，或核对 closes');
  });

  it('refuses a result dated before its notice period ended', () => {
    const [p] = problemsWith({
      'announcements/test-2026-result.yaml': `${head('测试公布')}date: 2026-11-25\naction: recognize\nlevel: 市级\ncloses: test-2026-open\nclusters: [test-zeta]\n`,
    });
    expect(p).toMatchObject({ field: 'date', message: expect.stringContaining('公示期满后才能公布结果') });
  });
});

describe('a 复核, 撤销 or 取消', () => {
  it('refuses a review of a revoked title: only a new recognition restores it', () => {
    const problems = problemsWith({
      'announcements/test-2027-review.yaml': `${head('测试复核')}date: 2027-05-01\naction: review-passed\nlevel: 市级\nclusters: [test-delta]\n`,
    });
    expect(problems).toEqual([
      {
        file: 'announcements/test-2027-review.yaml',
        field: 'clusters.0',
        message: expect.stringMatching(
          /^集群 test-delta 的市级称号已被 test-2025-revoke 撤销：被撤销的称号不能经复核恢复，只能经新的公示重新认定/,
        ),
      },
    ]);
  });

  it('refuses one of a cluster that never held the title', () => {
    const [p] = problemsWith({
      'announcements/test-2027-revoke.yaml': `${head('测试撤销')}date: 2027-05-01\naction: revoke\nlevel: 省级\nclusters: [test-alpha]\nreason: 测试。\n`,
    });
    expect(p).toMatchObject({
      field: 'clusters.0',
      message: expect.stringMatching(
        /^集群 test-alpha 在 2027-05-01 并不持有省级称号.*若是新认定，action 应为 recognize$/,
      ),
    });
  });

  it('refuses a cancellation of a title already cancelled', () => {
    const [p] = problemsWith({
      'announcements/test-2027-cancel.yaml': `${head('测试取消')}date: 2027-05-01\naction: cancel\nlevel: 市级\nclusters: [test-eta]\n`,
    });
    expect(p.message).toMatch(/^集群 test-eta 的市级称号已被 test-2026-eta-cancel 取消，不能再取消/);
  });

  it('accepts a new recognition of a revoked cluster', () => {
    expect(
      problemsWith({
        'announcements/test-2027-again.yaml': `${head('测试重新认定')}date: 2027-05-01\naction: recognize\nlevel: 市级\nclusters: [test-delta]\n`,
      }),
    ).toEqual([]);
  });

  it('in a 公示, refuses a review of a revoked title or of a title never held', () => {
    const problems = problemsWith({
      'notices/test-2027-review.yaml': notice2027(
        '  - { cluster: test-delta, level: 市级, action: 复核 }\n  - { cluster: test-alpha, level: 国家级, action: 撤销 }\n  - { cluster: test-alpha, level: 市级, action: 复核 }\n',
      ),
    });
    expect(problems.map((p) => [p.field, p.message.split('：')[0]])).toEqual([
      ['entries.0', '集群 test-delta 的市级称号已被 test-2025-revoke 撤销'],
      ['entries.1', '集群 test-alpha 在 2027-04-20 并不持有国家级称号'],
    ]);
    expect(problems[0].message).toContain('只能作为新候选重新申报认定（action: 认定）');
  });
});

describe('a 公示’s own dates', () => {
  it('refuses a 发布日期 after its period', () => {
    const [p] = problemsWith({
      'notices/test-2027-review.yaml': notice2027(
        '  - { cluster: test-alpha, level: 市级, action: 复核 }\n',
        '2027-04-27',
      ),
    });
    expect(p).toEqual({
      file: 'notices/test-2027-review.yaml',
      field: 'publishedOn',
      message:
        '发布日期（2027-04-27）晚于公示期的结束日（2027-04-26）：公示必须在公示期结束前发布，请核对 publishedOn 和 period（发布日期通常就是公示开始日）',
    });
  });
});

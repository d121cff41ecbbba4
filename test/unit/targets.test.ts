import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { buildLifecycle } from '../../src/model/lifecycle.ts';
import { buildModel } from '../../src/model/model.ts';
import { goalProgress } from '../../src/rules/targets.ts';
import { siteWith } from './fixture-site.ts';

const registry = (counts: { 市级: number; 省级: number; 国家级: number }) => ({
  day: '2025-12-31',
  rows: [],
  former: new Map(),
  countByLevel: counts,
});

describe('goal progress', () => {
  it('compares the count held at each level with the goal, highest level last', () => {
    expect(
      goalProgress(
        [
          { level: '国家级', count: 2 },
          { level: '市级', count: 30 },
        ],
        registry({ 市级: 10, 省级: 1, 国家级: 3 }),
      ),
    ).toEqual([
      { level: '市级', target: 30, count: 10, met: false, shortBy: 20 },
      { level: '国家级', target: 2, count: 3, met: true, shortBy: 0 },
    ]);
  });
});

function lifecycleOf(dir: string, asOf: string) {
  const { content, problems } = validateContent(readContent(dir));
  expect(problems).toEqual([]);
  return buildLifecycle(content!, buildModel(content!, asOf));
}

describe('the real plans, as of 2026-11-24', () => {
  const life = lifecycleOf(new URL('../fixtures/seed', import.meta.url).pathname, '2026-11-24');
  const outcome = (id: string) =>
    Object.fromEntries(
      life.targets.find((t) => t.id === id)!.atDeadline!.map((g) => [g.level, `${g.count}/${g.target}`]),
    );

  it('cite each target to its document and article', () => {
    expect(life.targets.map((t) => t.href)).toEqual([
      '/policies/cluster-upgrade-plan-2023-2025/#二',
      '/policies/green-low-carbon-action-plan-2023-2025/#四-三',
    ]);
  });

  it('show the 2025 outcome from the announcements on file: national reached, provincial and municipal not', () => {
    expect(life.targets.every((t) => t.ended && t.deadline === '2025-12-31')).toBe(true);
    expect(outcome('cluster-upgrade-plan-2023-2025')).toEqual({ 市级: '10/30', 省级: '1/10', 国家级: '3/2' });
    expect(outcome('green-low-carbon-action-plan-2023-2025')).toEqual({ 市级: '10/30', 省级: '1/8' });
  });

  it('publish no pool members and no 标杆, because none have been published', () => {
    expect(life.pools).toEqual([]);
    expect(life.benchmarks).toEqual([]);
    expect(life.sources).toEqual({
      pool: '/policies/green-low-carbon-action-plan-2023-2025/#四-三',
      benchmark: '/policies/cluster-upgrade-plan-2023-2025/#四-三',
    });
  });
});

describe('a plan whose deadline has not come', () => {
  it('has counts for today and none for the deadline', () => {
    const t = lifecycleOf(siteWith(), '2025-06-01').targets[0];
    expect(t).toMatchObject({ ended: false, atDeadline: undefined });
    expect(t.today.map((g) => g.level)).toEqual(['市级', '省级', '国家级']);
  });
});

import { describe, expect, it } from 'vitest';
import { countByHighestLevel, LEVELS_DESC } from '../../src/rules/levels.ts';

describe('the count of clusters by level', () => {
  it('counts each cluster once, at its highest title, highest level first', () => {
    const clusters = [
      { status: { level: '国家级' as const } },
      { status: { level: '市级' as const } },
      { status: { level: '市级' as const } },
      { status: {} },
    ];
    expect(countByHighestLevel(clusters)).toEqual([
      { level: '国家级', count: 1 },
      { level: '省级', count: 0 },
      { level: '市级', count: 2 },
    ]);
  });

  it('lists every level, even with no clusters', () => {
    expect(countByHighestLevel([]).map((c) => c.level)).toEqual(LEVELS_DESC);
    expect(LEVELS_DESC).toEqual(['国家级', '省级', '市级']);
  });
});

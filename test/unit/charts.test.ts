import { describe, expect, it } from 'vitest';
import { barChart, chartText, labelEm, niceMax } from '../../src/rules/charts.ts';

describe('bar chart geometry', () => {
  it('scales bars to a readable maximum', () => {
    expect([0, 1, 3, 7, 12, 85.5, 120, 15000].map(niceMax)).toEqual([1, 1, 5, 10, 20, 100, 200, 20000]);
  });

  it('gives one bar per datum, proportional to its value, zero bars zero wide', () => {
    const c = barChart(
      [
        { label: '临清市', value: 5 },
        { label: '冠县', value: 10 },
        { label: '莘县', value: 0 },
      ],
      { width: 400 },
    );
    expect(c.max).toBe(10);
    expect(c.bars.map((b) => b.text)).toEqual(['5', '10', '0']);
    expect(c.bars[1].width).toBeCloseTo(c.bars[0].width * 2, 0);
    expect(c.bars[2].width).toBe(0);
    expect(c.labelWidth + c.bars[1].width).toBeLessThanOrEqual(400);
    expect(c.height).toBe(10 + 3 * 34);
  });

  it('measures Chinese labels wider than Latin ones', () => {
    expect(labelEm('临清市')).toBe(3);
    expect(labelEm('2024年')).toBeCloseTo(3.4);
  });

  it("prints numbers as the tables do: grouped, with the chart's decimals", () => {
    const c = barChart(
      [
        { label: '2023年', value: 12800 },
        { label: '2024年', value: 1234567.891 },
      ],
      { decimals: 1 },
    );
    expect(c.bars.map((b) => b.text)).toEqual(['12,800.0', '1,234,567.9']);
    expect(chartText([{ label: '企业', value: 12800 }], '家')).toBe('企业 12,800家。');
  });

  it('states the numbers as text for its description', () => {
    expect(
      chartText(
        [
          { label: '2023年', value: 77.9 },
          { label: '2024年', value: 85.5 },
        ],
        '亿元',
        1,
      ),
    ).toBe('2023年 77.9亿元，2024年 85.5亿元。');
  });
});

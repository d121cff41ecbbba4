import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/rules/eligibility.ts';
import { annualReportSchema } from '../../src/schemas/cluster.ts';

const report = (data: Record<string, unknown>) => annualReportSchema.parse(data);
const results = (e: ReturnType<typeof eligibility>) => Object.fromEntries(e!.indicators.map((i) => [i.key, i.result]));

describe('indicators of 管理办法 第四条（二）', () => {
  it('uses the latest report and compares each figure with its threshold, inclusive', () => {
    const e = eligibility([
      report({ year: 2023, enterprises: { total: 10 }, revenue: 5, areaKm2: 200 }),
      report({ year: 2024, enterprises: { total: 30 }, revenue: 30, areaKm2: 100 }),
    ]);
    expect(e?.year).toBe(2024);
    expect(results(e)).toEqual({ enterprises: 'met', revenue: 'met', area: 'met' });
  });

  it('reports a figure below (or an area above) the threshold as not met', () => {
    const e = eligibility([report({ year: 2025, enterprises: { total: 29 }, revenue: 29.9, areaKm2: 100.5 })]);
    expect(results(e)).toEqual({ enterprises: 'not-met', revenue: 'not-met', area: 'not-met' });
    expect(e?.indicators[1]).toMatchObject({ value: 29.9, threshold: 30, comparison: 'at-least' });
  });

  it('says a figure is unknown rather than guessing it', () => {
    expect(results(eligibility([report({ year: 2025, revenue: 40 })]))).toEqual({
      enterprises: 'unknown',
      revenue: 'met',
      area: 'unknown',
    });
  });

  it('gives nothing when there is no report', () => {
    expect(eligibility([])).toBeUndefined();
  });
});

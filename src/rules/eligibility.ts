/**
 * Eligibility indicators: a cluster's latest annual figures against the
 * thresholds of 管理办法 第四条（二）. Information for readers, never a
 * verdict: the article lets clusters whose leading industry ranks first in
 * the city or near the top in the province be held to looser conditions, and
 * only the bureau's review decides.
 */
import type { AnnualReport } from '../schemas/cluster.ts';
import { anchorOf } from './numbering.ts';

export type IndicatorKey = 'enterprises' | 'revenue' | 'area';
/** met / not met / the report does not give the figure. */
export type IndicatorResult = 'met' | 'not-met' | 'unknown';

export interface Indicator {
  key: IndicatorKey;
  /** The figure from the report, in the threshold's unit. */
  value?: number;
  /** The threshold of 第四条（二）. */
  threshold: number;
  /** at-least: value ≥ threshold; at-most: value ≤ threshold. */
  comparison: 'at-least' | 'at-most';
  result: IndicatorResult;
}

export interface Eligibility {
  /** The report year the figures come from. */
  year: number;
  indicators: Indicator[];
}

/** The anchor of the article these thresholds come from, in the measures' text: 第四条. */
export const THRESHOLD_ARTICLE = anchorOf.article('四');

/** 管理办法 第四条（二）: 企业户数 ≥ 30 户, 年营业收入 ≥ 30 亿元, 区域面积 ≤ 100 平方公里. */
export const ARTICLE_4_THRESHOLDS = [
  { key: 'enterprises', threshold: 30, comparison: 'at-least', value: (r: AnnualReport) => r.enterprises.total },
  { key: 'revenue', threshold: 30, comparison: 'at-least', value: (r: AnnualReport) => r.revenue },
  { key: 'area', threshold: 100, comparison: 'at-most', value: (r: AnnualReport) => r.areaKm2 },
] as const;

/** The indicators from the latest annual report, or undefined when there is none. */
export function eligibility(reports: readonly AnnualReport[]): Eligibility | undefined {
  const latest = [...reports].sort((a, b) => b.year - a.year)[0];
  if (!latest) return undefined;
  return {
    year: latest.year,
    indicators: ARTICLE_4_THRESHOLDS.map(({ key, threshold, comparison, value }) => {
      const v = value(latest);
      const result: IndicatorResult =
        v === undefined ? 'unknown' : (comparison === 'at-least' ? v >= threshold : v <= threshold) ? 'met' : 'not-met';
      return { key, threshold, comparison, value: v, result };
    }),
  };
}

/**
 * Bounds a schema cannot know because they are settings: a 公示期 is at most
 * settings.noticePeriodMaxDays calendar days (both ends counted), so a slipped
 * year (2026-11-20 to 2036-11-26) cannot keep a notice open for a decade.
 */
import { daysBetween } from '../../rules/dates.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';

export function limitProblems(c: Content): Problem[] {
  const max = c.settings?.noticePeriodMaxDays;
  if (!max) return [];
  return c.notices.flatMap((n) => {
    const { from, to } = n.data.period;
    if (to < from) return []; // reported by the notice schema
    const days = daysBetween(from, to) + 1;
    return days > max
      ? [
          {
            file: n.file,
            field: 'period.to',
            message: `公示期 ${from} 至 ${to} 共 ${days} 天，超过上限 ${max} 天：请核对结束日的年份和月份（上限在 settings.yaml 的 noticePeriodMaxDays）`,
          },
        ]
      : [];
  });
}

/**
 * Warnings, not errors: a 政策解读 published later than settings allow after
 * its policy (三同步, src/rules/interpretation-lag.ts). The site is still
 * built, since a late 解读 is better than none; the clerk is told, and the
 * pages state both dates.
 */
import { interpretationLag } from '../../rules/interpretation-lag.ts';
import { releaseDate } from '../../rules/policy-date.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';

export function interpretationWarnings(c: Content): Problem[] {
  const maxDays = c.settings.disclosure.interpretationLagDays;
  const byId = new Map(c.policies.map((p) => [p.id, p]));
  return c.policies.flatMap((p) => {
    const target = p.data.interprets ? byId.get(p.data.interprets) : undefined;
    if (!target) return [];
    const lag = interpretationLag(releaseDate(target.data), releaseDate(p.data), maxDays);
    if (!lag?.late) return [];
    return [
      {
        file: p.file,
        field: 'publishedOn',
        message: `政策解读比《${target.data.title}》晚 ${lag.days} 天发布，超过 settings.yaml 中 disclosure.interpretationLagDays 规定的 ${maxDays} 天（三同步）：请核对发布日期；日期无误时页面会注明解读的发布日期，这一提示不影响生成网站`,
      },
    ];
  });
}

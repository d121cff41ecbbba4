/**
 * A plan's cluster targets (e.g. seed 000 二: 到2025年，力争市级特色产业集群达到30个…),
 * one file per plan (content/targets/<id>.yaml). Progress is counted from
 * announcements; the file only states what the plan says and where.
 */
import { z } from 'astro/zod';
import { anchor, level, paragraphs, ref, text } from './common.ts';

export const targetSchema = z
  .strictObject({
    /** id of the policy that sets the targets. */
    policy: ref,
    /** Anchor of the article or item in that policy, without '#', e.g. 二 or 四-三. */
    anchor,
    /** The sentence of the policy that sets the targets, quoted exactly. */
    quote: paragraphs,
    /** The year by which the targets are to be reached (its 31 December). */
    year: z.number({ error: '必须是年份，例如 2025' }).int().min(2000).max(2100),
    /** One goal per level: how many clusters of that level. */
    goals: z
      .array(
        z.strictObject({
          /** 级别. */
          level,
          /** 目标数量 (个). */
          count: z.number({ error: '必须是整数' }).int('必须是整数').positive('必须大于 0'),
        }),
        { error: '必须是目标列表' },
      )
      .min(1, '至少写一个目标'),
    /** Other targets in the same sentence that this site does not count, as quoted (e.g. 先进制造业集群达到2个以上). */
    notCounted: text.optional(),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.goals.forEach((g, i) => {
      if (seen.has(g.level))
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'level'],
          message: `${g.level}的目标写了两次：每个级别只写一次`,
        });
      seen.add(g.level);
    });
  });

export type Target = z.output<typeof targetSchema>;

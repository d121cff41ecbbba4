/**
 * A yearly selection of 转型升级标杆 (seed 000 四（三）: 每年评选聊城市特色产业集群
 * 转型升级标杆), one file per published selection (content/benchmarks/<id>.yaml).
 */
import { z } from 'astro/zod';
import { calendarDate, issuers, paragraphs, ref, text } from './common.ts';

export const benchmarkSchema = z
  .strictObject({
    /** 标题 as published. */
    title: text,
    /** 评选年度. */
    year: z.number({ error: '必须是年份，例如 2025' }).int().min(2000).max(2100),
    /** 发布机关. */
    issuer: issuers,
    /** 发文字号, when it has one. */
    docNumber: text.optional(),
    /** 发布日期. */
    date: calendarDate,
    /** 依据: ids of policies. */
    basis: z.array(ref).default([]),
    /** ids of the clusters selected, in the published order. */
    clusters: z.array(ref, { error: '必须是集群 id 的列表' }).min(1, '至少列出一个集群'),
    /** Summary or text as published. */
    body: paragraphs.optional(),
    /** Where the facts come from. */
    source: paragraphs.optional(),
  })
  .superRefine((b, ctx) => {
    if (Number(b.date.slice(0, 4)) < b.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `发布日期（${b.date}）早于评选年度（${b.year}）：标杆按年度评选，发布日期不能早于该年度，请核对 year 或 date`,
      });
    }
  });

export type Benchmark = z.output<typeof benchmarkSchema>;

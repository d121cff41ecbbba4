/**
 * A published list of the 特色产业集群培育库 (cultivation pool, seed 003:
 * 建立特色产业集群培育库，加大梯度培育力度): candidates being cultivated
 * towards recognition (content/pool/<id>.yaml, one file per published list).
 */
import { z } from 'astro/zod';
import { calendarDate, issuers, paragraphs, ref, text } from './common.ts';

/** One candidate: an existing cluster by id, or a candidate with no cluster file yet, by name. */
export const poolEntrySchema = z
  .strictObject({
    /** id of a cluster in content/clusters/ (when the candidate has a page). */
    cluster: ref.optional(),
    /** 名称 of a candidate without a cluster file. */
    name: text.optional(),
    /** 所在县（市、区） of a candidate given by name. */
    county: text.optional(),
    /** 主导产业 of a candidate given by name. */
    industry: text.optional(),
  })
  .refine((e) => Boolean(e.cluster) !== Boolean(e.name), {
    message: '每一项必须写 cluster（已有集群的 id）或 name（培育对象的名称）之一，且只写一个',
    path: ['cluster'],
  })
  .refine((e) => !e.name || Boolean(e.county), {
    message: '按名称列出的培育对象必须写所在县（市、区）（county）',
    path: ['county'],
  });

export const poolListSchema = z.strictObject({
  /** 标题 as published, e.g. 关于公布2024年度聊城市特色产业集群培育库名单的通知. */
  title: text,
  /** 发布机关. */
  issuer: issuers,
  /** 发文字号, when it has one. */
  docNumber: text.optional(),
  /** 发布日期. */
  date: calendarDate,
  /** 依据: ids of policies (e.g. the 2023–2025 action plan that creates the pool). */
  basis: z.array(ref).default([]),
  /** 入库名单, in the published order. */
  entries: z.array(poolEntrySchema, { error: '必须是培育库名单（列表）' }).min(1, '名单至少一项'),
  /** Summary or text as published. */
  body: paragraphs.optional(),
  /** Where the facts come from. */
  source: paragraphs.optional(),
});

export type PoolList = z.output<typeof poolListSchema>;

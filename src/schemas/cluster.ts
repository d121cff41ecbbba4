/**
 * A characteristic industrial cluster (content/clusters/<id>.yaml). Level,
 * recognition dates and status are NOT fields here: they are derived from the
 * announcements that name the cluster (src/rules/cluster-status.ts).
 */
import { z } from 'astro/zod';
import { amount, count, paragraphs, text } from './common.ts';

/** One main product line of a cluster in a report year (申请表: 主导产品情况). */
export const productSchema = z.strictObject({
  /** 主导产品. */
  name: text,
  /** 年产量 as printed, with its unit, e.g. "120万吨". */
  output: text.optional(),
  /** 省内市场比重 in percent (0–100). */
  provincialShare: amount.max(100, '是百分数，不能超过 100').optional(),
});

/** A cluster's figures for one year: the fields of the 申请表 in 管理办法 (seed 001). Units as in the form. */
export const annualReportSchema = z.strictObject({
  /** 年度. */
  year: z.number({ error: '必须是年份，例如 2023' }).int().min(2000).max(2100),
  /** 企业户数 (户). */
  enterprises: z
    .strictObject({
      /** 总数. */
      total: count.optional(),
      /** 其中规模以上企业. */
      aboveScale: count.optional(),
      /** 其中进入产业园区企业. */
      inParks: count.optional(),
    })
    .default({}),
  /** 从业人员数量 (人). */
  employees: count.optional(),
  /** 产业集群区域面积 (平方公里). */
  areaKm2: amount.optional(),
  /** 主导产品情况. */
  products: z.array(productSchema).default([]),
  /** 营业收入 (亿元). */
  revenue: amount.optional(),
  /** 利润 (亿元); may be negative in a bad year. */
  profit: z.number({ error: '必须是数字（亿元，不带单位）' }).optional(),
  /** 税金 (亿元). */
  tax: amount.optional(),
  /** 省级以上品牌、商标或产业荣誉称号数量 (个), and its breakdown. */
  brands: z
    .strictObject({
      total: count.optional(),
      /** 名牌产品. */
      famousProducts: count.optional(),
      /** 驰(著)名商标. */
      wellKnownMarks: count.optional(),
      /** 产业荣誉称号. */
      honors: count.optional(),
    })
    .default({}),
  /** 公共服务平台数量 (个), and its breakdown. */
  platforms: z
    .strictObject({
      total: count.optional(),
      /** 研发. */
      rnd: count.optional(),
      /** 检测. */
      testing: count.optional(),
      /** 物流. */
      logistics: count.optional(),
      /** 电子商务. */
      ecommerce: count.optional(),
      /** 其他. */
      other: count.optional(),
    })
    .default({}),
  /** Where the figures come from. */
  source: text.optional(),
});

/** One image of the cluster's 云上展厅 (seed 003), resized at build time. */
export const showcaseImageSchema = z.strictObject({
  /** Path of the original under the content directory, e.g. showcase/linqing-textile/hall.jpg (JPEG, PNG or WebP). */
  file: z
    .string({ error: '必须是图片文件路径' })
    .regex(
      /^showcase\/[a-z0-9-]+\/[a-z0-9-]+\.(jpe?g|png|webp)$/,
      '必须是 showcase/<集群 id>/<文件名>.jpg（或 .png、.webp），文件名只用小写字母、数字和连字符',
    ),
  /** 替代文字: what the image shows, for readers who cannot see it. */
  alt: text,
  /** 图片说明 shown under the image. */
  caption: text.optional(),
  /** 来源 or 摄影, as it should be credited. */
  credit: text.optional(),
});

export const clusterSchema = z
  .strictObject({
    /** 集群名称 as in the announcement that recognised it, e.g. 临清市纺织特色产业集群. */
    name: text,
    /** Other names used in later public documents (e.g. the name in a national list). */
    aliases: z.array(text).default([]),
    /** 所在县（市、区）: must be one of the names in content/settings.yaml. */
    county: text,
    /** 乡镇、街道 if the cluster is centred on one. */
    town: text.optional(),
    /** 主导产业, as named in the cluster's title, e.g. 纺织. */
    industry: text,
    /** 产业方向 of 转型升级工作方案 (seed 000) this cluster belongs to, where the plan names it. */
    direction: text.optional(),
    /** 主导产品. */
    products: z.array(text).default([]),
    /** 依托载体 (the body or park that manages the cluster). */
    host: text.optional(),
    /** 简介. */
    intro: paragraphs.optional(),
    /** 年度报告, one per year. */
    annualReports: z.array(annualReportSchema).default([]),
    /** 云上展厅: photos of the cluster, only real ones supplied by the cluster or the bureau. */
    showcase: z.array(showcaseImageSchema).default([]),
    /** Where the facts on this page come from. */
    source: paragraphs.optional(),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<number>();
    c.annualReports.forEach((r, i) => {
      if (seen.has(r.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['annualReports', i, 'year'],
          message: `${r.year} 年的年度报告出现了两次：每年只能有一份，请合并或删除重复的一份`,
        });
      }
      seen.add(r.year);
    });
  });

export type Cluster = z.output<typeof clusterSchema>;
export type AnnualReport = z.output<typeof annualReportSchema>;
export type ShowcaseImage = z.output<typeof showcaseImageSchema>;

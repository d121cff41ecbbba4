/** A publicity notice (公示): a proposed list open for objections for a period (content/notices/<id>.yaml). */
import { z } from 'astro/zod';
import { calendarDate, email, issuers, level, paragraphs, phone, ref, text } from './common.ts';

/** One proposed entry: an existing cluster by id, or a candidate not yet in the registry by name. */
export const noticeEntrySchema = z
  .strictObject({
    /** id of a cluster in content/clusters/. */
    cluster: ref.optional(),
    /** Name of a candidate that has no cluster file yet. */
    name: text.optional(),
    /** 所在县（市、区） of a candidate given by name. */
    county: text.optional(),
    /** 拟认定级别. */
    level,
    /** What is proposed: 认定 (default), 复核, 撤销, 取消. */
    action: z.enum(['认定', '复核', '撤销', '取消'], { error: '必须是 认定、复核、撤销、取消 之一' }).default('认定'),
  })
  .refine((e) => Boolean(e.cluster) !== Boolean(e.name), {
    message: '每一项必须写 cluster（已有集群的 id）或 name（新候选集群的名称）之一，且只写一个',
    path: ['cluster'],
  });

export const noticeSchema = z
  .strictObject({
    /** 标题, e.g. 关于2024年度聊城市特色产业集群拟认定名单的公示. */
    title: text,
    /** 发布机关. */
    issuer: issuers,
    /** 发布日期. */
    publishedOn: calendarDate,
    /** 索引号 of the 公开目录, or 未编号; left out until assigned. */
    indexNumber: text.optional(),
    /** 公示期, inclusive, Asia/Shanghai. */
    period: z.strictObject({
      /** 公示开始日（含）. */
      from: calendarDate,
      /** 公示结束日（含）. */
      to: calendarDate,
    }),
    /** 依据: ids of policies. */
    basis: z.array(ref).default([]),
    /** 工作程序 as stated in the notice. */
    procedure: paragraphs.optional(),
    /** 拟公布名单. */
    entries: z.array(noticeEntrySchema, { error: '必须是拟认定名单（列表）' }).min(1, '名单至少一项'),
    /** 异议方式. */
    objection: z.strictObject({
      /** 受理电话. */
      phone: phone.optional(),
      /** 受理邮箱. */
      email: email.optional(),
      /** 通讯地址. */
      address: text.optional(),
      /** 联系人 or 受理科室, as printed. */
      contact: text.optional(),
      /** 异议规则, e.g. 个人须署真实姓名并留联系方式，单位须加盖公章. */
      rules: paragraphs,
    }),
    /** Any further text of the notice, as published. */
    body: paragraphs.optional(),
  })
  .superRefine((n, ctx) => {
    if (n.period.to < n.period.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: `公示结束日（${n.period.to}）早于开始日（${n.period.from}）：结束日必须不早于开始日，请核对公示期`,
      });
    }
    if (!n.objection.phone && !n.objection.email && !n.objection.address) {
      ctx.addIssue({
        code: 'custom',
        path: ['objection'],
        message: '没有任何异议受理方式：请至少写 phone、email 或 address 之一，公众才能提出异议',
      });
    }
  });

export type Notice = z.output<typeof noticeSchema>;
export type NoticeEntry = z.output<typeof noticeEntrySchema>;

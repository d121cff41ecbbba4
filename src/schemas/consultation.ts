/**
 * 意见征集 (content/consultations/<id>.mdx): a draft (草案) put out for
 * public comment. The front matter holds the facts (period, channels, the
 * 反馈); the MDX body is the bureau's 说明 of the draft. The draft's own
 * text is official text and stays plain Markdown (`draftText`), so pasted
 * text never runs a component.
 */
import { z } from 'astro/zod';
import { calendarDate, email, issuers, paragraphs, phone, ref, text } from './common.ts';

/** What became of one point raised in the comments. */
export const DECISIONS = ['采纳', '部分采纳', '未采纳'] as const;

export const feedbackItemSchema = z.strictObject({
  /** 意见要点, in the bureau's words. */
  point: text,
  /** How many comments made this point. */
  count: z.number({ error: '必须是整数' }).int().min(1, '至少 1 条').optional(),
  /** 采纳情况. */
  decision: z.enum(DECISIONS, { error: `必须是 ${DECISIONS.join('、')} 之一` }),
  /** 理由: why it was (not) adopted, or how the draft changed. */
  reason: paragraphs,
});

export const consultationSchema = z.strictObject({
  /** 标题 of the call, e.g. 关于《……（征求意见稿）》公开征求意见的公告. */
  title: text,
  /** 草案名称, without 《》, e.g. ……（征求意见稿）. */
  draftTitle: text,
  /** 起草机关 / 发布机关. */
  issuer: issuers,
  /** 发布日期 of the call. */
  publishedOn: calendarDate,
  /** 征求意见期, inclusive, Asia/Shanghai. */
  period: z.strictObject({
    /** 开始日（含）. */
    from: calendarDate,
    /** 截止日（含）. */
    to: calendarDate,
  }),
  /** 征求意见期 shorter than settings' minimum: the reason, as published. */
  shortPeriodReason: paragraphs.optional(),
  /** Where comments go; a channel left out here is taken from settings' contact. */
  channels: z
    .strictObject({
      /** 电子邮箱. */
      email: email.optional(),
      /** 电话. */
      phone: phone.optional(),
      /** 通信地址. */
      address: text.optional(),
    })
    .default({}),
  /** The draft's text as published (plain Markdown, never MDX). */
  draftText: paragraphs.optional(),
  /** Path under public/ of the draft as a download, e.g. /files/draft.docx. */
  draftFile: z
    .string()
    .regex(/^\/[\w./-]+$/, '必须是以 / 开头、放在 public/ 下的文件路径')
    .optional(),
  /** 索引号 of the 公开目录, or 未编号. */
  indexNumber: text.optional(),
  /** 内容概述 for the 公开目录. */
  summary: paragraphs,
  /** 意见反馈, once published. */
  feedback: z
    .strictObject({
      /** 反馈发布日期: not before the period ends. */
      publishedOn: calendarDate,
      /** 收到意见 (number of comments received). */
      received: z.number({ error: '必须是整数' }).int().min(0, '不能为负数'),
      /** 总体情况, as published. */
      summary: paragraphs.optional(),
      /** The points raised and what became of them. */
      items: z.array(feedbackItemSchema).default([]),
    })
    .optional(),
  /** id of the policy adopted from this draft, once published. */
  result: ref.optional(),
});

export type Consultation = z.output<typeof consultationSchema>;
export type FeedbackItem = z.output<typeof feedbackItemSchema>;

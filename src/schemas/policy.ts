/** A published policy document: Markdown body, metadata in front matter (content/policies/<id>.md). */
import { z } from 'astro/zod';
import { calendarDate, issuers, paragraphs, partialDate, ref, text } from './common.ts';

/** Document kinds seen on Chinese disclosure sites. */
export const POLICY_KINDS = ['办法', '方案', '意见', '规划', '计划', '通知', '决定', '细则', '解读', '其他'] as const;
/** Administrative level of the issuer. */
export const POLICY_LEVELS = ['国家', '省', '市', '县'] as const;

export const attachmentSchema = z.strictObject({
  /** Title as printed, e.g. 聊城市特色产业集群申请表. */
  title: text,
  /** Anchor of the HTML version inside the body, if it has one. */
  anchor: text.optional(),
  /** Path under public/ of a downloadable file, e.g. /files/shenqingbiao.docx. */
  file: z
    .string({ error: '必须是 public/ 下的文件路径，例如 /files/shenqingbiao.docx' })
    .regex(
      // One leading slash, then folder and file names that do not start with a dot: no scheme, no //host, no .. or dotfile.
      /^(?:\/[A-Za-z0-9_][\w-]*(?:\.[\w-]+)*)+$/,
      '必须是以一个 / 开头、放在 public/ 下的文件路径（例如 /files/shenqingbiao.docx）：不能写网址、//、.. 或以 . 开头的名字',
    )
    .optional(),
});

/** A document named by title in the text but not published on this site (no link is made). */
export const externalDocumentSchema = z.strictObject({
  /** Title as printed in the citing text, without 《》. */
  title: text,
  /** 发文机关, only when the citing text names it. */
  issuer: text.optional(),
  /** 发文字号, only when the citing text gives it. */
  docNumber: text.optional(),
  /** Anchor in this document's text where it is named, e.g. 第一条. */
  at: text.optional(),
});

/** Another document on this site that this one names in its text (not as its basis). */
export const citationSchema = z.strictObject({
  /** id of the cited policy. */
  policy: ref,
  /** Anchor in this document's text where it is named, e.g. 五-三. */
  at: text.optional(),
});

export const policySchema = z
  .strictObject({
    /** 标题: the document's own title, without the 印发通知 wrapper. */
    title: text,
    /** 发文字号, e.g. 聊工信发〔2021〕97号. Left out when the document has none. */
    docNumber: text.optional(),
    /** 规范性文件统一编号, e.g. LCCR-2021-0050003. */
    registrationNumber: text.optional(),
    /** 索引号 of the disclosure catalogue. Left out until assigned. */
    indexNumber: text.optional(),
    /** 发文机关. Left out when the document does not name one (the page says so). */
    issuer: issuers.optional(),
    /** 文种 (kind of document). */
    kind: z.enum(POLICY_KINDS, { error: `必须是 ${POLICY_KINDS.join('、')} 之一` }),
    /** 层级 of the issuer. */
    level: z.enum(POLICY_LEVELS, { error: `必须是 ${POLICY_LEVELS.join('、')} 之一` }),
    /** 主题分类 keywords. */
    topics: z.array(text).default([]),
    /** 成文日期 (may be known only to the year). */
    issuedOn: partialDate.optional(),
    /** 发布日期 (may be known only to the year). */
    publishedOn: partialDate.optional(),
    /** 施行日期. */
    effectiveFrom: calendarDate.optional(),
    /** 有效期至 (last day in force, inclusive). */
    effectiveUntil: calendarDate.optional(),
    /** 规划期 / 实施期 of a plan, in whole years, e.g. 2023–2025. It ends on 31 December of `to`. */
    period: z
      .strictObject({
        from: z.number({ error: '必须是年份，例如 2023' }).int().min(1949).max(2100),
        to: z.number({ error: '必须是年份，例如 2025' }).int().min(1949).max(2100),
      })
      .optional(),
    /** 废止日期, if the document was repealed. */
    repealedOn: calendarDate.optional(),
    /** 依据: ids of policies this one rests on. */
    basis: z.array(ref).default([]),
    /** 依据 that are not published on this site, by the title printed in the text. */
    externalBasis: z.array(externalDocumentSchema).default([]),
    /** Other policies on this site that the text names (e.g. a plan that calls for another document). */
    cites: z.array(citationSchema).default([]),
    /** 政策解读: the id of the policy this document interprets (its kind is then 解读). */
    interprets: ref.optional(),
    /** ids of policies this one replaces (they become 已被修订 once this takes effect). */
    supersedes: z.array(ref).default([]),
    /** 内容概述 for the disclosure catalogue: one or two sentences. */
    summary: paragraphs.optional(),
    /** 附件. */
    attachments: z.array(attachmentSchema).default([]),
    /** Where the published text comes from and what was done to it. */
    source: paragraphs.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.effectiveFrom && p.effectiveUntil && p.effectiveUntil < p.effectiveFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveUntil'],
        message: `有效期至（${p.effectiveUntil}）早于施行日期（${p.effectiveFrom}）：有效期至必须不早于施行日期，请核对两处日期`,
      });
    }
    if (p.period && p.period.to < p.period.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: `规划期结束年（${p.period.to}）早于开始年（${p.period.from}），请核对`,
      });
    }
  });

export type Policy = z.output<typeof policySchema>;

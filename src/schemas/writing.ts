/**
 * The bureau's own writing, in MDX (content/guides/<id>.mdx): guide pages
 * such as how to read the site or how a list is made. Official documents
 * are never written here; they are plain Markdown policies.
 */
import { z } from 'astro/zod';
import { calendarDate, issuers, paragraphs, text } from './common.ts';

export const guideSchema = z.strictObject({
  /** 标题. */
  title: text,
  /** 发布机关 (default: the 主办单位). */
  issuer: issuers.optional(),
  /** 发布日期. */
  publishedOn: calendarDate,
  /** 更新日期, when the text was revised. */
  updatedOn: calendarDate.optional(),
  /** 索引号 of the 公开目录, or 未编号. */
  indexNumber: text.optional(),
  /** 内容概述 for the 公开目录 and search: one or two sentences. */
  summary: paragraphs,
});

export type Guide = z.output<typeof guideSchema>;

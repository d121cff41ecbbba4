/**
 * A formal result (公布 / 公告): recognises, reviews, revokes or cancels
 * clusters (content/announcements/<id>.yaml). It is the single source of a
 * cluster's level, dates and status.
 */
import { z } from 'astro/zod';
import { issuers, level, paragraphs, partialDate, ref, text } from './common.ts';

/** What an announcement does to the clusters it names. */
export const ACTIONS = ['recognize', 'review-passed', 'revoke', 'cancel'] as const;
export type Action = (typeof ACTIONS)[number];

/** The items of 管理办法 第十四条, the grounds on which a title is revoked. */
export const REVOCATION_GROUNDS = ['一', '二', '三'] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

export const announcementSchema = z
  .strictObject({
    /** 标题 as published. Where the original title is unknown, a plain description, and `source` says so. */
    title: text,
    /** 发布机关. */
    issuer: issuers,
    /** 发文字号. Left out when not known. */
    docNumber: text.optional(),
    /** 索引号 of the 公开目录, or 未编号; left out until assigned. */
    indexNumber: text.optional(),
    /** 发布日期 (a date known only to the year or month is allowed for reported facts). */
    date: partialDate,
    /** recognize (认定), review-passed (复核通过), revoke (撤销), cancel (取消). */
    action: z.enum(ACTIONS, { error: `必须是 ${ACTIONS.join('、')} 之一（认定、复核通过、撤销、取消）` }),
    /** 级别 of the title concerned. */
    level,
    /** ids of the clusters named, in the order of the published list. */
    clusters: z.array(ref, { error: '必须是集群 id 的列表' }).min(1, '至少列出一个集群'),
    /** id of the notice (公示) this result closes. */
    closes: ref.optional(),
    /** 依据: ids of policies cited. */
    basis: z.array(ref).default([]),
    /** Reason for a revocation, citing 管理办法 第十四条. */
    reason: paragraphs.optional(),
    /** Item of 管理办法 第十四条 the revocation rests on: 一 (弄虚作假或违法), 二 (不符合条件), 三 (其他情形). */
    ground: z.enum(REVOCATION_GROUNDS, { error: '必须是 一、二、三 之一（《管理办法》第十四条第几项）' }).optional(),
    /**
     * official: the announcement itself is on file. report: the fact is known
     * from a later public report (e.g. a city news release), so title, number
     * and exact date of the original may be unknown.
     */
    sourceKind: z.enum(['official', 'report'], { error: '必须是 official 或 report' }).default('official'),
    /** Body that recognised the title when the source is a report about it (e.g. 工业和信息化部). */
    recognizedBy: text.optional(),
    /** For a report: who published it (the outlet, e.g. 聊城日报), where known. */
    outlet: text.optional(),
    /** For a report: the address of the report as published (https only), where known. */
    url: z.url({ protocol: /^https$/, error: '必须是以 https:// 开头的完整网址（报道原文的地址）' }).optional(),
    /** Summary or text of the announcement as published. */
    body: paragraphs.optional(),
    /** Where the facts come from and what is not known. */
    source: paragraphs.optional(),
  })
  .superRefine((a, ctx) => {
    for (const field of ['outlet', 'url'] as const) {
      if (a[field] && a.sourceKind !== 'report')
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} 只用于公开报道（sourceKind: report）：正式公布文件请写发布机关（issuer）和发文字号（docNumber），或删去此项`,
        });
    }
    if (a.action === 'revoke' && !a.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: '撤销（revoke）必须写明理由（reason），并注明依据《管理办法》第十四条第几项',
      });
    }
    if (a.ground && a.action !== 'revoke') {
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message: `只有撤销（revoke）才写第十四条的项（ground）：本公布的类别是 ${a.action}，请删除 ground，或把 action 改为 revoke`,
      });
    }
    const seen = new Set<string>();
    a.clusters.forEach((id, i) => {
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clusters', i],
          message: `集群 ${id} 在名单中出现了两次，请删除重复的一项`,
        });
      }
      seen.add(id);
    });
  });

export type Announcement = z.output<typeof announcementSchema>;

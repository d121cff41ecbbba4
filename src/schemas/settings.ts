/** Site identity and the list of county-level units: one file, content/settings.yaml. */
import { z } from 'astro/zod';
import { normalOrigin, originProblem } from './origin.ts';
import { anchor, email, idPattern, paragraphs, phone, ref, text } from './common.ts';
import { disclosureSchema } from './disclosure.ts';

/** A county-level unit the bureau addresses (县、市、区 or functional zone). */
export const countySchema = z.strictObject({
  /** Full name as printed in documents, e.g. 临清市. */
  name: text,
  /** Short URL-safe key used in filter URLs, e.g. linqing. */
  key: z
    .string({ error: '必须是小写拼音或英文，例如 linqing' })
    .regex(idPattern, '只能用小写字母、数字和连字符，例如 linqing'),
  /** 县、市、区 or 功能区 (functional zone: 开发区、高新区、度假区). */
  kind: z.enum(['区', '市', '县', '功能区'], { error: '必须是 区、市、县、功能区 之一' }),
});

/** How to reach the site's organiser. Every field is optional: an unknown one is left out, never guessed. */
export const contactSchema = z.strictObject({
  /** Public telephone. */
  phone: phone.optional(),
  /** Public e-mail. */
  email: email.optional(),
  /** Postal address. */
  address: text.optional(),
  /** Postal code. */
  postcode: z
    .string()
    .regex(/^\d{6}$/, '邮政编码必须是 6 位数字')
    .optional(),
});

/** The article of a policy on this site that creates one of the lists the site keeps. */
export const listBasisSchema = z.strictObject({
  /** id of the policy (its file name in content/policies/). */
  policy: ref,
  /** Anchor of the article or item that creates the list, without '#', e.g. 四-三. */
  anchor,
});

export const settingsSchema = z.strictObject({
  /** Full site name, shown in the header and every <title>. */
  siteName: text,
  /** Short name for narrow screens and tabs. */
  shortName: text,
  /** 主办单位: the body responsible for the site. */
  organizer: text,
  /** 承办单位, if different from the organiser. */
  operator: text.optional(),
  /** Public contact. */
  contact: contactSchema.default({}),
  /** 网站标识码 (from the national government website register). Left out until issued. */
  siteCode: text.optional(),
  /** ICP 备案号. Left out until issued. */
  icp: text.optional(),
  /** 公安机关备案号. Left out until issued. */
  psb: text.optional(),
  /** Public origin of the site (https://host, src/schemas/origin.ts), used for absolute links in citations and feeds. Left out until known. */
  siteUrl: z
    .string({ error: '必须是网站地址，例如 https://jiqun.example.gov.cn' })
    .superRefine((value, ctx) => {
      const why = originProblem(value);
      if (why)
        ctx.addIssue({
          code: 'custom',
          message: `「${value}」${why}：网站地址只能是 https://域名（或 http://域名），不带路径，例如 https://jiqun.example.gov.cn`,
        });
    })
    .transform(normalOrigin)
    .optional(),
  /** 政府信息公开指南: paragraphs shown on the about page. */
  guide: paragraphs,
  /** The structured 公开指南 and 依申请公开 facts, the 索引号 rule and the disclosure limits (schemas/disclosure.ts). */
  disclosure: disclosureSchema.default({ interpretationLagDays: 3, consultationMinDays: 30 }),
  /**
   * Where the lists the site keeps are created: the 培育库 (pool) and the
   * 转型升级标杆 selection (benchmarks). Their pages link the article, even
   * before any list is published. Each is left out until the site has the
   * document that creates it.
   */
  listBasis: z
    .strictObject({
      /** The article that creates the 特色产业集群培育库. */
      pool: listBasisSchema.optional(),
      /** The article that creates the yearly 转型升级标杆 selection. */
      benchmarks: listBasisSchema.optional(),
    })
    .default({}),
  /**
   * Longest 公示期 a notice may have, in calendar days (default 30). Publicity
   * periods run five to fifteen working days; a longer one is almost always
   * a typo (a year or a month slipped) and would keep a notice open for years.
   */
  noticePeriodMaxDays: z
    .number({ error: '必须是天数（整数），例如 30' })
    .int('必须是整数天数，例如 30')
    .min(1, '至少 1 天')
    .max(366, '不能超过 366 天')
    .default(30),
  /**
   * The document whose rules the site applies, article by article: the
   * publicity of a proposed list before its announcement (公示, then 公布)
   * and the term of a municipal title (five years, review in the expiry
   * year). Pages that apply a rule link its article and say so plainly
   * when the document is no longer in force; a successor is one change here.
   */
  rulesBasis: z
    .strictObject({
      /** The article on 公示 and what follows it (管理办法 第九条). */
      publicity: listBasisSchema.optional(),
      /** The article that fixes a municipal title's term and review (管理办法 第十三条). */
      term: listBasisSchema.optional(),
    })
    .default({}),
  /** The county-level units (data, not code: a new zone needs no code change). */
  counties: z.array(countySchema, { error: '必须是县（市、区）的列表' }).min(1, '至少列出一个县（市、区）'),
});

export type Settings = z.output<typeof settingsSchema>;
export type County = z.output<typeof countySchema>;
export type ListBasis = z.output<typeof listBasisSchema>;

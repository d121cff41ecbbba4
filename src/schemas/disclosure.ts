/**
 * The bureau's disclosure duties in settings.yaml (`disclosure:`), after
 * 《中华人民共和国政府信息公开条例》(2019): who discloses, how, where an
 * application is received (第十二条, 第二十七条–第四十五条), the 索引号 rule of
 * the 公开目录, and the limits of 三同步 and 意见征集. Every fact is optional:
 * a page says what settings lack, never guesses it.
 */
import { z } from 'astro/zod';
import { email, paragraphs, phone, text } from './common.ts';

/** 受理机构: the office that receives 依申请公开 applications (条例 第二十七条). */
export const applicationOfficeSchema = z.strictObject({
  /** 名称, e.g. 聊城市工业和信息化局办公室. */
  name: text.optional(),
  /** 通信地址 for applications by post. */
  address: text.optional(),
  /** 邮政编码. */
  postcode: z
    .string()
    .regex(/^\d{6}$/, '邮政编码必须是 6 位数字')
    .optional(),
  /** 咨询电话. */
  phone: phone.optional(),
  /** 电子邮箱 that accepts applications. */
  email: email.optional(),
  /** 办公时间 as published, e.g. 工作日 9:00—12:00、13:30—17:00. */
  hours: text.optional(),
});

/** 索引号 rule: `<prefix>-<year>-<sequence>`, the sequence zero-padded to `digits`. */
export const indexRuleSchema = z.strictObject({
  /** The body's prefix as assigned, e.g. 11371500MB28xxxx (统一社会信用代码). */
  prefix: z
    .string({ error: '必须是索引号前缀，例如 11371500MB2857014X' })
    .regex(/^[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)*$/, '只能用字母、数字，以及分隔的 - 或 /'),
  /** Width of the sequence number (default 5: 00001). */
  digits: z.number({ error: '必须是整数，例如 5' }).int().min(1).max(8).default(5),
});

export const disclosureSchema = z.strictObject({
  /** 公开主体, when it is not the 主办单位 (the default). */
  body: text.optional(),
  /** 公开方式 beyond this site (公报、政务新媒体、查阅场所…), as the bureau states them. */
  methods: paragraphs.optional(),
  /** 受理机构 of 依申请公开. */
  office: applicationOfficeSchema.optional(),
  /** 行政复议机关 as the bureau names it (条例 第五十一条). */
  reviewBody: text.optional(),
  /** 政府信息公开工作主管部门 that takes complaints (条例 第五十一条). */
  complaintsBody: text.optional(),
  /** The 索引号 rule; left out until the bureau has one (items are then 未编号). */
  indexNumber: indexRuleSchema.optional(),
  /** 三同步: a 政策解读 published more than this many days after its policy is flagged (default 3). */
  interpretationLagDays: z.number({ error: '必须是天数（整数），例如 3' }).int().min(0).max(365).default(3),
  /** 意见征集: the shortest comment period in days, unless a reason is given (default 30). */
  consultationMinDays: z.number({ error: '必须是天数（整数），例如 30' }).int().min(1).max(365).default(30),
});

export type Disclosure = z.output<typeof disclosureSchema>;
export type ApplicationOffice = z.output<typeof applicationOfficeSchema>;

/**
 * Field types shared by every content schema. Each one rejects bad input with
 * a message that states the rule and the fix, because those messages are what
 * a bureau clerk reads when a build fails (see src/content/problems.ts).
 */
import { z } from 'astro/zod';
import { LEVELS } from '../rules/levels.ts';
export type { CalendarDate, PartialDate } from '../rules/dates.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The years a date of this site can fall in: the People's Republic's
 * documents and clusters start in 1949, and nothing is planned past 2100.
 * A year outside (0999, 9999) is a typo that would sort first or last
 * everywhere and keep a document "in force" for millennia.
 */
export const YEAR_RANGE = { from: 1949, to: 2100 } as const;
const inYearRange = (y: number) => y >= YEAR_RANGE.from && y <= YEAR_RANGE.to;
const yearMessage = (input: unknown) =>
  `「${String(input)}」的年份不在 ${YEAR_RANGE.from}–${YEAR_RANGE.to} 年之间：请核对年份（常见的是多打或少打了一位）`;

/** True when y-m-d names a day that exists (rejects 2023-02-30). */
function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML turns an unquoted 2021-09-01 into a Date at UTC midnight; a quoted one
 * stays a string. Both mean the same calendar day, so both are accepted.
 */
function toDayString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar day, YYYY-MM-DD. */
export const calendarDate = z.preprocess(
  toDayString,
  z
    .string({ error: '必须是日期，写作 YYYY-MM-DD，例如 2022-05-09' })
    .refine(
      (s) => {
        const m = DAY.exec(s);
        return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
      },
      { error: (iss) => `「${String(iss.input)}」不是有效日期：请写作 YYYY-MM-DD 的真实日期，例如 2022-05-09` },
    )
    .refine((s) => !DAY.test(s) || inYearRange(Number(s.slice(0, 4))), { error: (iss) => yearMessage(iss.input) }),
);

/** A date known only to the year or month is allowed: 2023, 2023-05 or 2023-05-10. */
export const partialDate = z.preprocess(
  toDayString,
  z
    .string({ error: '必须是日期，写作 YYYY、YYYY-MM 或 YYYY-MM-DD' })
    .refine(
      (s) => {
        const m = PARTIAL.exec(s);
        if (!m) return false;
        const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
        return mo >= 1 && mo <= 12 && isRealDay(y, mo, d);
      },
      {
        error: (iss) =>
          `「${String(iss.input)}」不是有效日期：请写作年份、年月或日期（YYYY、YYYY-MM 或 YYYY-MM-DD），例如 2023 或 2023-05-10`,
      },
    )
    .refine((s) => !PARTIAL.test(s) || inYearRange(Number(s.slice(0, 4))), { error: (iss) => yearMessage(iss.input) }),
);

/**
 * Characters that can reorder or hide text (bidi controls: U+202E makes
 * 有效期至 9102 年 display as 2019; zero-width characters used for spoofing)
 * or that a terminal or spreadsheet may interpret. Content comes from
 * counties and is untrusted, so these are refused, not stripped, in every
 * field and in policy bodies (src/content/checks/body.ts).
 */
export const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex -- the control characters are what this refuses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\u061C\uFEFF]/;

/** What kind of character a forbidden one is, for messages (with its code point, so it can be found). */
export function describeForbidden(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  )
    return `文字方向控制符 ${hex}`;
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return `零宽字符 ${hex}`;
  return `控制字符 ${hex}`;
}

/** A single line of plain text: trimmed, non-empty, no control or bidi characters. */
export const text = z
  .string({ error: '必须是文字' })
  .trim()
  .min(1, '不能为空：请填写内容，或删除这一项')
  .refine(
    (s) => !FORBIDDEN_CHARS.test(s),
    '含有看不见的控制字符或文字方向控制符（常由复制粘贴带入）：请删除这段文字后重新输入',
  )
  .refine((s) => !/[\r\n]/.test(s), '必须写在一行内：请删除其中的换行');

/** Plain text that may span several paragraphs (blank line between them). */
export const paragraphs = z
  .string({ error: '必须是文字' })
  .trim()
  .min(1, '不能为空：请填写内容，或删除这一项')
  .refine(
    (s) => !FORBIDDEN_CHARS.test(s),
    '含有看不见的控制字符或文字方向控制符（常由复制粘贴带入）：请删除这段文字后重新输入',
  );

/** An id: lower-case letters, digits and hyphens. It is the entity's URL and never changes. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entity by its id (checked to exist after all files are read). */
export const ref = z
  .string({ error: '必须是另一条内容的 id（文件名，不含扩展名）' })
  .regex(idPattern, '必须是另一条内容的 id：小写字母、数字和连字符，例如 jiqun-guanli-banfa-2021');

/** An anchor in a policy's text, without '#': the numbering of an article or item (src/rules/numbering.ts), e.g. 二 or 四-三. */
export const anchor = z
  .string({ error: '必须是条款锚点，例如 二 或 四-三' })
  .regex(/^[^\s#]+$/, '锚点不含空格和 #，例如 四-三');

/** One or more issuing bodies; a single name may be written without a list. */
export const issuers = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(text, { error: '必须是发文机关名称，或名称的列表' }).min(1, '至少写一个发文机关'),
);

export { LEVELS, type Level } from '../rules/levels.ts';
export const level = z.enum(LEVELS, { error: `必须是 ${LEVELS.join('、')} 之一` });

/** An amount that cannot be negative (counts, 亿元, km²). */
export const amount = z.number({ error: '必须是数字（不带单位）' }).nonnegative('不能是负数');

/** A whole count (enterprises, people, platforms). */
export const count = z.number({ error: '必须是整数（不带单位）' }).int('必须是整数').nonnegative('不能是负数');

/**
 * One telephone number or several, as printed: digits, spaces, hyphens,
 * parentheses and a leading +, numbers separated by 、，；/ or 或
 * (0635-8241234、8241235: the second shares the first's area code).
 */
export const phone = z
  .string({ error: '必须是电话号码' })
  .trim()
  .regex(
    /^\+?[0-9()（）\- ]{5,30}(?:\s*[、，,；;/或]\s*\+?[0-9()（）\- ]{3,30}){0,5}$/,
    '必须是电话号码，只含数字、空格、连字符和括号，例如 0635-1234567；几个号码之间用顿号隔开，照原文写，例如 0635-8241234、8241235',
  );

/** An e-mail address. */
export const email = z.email({ error: '必须是电子邮箱地址，例如 name@example.gov.cn' });

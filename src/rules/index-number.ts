/**
 * 索引号 of the 公开目录 (条例 第十二条: 索引、名称、内容概述、生成日期). The
 * bureau's rule is `<prefix>-<year>-<sequence>` with the year of the item's
 * date and a zero-padded sequence; `未编号` marks an item whose real index
 * number is not known, so none is ever made up. Pure and browser-safe.
 */

/** The value that marks an item without a known index number. */
export const UNNUMBERED = '未编号';

export interface IndexRule {
  prefix: string;
  digits: number;
}

/** What is wrong with an index number under a rule: nothing, its shape, or its year. */
export type IndexVerdict = { ok: true } | { ok: false; reason: 'shape' } | { ok: false; reason: 'year'; year: number };

/** The pattern the rule gives, as the clerk should write it, e.g. 11371500-2026-00001. */
export function indexExample(rule: IndexRule, year: number | string): string {
  return `${rule.prefix}-${year}-${'1'.padStart(rule.digits, '0')}`;
}

/** Checks one index number against the rule and the year of the item's date. */
export function checkIndexNumber(value: string, rule: IndexRule, year: number | undefined): IndexVerdict {
  const escaped = rule.prefix.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const m = new RegExp(`^${escaped}-(\\d{4})-(\\d{${rule.digits}})$`).exec(value);
  if (!m || /^0+$/.test(m[2])) return { ok: false, reason: 'shape' };
  if (year !== undefined && Number(m[1]) !== year) return { ok: false, reason: 'year', year: Number(m[1]) };
  return { ok: true };
}

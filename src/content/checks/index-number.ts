/**
 * 索引号 across every item of the 公开目录: well formed under settings'
 * rule (prefix, the year of the item's date, a sequence), unique, or
 * 未编号 where the real number is not known.
 */
import { checkIndexNumber, indexExample, UNNUMBERED } from '../../rules/index-number.ts';
import { yearOf } from '../../rules/dates.ts';
import { policyDate } from '../../rules/policy-date.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

/** Every item that may carry an 索引号, with the date its year must match. */
function numbered(c: Content): { file: string; value: string; date?: string }[] {
  const items = [
    ...c.policies.map((p) => ({ file: p.file, value: p.data.indexNumber, date: policyDate(p.data) })),
    ...c.notices.map((n) => ({ file: n.file, value: n.data.indexNumber, date: n.data.publishedOn })),
    ...c.announcements.map((a) => ({ file: a.file, value: a.data.indexNumber, date: a.data.date })),
    ...c.guides.map((g) => ({ file: g.file, value: g.data.indexNumber, date: g.data.publishedOn })),
    ...c.consultations.map((k) => ({ file: k.file, value: k.data.indexNumber, date: k.data.publishedOn })),
  ];
  return items.flatMap((i) => (i.value === undefined ? [] : [{ ...i, value: i.value }]));
}

export function indexNumberProblems(c: Content, refs: References): Problem[] {
  const rule = refs.settings?.disclosure.indexNumber;
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const item of numbered(c)) {
    if (item.value === UNNUMBERED) continue;
    const year = item.date ? yearOf(item.date) : undefined;
    const example = rule ? indexExample(rule, year ?? 'YYYY') : '';
    if (!rule) {
      problems.push({
        file: item.file,
        field: 'indexNumber',
        message: `索引号「${item.value}」无法核对：settings.yaml 中还没有索引号规则（disclosure.indexNumber 的 prefix 和 digits）。请先写明本局的索引号规则，或把这一项改为「${UNNUMBERED}」`,
      });
      continue;
    }
    const verdict = checkIndexNumber(item.value, rule, year);
    if (!verdict.ok) {
      problems.push({
        file: item.file,
        field: 'indexNumber',
        message:
          verdict.reason === 'shape'
            ? `索引号「${item.value}」格式不对：应为「前缀-年份-${rule.digits} 位序号」，例如 ${example}；不知道真实索引号时请写「${UNNUMBERED}」`
            : `索引号「${item.value}」的年份 ${verdict.year} 与本件的日期（${item.date}）不符：请改为 ${year} 年的编号，例如 ${example}`,
      });
      continue;
    }
    const other = seen.get(item.value);
    if (other) {
      problems.push({
        file: item.file,
        field: 'indexNumber',
        message: `索引号「${item.value}」已被 ${other} 使用：索引号不能重复，请改用下一个未用的序号`,
      });
      continue;
    }
    seen.set(item.value, item.file);
  }
  return problems;
}

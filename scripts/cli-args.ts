/** Shared option handling of the clerk's commands: dates, levels, actions, checked with plain-language errors. */
import { ACTIONS, type Action } from '../src/schemas/announcement.ts';
import { idPattern, LEVELS, type Level } from '../src/schemas/common.ts';
import { shanghaiDay } from '../src/rules/dates.ts';
import { readDay } from '../src/rules/day-spellings.ts';

/** Prints the message and exits with 2 (wrong usage). */
export function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

/** A day as the clerk writes it (2026-12-08, 2026/12/8, 2026年12月8日 …), as YYYY-MM-DD; a wrong one exits 2. */
export function day(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  return (
    readDay(value) ??
    usage(`--${option} ${value}：不是有效日期，请写作 YYYY-MM-DD（例如 2026-12-01；也可写 2026/12/1 或 2026年12月1日）`)
  );
}

/** Today in Beijing time, unless --date is given. */
export const today = (value: string | undefined) => day(value, 'date') ?? shanghaiDay(new Date());

export function level(value: string | undefined): Level | undefined {
  if (value === undefined) return undefined;
  const found = LEVELS.find((l) => l === value);
  return found ?? usage(`--level ${value}：级别须是 ${LEVELS.join('、')} 之一`);
}

export function action(value: string | undefined): Action {
  if (value === undefined) return 'recognize';
  const found = ACTIONS.find((a) => a === value);
  return found ?? usage(`--action ${value}：须是 ${ACTIONS.join('、')} 之一（认定、复核通过、撤销、取消）`);
}

/**
 * An id given on the command line (--id): the same rule as file names, since
 * it becomes one; `../../x` would otherwise write outside content/.
 */
export function entryId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!idPattern.test(value))
    usage(
      `--id ${value}：编号就是文件名和网址，只能用小写字母、数字和连字符（例如 2026-municipal-notice），不能有 /、.. 或空格`,
    );
  return value;
}

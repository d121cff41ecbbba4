/**
 * The words of 有效性 (src/rules/validity.ts): the name of each state, the
 * banner on a document's page and the sentence that says why. The build and
 * the in-browser refresh (src/client/validity-refresh.ts) both word a
 * validity with this module, so an aged page says what a fresh build says.
 */
import type { StartBy, Validity, ValidityCode } from '../rules/validity.ts';
import { formatDate } from './dates.ts';

/**
 * The first day in force as the banner and the 施行日期 row both say it: a
 * 成文日期 taken for it is said to be one, so the two never disagree.
 */
function start(day: string, by: StartBy | undefined): string {
  return by === 'issued' ? `${formatDate(day)}（原文未载明施行日期，按成文日期）` : formatDate(day);
}

/** Why a document has its validity, in one sentence a reader understands. */
function reason(v: Validity): string {
  switch (v.code) {
    case 'repealed':
      return `已于${formatDate(v.since!)}废止。`;
    case 'amended':
      return `已被《${v.successor!.title}》替代，自${formatDate(v.successor!.from)}起以新文件为准。`;
    case 'not-yet':
      return `自${start(v.start!, v.startBy)}起施行。`;
    case 'expired':
      return v.end!.by === 'until'
        ? `有效期至${formatDate(v.end!.day)}，已过有效期。`
        : `规划（实施）期为${v.period!.from}—${v.period!.to}年，已届满。`;
    case 'in-force': {
      const parts = [
        v.start ? `自${start(v.start, v.startBy)}起施行` : undefined,
        v.end
          ? v.end.by === 'until'
            ? `有效期至${formatDate(v.end.day)}`
            : `规划（实施）期至${v.period!.to}年底`
          : '文件未载明有效期',
      ];
      return `${parts.filter(Boolean).join('，')}。`;
    }
  }
}

export const validityText = {
  start,
  /** The name of each state, as badges, lists and data show it. */
  label: {
    'not-yet': '尚未施行',
    'in-force': '现行有效',
    expired: '已失效',
    repealed: '已废止',
    amended: '已被修订',
  } satisfies Record<ValidityCode, string>,
  /** The heading of the banner on the document's own page. */
  banner: {
    'in-force': '本文件现行有效',
    'not-yet': '本文件尚未施行',
    expired: '本文件已失效',
    repealed: '本文件已废止',
    amended: '本文件已被修订',
  } satisfies Record<ValidityCode, string>,
  /** Follows the reason when the document is no longer the rule to follow. */
  bannerNote: '仅供查阅和引用，不再作为现行依据。',
  reason,
  /** Put before the reason of a 政策解读, whose validity is that of the document it explains. */
  interpreted: (title: string) => `所解读的《${title}》`,
  asOf: (day: string) => `有效性按 ${day}（北京时间）计算。`,
  rechecked: (day: string, built: string) => `有效性按 ${day}（北京时间）在您的浏览器中重新核对；页面生成于 ${built}。`,
} as const;

import { describe, expect, it } from 'vitest';
import { validityText } from '../../src/i18n/validity.ts';
import { policyValidity, startWithSource } from '../../src/rules/validity.ts';

/** The rule and its words, as the model and the in-browser refresh put them together. */
const reason = validityText.reason;

const measures = { issuedOn: '2021', effectiveFrom: '2021-09-01', effectiveUntil: '2026-08-31' };

describe('policy validity (有效性)', () => {
  it('is 尚未施行 before the effective day', () => {
    const v = policyValidity(measures, '2021-08-31');
    expect(v.code).toBe('not-yet');
    expect(validityText.label[v.code]).toBe('尚未施行');
    expect(reason(v)).toBe('自2021年9月1日起施行。');
  });

  it('is 现行有效 from the effective day through the last day, inclusive', () => {
    expect(policyValidity(measures, '2021-09-01').code).toBe('in-force');
    expect(policyValidity(measures, '2026-08-31').code).toBe('in-force');
    expect(reason(policyValidity(measures, '2026-08-31'))).toBe('自2021年9月1日起施行，有效期至2026年8月31日。');
  });

  it('is 已失效 the day after 有效期至: the 管理办法 is expired as of 2026-11', () => {
    const v = policyValidity(measures, '2026-09-01');
    expect(v).toMatchObject({ code: 'expired', since: '2026-09-01' });
    expect(validityText.label[v.code]).toBe('已失效');
    expect(reason(v)).toBe('有效期至2026年8月31日，已过有效期。');
    expect(policyValidity(measures, '2026-11-24').code).toBe('expired');
  });

  it('treats a planning period as ending on 31 December of its last year', () => {
    const plan = { issuedOn: '2023-05-10', period: { from: 2023, to: 2025 } };
    expect(policyValidity(plan, '2025-12-31').code).toBe('in-force');
    const v = policyValidity(plan, '2026-01-01');
    expect(v.code).toBe('expired');
    expect(reason(v)).toBe('规划（实施）期为2023—2025年，已届满。');
  });

  it('is 现行有效 with no stated end, and says the document states none', () => {
    const v = policyValidity({ issuedOn: '2023-11-11' }, '2026-11-24');
    expect(v.code).toBe('in-force');
    // No 施行日期 in the document: the 成文日期 is taken for it, and the sentence says so (as the 施行日期 row does).
    expect(reason(v)).toBe('自2023年11月11日（原文未载明施行日期，按成文日期）起施行，文件未载明有效期。');
    expect(v.startBy).toBe('issued');
    expect(validityText.start(v.start!, v.startBy)).toBe('2023年11月11日（原文未载明施行日期，按成文日期）');
  });

  it('states a written 施行日期 as it is, in the banner and the 施行日期 row alike', () => {
    const p = { issuedOn: '2021-08-01', effectiveFrom: '2021-09-01' };
    const v = policyValidity(p, '2026-11-24');
    expect(startWithSource(p)).toEqual({ day: '2021-09-01', by: 'effective' });
    expect(reason(v)).toBe('自2021年9月1日起施行，文件未载明有效期。');
    expect(validityText.start('2021-09-01', startWithSource(p)!.by)).toBe('2021年9月1日');
    expect(startWithSource({ issuedOn: '2021' })).toBeUndefined();
  });

  it('is 已废止 from the repeal day, ahead of every other state', () => {
    const v = policyValidity({ ...measures, repealedOn: '2024-01-01' }, '2024-01-01');
    expect(v).toMatchObject({ code: 'repealed', since: '2024-01-01' });
    expect(validityText.label[v.code]).toBe('已废止');
    expect(reason(v)).toBe('已于2024年1月1日废止。');
    expect(policyValidity({ ...measures, repealedOn: '2024-01-01' }, '2023-12-31').code).toBe('in-force');
  });

  it('is 已被修订 once a successor takes effect, and names it', () => {
    const successor = { id: 'new', title: '新办法', from: '2025-01-01' };
    expect(policyValidity(measures, '2024-12-31', [successor]).code).toBe('in-force');
    const v = policyValidity(measures, '2025-01-01', [successor]);
    expect(v).toMatchObject({ code: 'amended', since: '2025-01-01', successor });
    expect(validityText.label[v.code]).toBe('已被修订');
    expect(reason(v)).toBe('已被《新办法》替代，自2025年1月1日起以新文件为准。');
  });
});

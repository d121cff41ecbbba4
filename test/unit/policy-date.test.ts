import { describe, expect, it } from 'vitest';
import { policyDate, releaseDate } from '../../src/rules/policy-date.ts';

describe('a policy’s date', () => {
  it('is its 成文日期, else its 发布日期, else its 施行日期', () => {
    expect(policyDate({ issuedOn: '2021-08-01', publishedOn: '2021-08-20', effectiveFrom: '2021-09-01' })).toBe(
      '2021-08-01',
    );
    expect(policyDate({ publishedOn: '2021-08-20', effectiveFrom: '2021-09-01' })).toBe('2021-08-20');
    expect(policyDate({ effectiveFrom: '2021-09-01' })).toBe('2021-09-01');
    expect(policyDate({})).toBeUndefined();
  });

  it('may be only a year, as the document states it', () => {
    expect(policyDate({ issuedOn: '2023', effectiveFrom: '2023-06-01' })).toBe('2023');
  });
});

describe('when a policy was made public', () => {
  it('is its 发布日期 where it states one, else its date', () => {
    expect(releaseDate({ issuedOn: '2021-08-01', publishedOn: '2021-08-20' })).toBe('2021-08-20');
    expect(releaseDate({ issuedOn: '2021-08-01', effectiveFrom: '2021-09-01' })).toBe('2021-08-01');
    expect(releaseDate({ effectiveFrom: '2021-09-01' })).toBe('2021-09-01');
    expect(releaseDate({})).toBeUndefined();
  });
});

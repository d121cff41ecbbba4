import { describe, expect, it } from 'vitest';
import { absoluteUrl, publicOrigin, urlMaker } from '../../src/model/origin.ts';

describe('the public origin', () => {
  it('is settings.siteUrl, else SITE_URL, else unknown', () => {
    expect(publicOrigin({ siteUrl: 'https://a.example.gov.cn' }, { SITE_URL: 'https://b.example.gov.cn' })).toBe(
      'https://a.example.gov.cn',
    );
    expect(publicOrigin({}, { SITE_URL: 'https://b.example.gov.cn' })).toBe('https://b.example.gov.cn');
    expect(publicOrigin({}, { SITE_URL: '' })).toBeUndefined();
    expect(publicOrigin({}, {})).toBeUndefined();
  });

  it('makes absolute URLs as a browser resolves them, with or without a trailing slash', () => {
    expect(absoluteUrl('/policies/x/', 'https://example.gov.cn')).toBe('https://example.gov.cn/policies/x/');
    expect(absoluteUrl('/policies/x/', 'https://example.gov.cn/')).toBe('https://example.gov.cn/policies/x/');
    expect(absoluteUrl('/policies/x/#第十三条', 'https://example.gov.cn')).toBe(
      `https://example.gov.cn/policies/x/#${encodeURIComponent('第十三条')}`,
    );
    expect(absoluteUrl('/policies/x/', undefined)).toBeUndefined();
  });

  it('leaves paths root-relative in files that always carry one, until the origin is known', () => {
    expect(urlMaker(undefined)('/data/registry.csv')).toBe('/data/registry.csv');
    expect(urlMaker('https://example.gov.cn/')('/data/registry.csv')).toBe('https://example.gov.cn/data/registry.csv');
  });
});

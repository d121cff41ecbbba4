import { describe, expect, it } from 'vitest';
import { absoluteUrl, publicOrigin, urlMaker } from '../../src/model/origin.ts';
import { originProblem } from '../../src/schemas/origin.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

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

describe('an origin is http(s)://host and nothing else', () => {
  const siteUrl = (value: unknown) => settingsSchema.shape.siteUrl.safeParse(value);

  it.each([
    'javascript://example.gov.cn/%0Aalert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'ftp://example.gov.cn',
    'https://example.gov.cn/path/',
    'https://example.gov.cn/?q=1',
    'https://example.gov.cn/#x',
    'https://user:pw@example.gov.cn',
    'https://example.gov.cn\n',
    ' https://example.gov.cn',
    'example.gov.cn',
    '//example.gov.cn',
  ])('refuses %j in settings.siteUrl and SITE_URL', (value) => {
    const r = siteUrl(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/网站地址只能是 https:\/\/域名/);
    expect(() => publicOrigin({}, { SITE_URL: value })).toThrow(/^SITE_URL「/);
  });

  it('accepts an http(s) origin, with or without the trailing slash, and writes it one way', () => {
    expect(siteUrl('https://Jiqun.Example.gov.cn/').data).toBe('https://jiqun.example.gov.cn');
    expect(siteUrl('http://127.0.0.1:8080').data).toBe('http://127.0.0.1:8080');
    expect(publicOrigin({}, { SITE_URL: 'https://b.example.gov.cn/' })).toBe('https://b.example.gov.cn');
  });

  it('names the reason', () => {
    expect(originProblem('javascript://x/%0Aalert(1)')).toBe('协议「javascript:」不是 http 或 https');
    expect(originProblem('https://x.example/a')).toBe('带有路径、查询或 # 片段（只能写协议和域名）');
  });
});

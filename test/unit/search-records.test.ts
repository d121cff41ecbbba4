import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/model/model.ts';
import { recordTokens, tokenBlock, withoutContained } from '../../src/outputs/search/index-tokens.ts';
import {
  clusterShortName,
  countyStem,
  filterOptions,
  searchRecordAt,
  searchRecords,
} from '../../src/outputs/search/records.ts';
import { gramToken, keyTokens } from '../../src/search/text.ts';
import { FIXTURE_SITE } from './fixture-site.ts';
import { searchSiteOf } from './search-site.ts';

const realSite = searchSiteOf(new URL('../fixtures/seed', import.meta.url).pathname);
const fixtureSite = searchSiteOf(FIXTURE_SITE);
const real = realSite.model;
const fixture = fixtureSite.model;
const listsOf = (model: SiteModel) => (model === real ? realSite.lists : fixtureSite.lists);
const recordAt = (model: SiteModel, url: string) => searchRecordAt(model, listsOf(model), url);

describe('search records come from the model', () => {
  it('one per entity page and section page, each with a type, a date to sort by where it has one, and its title as the first key', () => {
    for (const model of [real, fixture]) {
      const lists = listsOf(model);
      const records = searchRecords(model, lists);
      const sections = 4 + (lists.pools.length > 0 ? 1 : 0) + (lists.benchmarks.length > 0 ? 1 : 0);
      expect(records).toHaveLength(
        model.policies.length +
          model.clusters.length +
          model.notices.length +
          model.announcements.length +
          lists.pools.length +
          lists.benchmarks.length +
          sections,
      );
      for (const r of records) {
        expect(r.filters.type).toHaveLength(1);
        if (r.kind === 'section') expect(r.date).toBeUndefined();
        else if (r.date !== undefined) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.keys[0]).toBe(r.title);
      }
    }
  });

  it('give a cluster its county, level, industry, status and year', () => {
    const r = recordAt(real, '/clusters/guanxian-qingshui-bearing/');
    expect(r.filters).toEqual({
      type: ['集群'],
      county: ['冠县'],
      level: ['市级'],
      industry: ['轴承'],
      status: ['有效'],
      year: ['2022'],
    });
    expect(r.keys).toEqual(expect.arrayContaining(['冠县清水镇轴承特色产业集群', '冠县轴承', '轴承']));
    expect(r.pinyinTerms).toContain('轴承');
    expect(r.pinyinNames).toEqual(['冠县清水镇轴承特色产业集群']);
  });

  it('give a policy its level, validity, year, issuer and document number', () => {
    const r = recordAt(real, '/policies/cluster-management-measures-2021/');
    expect(r.filters).toMatchObject({
      type: ['政策'],
      level: ['市级'],
      status: ['已失效'],
      year: ['2021'],
      issuer: ['聊城市工业和信息化局'],
    });
    expect(r.keys).toContain('聊工信发〔2021〕97号');
  });

  it('give announcements and notices the counties and industries of the clusters they name', () => {
    const a = recordAt(real, '/announcements/2022-municipal-clusters/');
    expect(a.filters.county).toEqual(expect.arrayContaining(['临清市', '冠县', '东阿县']));
    expect(a.filters.industry).toContain('纺织');
    for (const n of fixture.notices)
      expect(recordAt(fixture, `/notices/${n.id}/`).filters.status).toEqual([n.status.label]);
  });

  it('refuse a page that is not an entity page', () => {
    expect(() => recordAt(real, '/clusters/')).toThrow(/no search record/);
  });

  it('offer filter choices in a reader’s order', () => {
    const options = filterOptions(searchRecords(real, realSite.lists), real);
    expect(options.type).toEqual(['政策', '集群', '公布', '栏目']);
    expect(filterOptions(searchRecords(fixture, fixtureSite.lists), fixture).type).toEqual([
      '政策',
      '集群',
      '公示',
      '公布',
      '培育库',
      '标杆',
      '栏目',
    ]);
    expect(options.level).toEqual(['国家级', '省级', '市级']);
    expect(options.county.indexOf('临清市')).toBeLessThan(options.county.indexOf('冠县'));
    expect(options.year).toEqual([...options.year].sort().reverse());
  });

  it('make a 培育库 candidate listed only by name findable through its list, with its county and industry', () => {
    const pool = recordAt(fixture, '/pool/test-2024-pool/');
    expect(pool.keys).toEqual(
      expect.arrayContaining(['茌平区测试新候选集群', '江北水城旅游度假区测试文旅集群', '测工信发〔2024〕5号']),
    );
    expect(pool.filters).toMatchObject({
      type: ['培育库'],
      county: expect.arrayContaining(['茌平区']),
      industry: expect.arrayContaining(['木材加工']),
      year: ['2024'],
    });
    expect(pool.date).toBe('2024-04-15');
  });

  it('give a 标杆 selection the counties and industries of its clusters and its selection year', () => {
    const b = recordAt(fixture, '/benchmarks/test-2025-benchmarks/');
    expect(b.filters).toMatchObject({ type: ['标杆'], year: ['2025'] });
    expect(b.filters.county).toHaveLength(2);
  });

  it('offer the section pages by their names, the pool and 标杆 only where the site has such lists', () => {
    const urls = (model: SiteModel) =>
      searchRecords(model, listsOf(model))
        .filter((r) => r.kind === 'section')
        .map((r) => r.url);
    expect(urls(real)).toEqual(['/targets/', '/registry/', '/data/', '/about/']);
    expect(urls(fixture)).toEqual(['/targets/', '/registry/', '/data/', '/about/', '/pool/', '/benchmarks/']);
    expect(recordAt(real, '/registry/').keys).toEqual(expect.arrayContaining(['历史名单', '截至某日的名单']));
    expect(recordAt(real, '/data/').keys).toEqual(
      expect.arrayContaining(['开放数据和订阅', '开放数据', '特色产业集群名录']),
    );
    expect(recordAt(real, '/about/').keys).toContain('政府信息公开指南');
    expect(recordAt(real, '/targets/').filters).toEqual({ type: ['栏目'] });
  });

  it('shorten county names the way people do', () => {
    expect(['临清市', '阳谷县', '东阿县', '冠县', '莘县', '东昌府区', '聊城经济技术开发区'].map(countyStem)).toEqual([
      '临清',
      '阳谷',
      '东阿',
      '冠县',
      '莘县',
      '东昌府',
      '聊城经济技术开发区',
    ]);
    expect(clusterShortName('临清市', '纺织')).toBe('临清纺织');
  });
});

describe('search tokens', () => {
  const record = recordAt(real, '/clusters/linqing-textile/');

  it('puts the title tokens in a weighted block, in order, the rest after', () => {
    const { title, rest } = recordTokens(record);
    expect(title).toEqual(keyTokens('临清市纺织特色产业集群'));
    expect(rest).toContain(gramToken('清纺'));
    // Key terms by any run of syllables; the long name by its whole pinyin and initials only.
    expect(rest).toEqual(
      expect.arrayContaining(['qplqfz', 'qpfangzhi', 'qplinqingshifangzhitesechanyejiqun', 'qplqsfztscyjq']),
    );
    expect(rest).not.toContain('qptesechanyejiqun');
  });

  it('gives no tokens of its own to a key or term inside another: they would only repeat', () => {
    const chars = (s: string) => [...s];
    expect(withoutContained(['临清市纺织特色产业集群', '临清纺织', '纺织', '临清市', '纱线'], chars)).toEqual([
      '临清市纺织特色产业集群',
      '临清纺织',
      '纱线',
    ]);
    // Of equal ones the first stays; an empty one is inside any other.
    expect(withoutContained(['钢球', '钢球', ''], chars)).toEqual(['钢球']);
    expect(recordTokens({ ...record, keys: ['甲乙丙', '乙丙'] }).rest).toEqual([
      ...recordTokens({ ...record, keys: ['甲乙丙'] }).rest,
    ]);
  });

  it('escapes the pinyin meta', () => {
    expect(tokenBlock({ ...record, pinyinNames: [], pinyinTerms: ['"<钢>'] })).toContain(
      'content="[[&quot;\\&quot;&lt;钢&gt;&quot;',
    );
  });
});

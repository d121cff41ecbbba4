import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { parseCsv } from '../../src/format/csv.ts';
import { dataVersion, UNKNOWN_VERSION } from '../../src/history/data-version.ts';
import { buildLifecycle } from '../../src/model/lifecycle.ts';
import { buildModel } from '../../src/model/model.ts';
import { DATASETS, openDataFiles, snapshotDays, type Stamp } from '../../src/outputs/open-data.ts';
import { urlMaker } from '../../src/model/origin.ts';
import { FIXTURE_SITE, siteWith } from './fixture-site.ts';

const content = loadContent(FIXTURE_SITE);
const model = buildModel(content, '2026-11-24');
const stamp: Stamp = {
  dataVersion: 'a'.repeat(40),
  asOf: model.asOf,
  publisher: model.settings.organizer,
  url: urlMaker(undefined),
};
const files = openDataFiles(model, (day) => buildModel(content, day), stamp);
const byPath = (path: string) => files.find((f) => f.path === path)!;
const json = (path: string) => JSON.parse(byPath(path).body);

function validator(dataset: string) {
  // Formats are documentation here; the patterns carry the date rules.
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  return ajv.compile(json(`/data/${dataset}.schema.json`));
}

describe('open data from the fixture site, as of 2026-11-24', () => {
  it('publishes CSV, JSON and a schema per dataset, and a year-end registry per past year', () => {
    expect(files.map((f) => f.path)).toEqual([
      ...['registry', 'announcements', 'policies', 'catalogue'].flatMap((d) => [
        `/data/${d}.csv`,
        `/data/${d}.json`,
        `/data/${d}.schema.json`,
      ]),
      ...['2021', '2022', '2023', '2024', '2025'].flatMap((y) => [
        `/data/registry-${y}-12-31.csv`,
        `/data/registry-${y}-12-31.json`,
      ]),
    ]);
    for (const f of files) expect(f.bytes, f.path).toBe(Buffer.byteLength(f.body));
  });

  it("publishes the 公开目录 with 索引号、名称、内容概述、生成日期 and each item's page", () => {
    const catalogue = json('/data/catalogue.json');
    expect(catalogue.records).toHaveLength(model.disclosure.catalogue.length);
    expect(catalogue.records.find((r: { id: string }) => r.id === 'guide-test-how-to-read')).toEqual({
      id: 'guide-test-how-to-read',
      category: '说明',
      indexNumber: 'TEST0001-2026-00002',
      title: '如何查阅本平台（测试数据）',
      summary: '测试用的说明页面：怎样查阅集群名单、政策文件和公示。',
      date: '2026-11-01',
      url: '/guides/test-how-to-read/',
    });
    const rows = parseCsv(byPath('/data/catalogue.csv').body);
    expect(rows[0].slice(0, 7)).toEqual(['目录编号', '类别', '索引号', '名称', '内容概述', '生成日期', '网址']);
  });

  it('writes JSON that its own schema accepts, and a schema that can fail', () => {
    for (const id of Object.keys(DATASETS)) {
      const validate = validator(id);
      expect(validate(json(`/data/${id}.json`)), JSON.stringify(validate.errors)).toBe(true);
    }
    const validate = validator('registry');
    for (const day of snapshotDays(model)) expect(validate(json(`/data/registry-${day}.json`)), day).toBe(true);
    const broken = json('/data/registry.json');
    delete broken.records[0].county;
    broken.records[1].level = '县级';
    broken.dataVersion = 'today';
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(
      ['/dataVersion pattern', '/records/0 required', '/records/1/level enum'].sort(),
    );
  });

  it('stamps every file with the data version and as-of day', () => {
    const registry = json('/data/registry.json');
    expect(registry).toMatchObject({
      dataset: 'registry',
      asOf: '2026-11-24',
      dataVersion: 'a'.repeat(40),
      schema: '/data/registry.schema.json',
      count: 7,
    });
    const rows = parseCsv(byPath('/data/registry.csv').body);
    expect(rows[0].slice(-2)).toEqual(['数据版本', '截至日期']);
    expect(rows.slice(1).every((r) => r.at(-2) === 'a'.repeat(40) && r.at(-1) === '2026-11-24')).toBe(true);
    expect(json('/data/registry-2022-12-31.json').asOf).toBe('2022-12-31');
  });

  it('gives each cluster its status as of the day, and each year-end list the clusters recognised by then', () => {
    const records = Object.fromEntries(json('/data/registry.json').records.map((r: { id: string }) => [r.id, r]));
    expect(records['test-alpha']).toMatchObject({
      statusCode: 'review-pending',
      level: null,
      municipalSince: '2021-11-24',
      municipalValidUntil: '2026-11-23',
    });
    expect(records['test-beta']).toMatchObject({
      statusCode: 'valid',
      level: '省级',
      provincialSince: '2024-06-30',
      url: '/clusters/test-beta/',
    });
    expect(records['test-zeta']).toMatchObject({ statusCode: 'not-recognized', announcements: [] });
    // On 31 December 2024 delta was not yet revoked (2025-03-15) and zeta was not recognised.
    const end2024 = Object.fromEntries(
      json('/data/registry-2024-12-31.json').records.map((r: { id: string; statusCode: string }) => [
        r.id,
        r.statusCode,
      ]),
    );
    expect(end2024).toEqual({
      'test-alpha': 'valid',
      'test-beta': 'valid',
      'test-gamma': 'valid',
      'test-delta': 'valid',
      'test-epsilon': 'valid',
      'test-eta': 'valid',
    });
    expect(
      json('/data/registry-2025-12-31.json').records.find((r: { id: string }) => r.id === 'test-delta'),
    ).toMatchObject({ statusCode: 'revoked' });
  });

  it('writes one CSV column per field plus the stamp, with lists joined by ；', () => {
    const rows = parseCsv(byPath('/data/announcements.csv').body);
    expect(rows[0]).toHaveLength(DATASETS.announcements.fields.length + 2);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const header = rows[0];
    const beta = rows.find((r) => r[0] === 'test-2022-beta')!;
    expect(beta[header.indexOf('类别')]).toBe('认定');
    expect(beta[header.indexOf('截至日期已发布')]).toBe('是');
    const policies = parseCsv(byPath('/data/policies.csv').body);
    const measures = policies.find((r) => r[0] === 'test-measures')!;
    expect(measures[policies[0].indexOf('有效性')]).toBe('已被修订');
  });

  it("carries each policy's relations: its basis on and off the site, the documents its text names, what it interprets", () => {
    const { records } = JSON.parse(byPath('/data/policies.json').body);
    const byId = (id: string) => records.find((r: { id: string }) => r.id === id);
    expect(byId('test-new-measures')).toMatchObject({
      externalBasis: ['《测试上级管理办法》'],
      cites: ['test-measures'],
      interprets: null,
    });
    expect(byId('test-measures-interpretation')).toMatchObject({
      interprets: 'test-measures',
      externalBasis: [],
      cites: [],
    });
    const csv = parseCsv(byPath('/data/policies.csv').body);
    expect(csv.find((r) => r[0] === 'test-new-measures')![csv[0].indexOf('依据（本站未收录）')]).toBe(
      '《测试上级管理办法》',
    );
  });

  it('publishes a year-end snapshot for exactly the days that have a year-end registry page', () => {
    for (const dir of [FIXTURE_SITE, new URL('../fixtures/seed', import.meta.url).pathname]) {
      const c = loadContent(dir);
      const m = buildModel(c, '2026-11-24');
      const pages = buildLifecycle(c, m)
        .registries.filter((r) => r.kinds.includes('year-end'))
        .map((r) => r.day);
      expect(pages.length).toBeGreaterThan(0);
      expect(snapshotDays(m)).toEqual(pages);
    }
  });

  it('defuses a formula typed into content', () => {
    const evil = buildModel(content, '2026-11-24');
    evil.clusters[0] = {
      ...evil.clusters[0],
      data: { ...evil.clusters[0].data, name: '=HYPERLINK("http://example.com","点我")' },
    };
    const csv = openDataFiles(evil, (day) => buildModel(content, day), stamp)[0].body;
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.com"",""点我"")",`);
  });

  it('links records to absolute URLs once the site origin is known', () => {
    const withOrigin = openDataFiles(model, (day) => buildModel(content, day), {
      ...stamp,
      url: urlMaker('https://example.gov.cn/'),
    });
    const registry = JSON.parse(withOrigin.find((f) => f.path === '/data/registry.json')!.body);
    expect(registry.schema).toBe('https://example.gov.cn/data/registry.schema.json');
    expect(registry.records[0].url).toMatch(/^https:\/\/example\.gov\.cn\/clusters\/test-[a-z]+\/$/);
    expect(JSON.parse(withOrigin.find((f) => f.path === '/data/registry.schema.json')!.body).$id).toBe(
      'https://example.gov.cn/data/registry.schema.json',
    );
  });
});

describe('the data version', () => {
  it('is the content commit inside the repository, and "unknown" outside git', () => {
    expect(dataVersion(FIXTURE_SITE)).toMatch(/^[0-9a-f]{40}(-modified)?$/);
    expect(dataVersion(siteWith())).toBe(UNKNOWN_VERSION);
  });
});

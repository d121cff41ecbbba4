import { describe, expect, it } from 'vitest';
import {
  announcementPath,
  attachmentName,
  benchmarkPath,
  clusterPath,
  contentFilePath,
  dataFilePath,
  datasetFile,
  datasetPath,
  directoryPath,
  entityPath,
  facetPath,
  feedPage,
  feedPath,
  noticePath,
  ogImagePath,
  paths,
  policyAttachmentPath,
  policyComparisonPath,
  policyComparisonsPath,
  policyHistoryPath,
  policyPath,
  poolPath,
  registryPath,
  searchPath,
  snapshotFile,
} from '../../src/rules/routes.ts';

describe('the addresses of the site', () => {
  it('give each entity a page in its section, with a trailing slash', () => {
    expect(policyPath('test-measures')).toBe('/policies/test-measures/');
    expect(clusterPath('test-alpha')).toBe('/clusters/test-alpha/');
    expect(noticePath('test-2026-open')).toBe('/notices/test-2026-open/');
    expect(announcementPath('test-2021')).toBe('/announcements/test-2021/');
    expect(poolPath('test-2024-pool')).toBe('/pool/test-2024-pool/');
    expect(benchmarkPath('test-2025-benchmarks')).toBe('/benchmarks/test-2025-benchmarks/');
    expect(registryPath('2025-12-31')).toBe('/registry/2025-12-31/');
  });

  it('look up an entity’s page by its kind, with the same functions', () => {
    expect(entityPath.policy('x')).toBe(policyPath('x'));
    expect(entityPath.notice('x')).toBe(noticePath('x'));
    expect(Object.keys(entityPath)).toEqual([
      'policy',
      'cluster',
      'notice',
      'announcement',
      'pool',
      'benchmark',
      'guide',
      'consultation',
    ]);
  });

  it('point at an article by its anchor, written as the document numbers it', () => {
    expect(policyPath('test-measures', '第十四条-一')).toBe('/policies/test-measures/#第十四条-一');
    expect(policyPath('test-measures', undefined)).toBe('/policies/test-measures/');
  });

  it('put a policy’s history, comparisons and attachments under its page', () => {
    expect(policyHistoryPath('p')).toBe('/policies/p/history/');
    expect(policyComparisonsPath('p')).toBe('/policies/p/history/compare/');
    expect(policyComparisonPath('p', 'abc1234-def5678')).toBe('/policies/p/history/abc1234-def5678/');
    expect(policyAttachmentPath('p', 1)).toBe('/policies/p/attachment-1.docx');
    expect(`${policyPath('p')}${attachmentName(2)}.docx`).toBe(policyAttachmentPath('p', 2));
  });

  it('write directory filters in the query string, in the directory’s own order', () => {
    expect(directoryPath()).toBe('/clusters/');
    expect(directoryPath({ filters: { industry: '纺织' } })).toBe('/clusters/?industry=%E7%BA%BA%E7%BB%87');
    expect(directoryPath({ filters: { year: '2024', county: 'linqing' }, sort: 'since', dir: 'desc' })).toBe(
      '/clusters/?county=linqing&year=2024&sort=since&dir=desc',
    );
  });

  it('encode a facet value in its path, so no industry name can break it', () => {
    expect(facetPath('industry', '纺织')).toBe('/clusters/by/industry/%E7%BA%BA%E7%BB%87/');
    expect(facetPath('status', 'review-due')).toBe('/clusters/by/status/review-due/');
    expect(facetPath('industry', 'a/b c')).toBe('/clusters/by/industry/a%2Fb%20c/');
  });

  it('name open-data files, feeds and images', () => {
    expect(dataFilePath(datasetFile('registry', 'csv'))).toBe('/data/registry.csv');
    expect(dataFilePath(datasetFile('policies', 'schema'))).toBe('/data/policies.schema.json');
    expect(dataFilePath(snapshotFile('2025-12-31', 'json'))).toBe('/data/registry-2025-12-31.json');
    expect(datasetPath('announcements')).toBe('/data/announcements/');
    expect(feedPath('all')).toBe('/feeds/all.xml');
    expect(feedPage('all')).toBe(paths.home);
    expect(feedPage('notices')).toBe(paths.notices);
    expect(ogImagePath('policies', 'p')).toBe('/og/policies/p.png');
    expect(contentFilePath('showcase/test-beta/hall-960')).toBe('/showcase/test-beta/hall-960');
  });

  it('build a search URL, leaving out empty fields', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath({ q: '钢球', county: '东阿县', type: '' })).toBe(
      `/search/?q=${encodeURIComponent('钢球')}&county=${encodeURIComponent('东阿县')}`,
    );
  });

  it('give the fixed pages root-relative addresses ending in a slash', () => {
    for (const path of Object.values(paths)) expect(path).toMatch(/^\/([a-z]+\/)*(#[a-z]+)?$/);
  });
});

import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { buildModel } from '../../src/model/model.ts';

/**
 * The real content as seeded (test/fixtures/seed/, a frozen copy) as the site
 * shows it on 2026-11-24. Pinned here, not on content/, so that the clerk's
 * next publication never breaks CI (content/ is checked by invariants in
 * real-content.test.ts).
 */
const { content, problems } = validateContent(readContent(new URL('../fixtures/seed', import.meta.url).pathname));

describe('the real content as seeded', () => {
  it('validates', () => {
    expect(problems).toEqual([]);
  });

  const model = buildModel(content!, '2026-11-24');

  it('publishes all five seed documents with their validity as of 2026-11-24', () => {
    const validity = Object.fromEntries(model.policies.map((p) => [p.id, p.validity.label]));
    expect(validity).toEqual({
      'cluster-management-measures-2021': '已失效',
      'cluster-upgrade-plan-2023-2025': '已失效',
      'green-low-carbon-action-plan-2023-2025': '已失效',
      'new-old-kinetic-energy-plan-2018-2022': '已失效',
      'shandong-advanced-manufacturing-clusters-2023': '现行有效',
    });
    const measures = model.policy('cluster-management-measures-2021');
    expect(measures.data).toMatchObject({ docNumber: '聊工信发〔2021〕97号', registrationNumber: 'LCCR-2021-0050003' });
  });

  it('keeps the body free of extraction scars', () => {
    for (const p of model.policies) {
      expect(p.body, p.id).not.toMatch(/\[bookmark:/);
      expect(p.body, p.id).not.toMatch(/\t/);
      expect((p.body.match(/\*\*/g) ?? []).length % 2, p.id).toBe(0);
    }
  });

  it('recognises the ten clusters of the 2022 municipal list, valid until 2027-05-08', () => {
    const list = model.announcement('2022-municipal-clusters');
    expect(list.clusters).toHaveLength(10);
    for (const { id } of list.clusters) {
      const title = model.cluster(id).status.titles.find((t) => t.level === '市级');
      expect(title, id).toMatchObject({ since: '2022-05-09', validUntil: '2027-05-08', code: 'valid' });
    }
  });

  it('shows the national and provincial clusters named in public reports at their level', () => {
    expect(model.cluster('shenxian-green-food-processing').status.level).toBe('国家级');
    expect(model.cluster('gaotang-equipment-manufacturing').status.level).toBe('国家级');
    expect(model.cluster('yanggu-chemical-new-materials').status.level).toBe('国家级');
    expect(model.cluster('guanxian-coated-steel-plate').status.level).toBe('省级');
  });

  it('invents no figures for real clusters', () => {
    for (const c of model.clusters) {
      expect(c.data.annualReports, c.id).toEqual([]);
      expect(c.data.products, c.id).toEqual([]);
      // 云上展厅: no photos of real clusters are on file, and none may be made up.
      expect(c.data.showcase, c.id).toEqual([]);
    }
  });
});

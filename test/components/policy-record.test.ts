import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PolicyRecordHistory from '../../src/components/PolicyRecordHistory.astro';
import ValidityBanner from '../../src/components/ValidityBanner.astro';
import VersionList from '../../src/components/VersionList.astro';
import { recordText } from '../../src/i18n/policy.ts';
import { validityText } from '../../src/i18n/validity.ts';
import { site } from '../../src/model/site.ts';
import { fillAsOf } from '../../src/outputs/as-of-fill.ts';
import { formatDate } from '../../src/rules/dates.ts';
import { policyComparisonPath, policyHistoryPath, policyPath } from '../../src/rules/routes.ts';
import { historyExamples, v1, v2, v3 } from '../fixtures/components/policy-record.ts';

const H = recordText.history;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('PolicyRecordHistory', () => {
  for (const [name, history] of Object.entries(historyExamples)) {
    it(name, async () => {
      const href = policyHistoryPath('test-measures');
      const html = await container.renderToString(PolicyRecordHistory, { props: { history, href } });
      if (history.available) {
        expect(html).toContain(`${H.firstPublished}：<time datetime="${history.first.time}">`);
        expect(html).toContain(formatDate(history.last.day));
        expect(html).toContain(`href="${href}"`);
        expect(html).toContain(H.showAll(history.versions.length));
        expect(html.includes(H.modified)).toBe(history.modified);
      } else {
        // Without history the page says why in plain words, and claims no date.
        expect(html).toContain(H.gap[history.gap]);
        expect(html).not.toContain(H.firstPublished);
        expect(html).not.toContain('<time');
      }
    });
  }
});

describe('VersionList', () => {
  it('lists the versions newest first, each with its note or what it changed, and links each to the one before', async () => {
    const policy = site().policies[0];
    const html = await container.renderToString(VersionList, { props: { policy, versions: [v1, v2, v3] } });
    const order = ['v3', 'v2', 'v1'].map((id) => html.indexOf(`id="${id}"`));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).toContain(H.firstVersion);
    expect(html).toContain(`${H.changed}第十三条`);
    expect(html).toContain('更正第五条的错字。');
    expect(html).toContain(`href="${policyComparisonPath(policy.id, `${v1.short}-${v2.short}`)}"`);
    expect(html).toContain(`href="${policyComparisonPath(policy.id, `${v2.short}-${v3.short}`)}"`);
  });
});

describe('ValidityBanner, for every policy of the fixture site', () => {
  const { policies, asOf } = site();
  for (const policy of policies) {
    it(`${policy.id} (${policy.validity.code})`, async () => {
      const rendered = await container.renderToString(ValidityBanner, { props: { policy } });
      // The render states the day only through the marks the build fills in, so a reused page can be filled with a later day.
      expect(rendered).not.toContain(formatDate(asOf));
      const html = fillAsOf(rendered, asOf);
      const { code, successor } = policy.validity;
      expect(html).toContain(`data-validity="${code}"`);
      expect(html).toContain(validityText.banner[code]);
      // It says on which day it was computed, and carries what the browser needs to recompute it.
      expect(html).toContain(validityText.asOf(formatDate(asOf)));
      expect(html).toContain('data-validity-facts=');
      expect(html.includes(validityText.bannerNote)).toBe(
        code === 'expired' || code === 'repealed' || code === 'amended',
      );
      if (successor) expect(html).toContain(`href="${policyPath(successor.id)}"`);
    });
  }
});

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClusterStatusBadge from '../../src/components/ClusterStatusBadge.astro';
import NoticeStatusBadge from '../../src/components/NoticeStatusBadge.astro';
import ValidityBadge from '../../src/components/ValidityBadge.astro';
import { clusterStatusText } from '../../src/i18n/cluster-status.ts';
import { noticeStatusText } from '../../src/i18n/notice-status.ts';
import { validityText } from '../../src/i18n/validity.ts';
import { CLUSTER_STATUS_TONE } from '../../src/rules/cluster-status.ts';
import { NOTICE_BADGE_TONE } from '../../src/rules/notice-status.ts';
import { VALIDITY_TONES } from '../../src/rules/validity.ts';
import { clusterExamples, noticeExamples, validityExamples } from '../fixtures/components/status-badges.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The words a badge shows, without its markup. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();

describe('every state has a named example', () => {
  it('validity, notice and cluster status', () => {
    const codes = (examples: Record<string, { validity?: { code: string }; status?: { code: string } }>) =>
      new Set(Object.values(examples).map((e) => (e.validity ?? e.status)?.code));
    expect(codes(validityExamples)).toEqual(new Set(Object.keys(VALIDITY_TONES)));
    expect(codes(noticeExamples)).toEqual(new Set(Object.keys(NOTICE_BADGE_TONE)));
    expect(codes(clusterExamples)).toEqual(new Set(Object.keys(CLUSTER_STATUS_TONE)));
  });
});

describe('ValidityBadge', () => {
  for (const [name, props] of Object.entries(validityExamples)) {
    it(name, async () => {
      const html = await container.renderToString(ValidityBadge, { props });
      const { code } = props.validity;
      expect(text(html)).toBe(validityText.label[code]);
      expect(html).toContain(`class="badge badge--${VALIDITY_TONES[code]}"`);
      expect(html).toContain(`data-validity="${code}"`);
      // The facts that let the browser recompute the badge are carried only when given.
      expect(html.includes('data-validity-facts')).toBe(props.facts !== undefined);
    });
  }
});

describe('NoticeStatusBadge', () => {
  for (const [name, props] of Object.entries(noticeExamples)) {
    it(name, async () => {
      const html = await container.renderToString(NoticeStatusBadge, { props });
      const { code } = props.status;
      expect(text(html)).toBe(noticeStatusText.label[code]);
      expect(html).toContain(`badge--${NOTICE_BADGE_TONE[code]}`);
      // The period (and the result's date) travel with the badge, so that an aged page can be corrected.
      expect(html).toContain(`data-period-from="${props.period.from}"`);
      expect(html).toContain(`data-period-to="${props.period.to}"`);
      expect(html.includes('data-outcome-date')).toBe(props.outcomeDate !== undefined);
    });
  }
});

describe('ClusterStatusBadge', () => {
  for (const [name, props] of Object.entries(clusterExamples)) {
    it(name, async () => {
      const html = await container.renderToString(ClusterStatusBadge, { props });
      const { code } = props.status;
      expect(text(html)).toBe(clusterStatusText.label[code]);
      expect(html).toContain(`badge--${CLUSTER_STATUS_TONE[code]}`);
    });
  }
});

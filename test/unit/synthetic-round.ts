/**
 * A synthetic publication round, added to a temporary copy of a content
 * directory as a clerk would add it: a 公示 of a new candidate, its 公布,
 * a revocation, then a 复核 公示 and its result for the municipal titles
 * still standing. Dates start after everything already on file, and the
 * review names only what the content itself says holds a title then, so the
 * round stays valid whatever the real content has become.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { buildModel } from '../../src/model/model.ts';
import { isHeld } from '../../src/rules/cluster-status.ts';
import { addDays, partialEnd } from '../../src/rules/dates.ts';

export interface Round {
  dir: string;
  /** The new cluster the round recognises and then revokes. */
  cluster: string;
  /** Clusters whose municipal title the round reviews, and which of them pass. */
  reviewed: string[];
  passed: string[];
  days: { notice: string; recognized: string; revoked: string; reviewNotice: string; reviewed: string };
}

const yaml = (o: unknown) => JSON.stringify(o, null, 2);

export function withSyntheticRound(source: string): Round {
  const dir = join(mkdtempSync(join(tmpdir(), 'lc-round-')), 'content');
  cpSync(source, dir, { recursive: true });
  const { content, problems } = validateContent(readContent(dir));
  if (!content) throw new Error(`the content to extend is invalid: ${problems.map((p) => p.message).join('; ')}`);
  const dates = [
    ...content.announcements.map((a) => partialEnd(a.data.date)),
    ...content.notices.map((n) => n.data.period.to),
    '2026-11-30',
  ].sort();
  const start = addDays(dates.at(-1)!, 1);
  const days = {
    notice: start,
    recognized: addDays(start, 10),
    revoked: addDays(start, 20),
    reviewNotice: addDays(start, 30),
    reviewed: addDays(start, 40),
  };
  const county = content.settings.counties[0].name;
  const name = `${county}合成测试特色产业集群`;
  const cluster = 'zz-synthetic-round';
  const write = (path: string, data: unknown) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), yaml(data));
  };
  const issuer = content.announcements[0]?.data.issuer ?? content.settings.organizer;
  const objection = { phone: '0635-0000000', rules: '合成测试数据。' };

  write(`notices/${cluster}-notice.yaml`, {
    title: '合成测试：拟认定名单的公示',
    issuer,
    publishedOn: days.notice,
    period: { from: days.notice, to: addDays(days.notice, 6) },
    entries: [{ name, county, level: '市级' }],
    objection,
  });
  write(`clusters/${cluster}.yaml`, { name, county, industry: '合成测试' });
  write(`announcements/${cluster}-recognized.yaml`, {
    title: '合成测试：公布名单',
    issuer,
    date: days.recognized,
    action: 'recognize',
    level: '市级',
    clusters: [cluster],
    closes: `${cluster}-notice`,
  });
  write(`announcements/${cluster}-revoked.yaml`, {
    title: '合成测试：撤销称号',
    issuer,
    date: days.revoked,
    action: 'revoke',
    level: '市级',
    clusters: [cluster],
    reason: '合成测试数据。',
    ground: '二',
  });
  // Review what the content itself says holds a municipal title on the day of the review notice.
  const model = buildModel(content, days.reviewNotice);
  const reviewed = model.clusters
    .filter((c) => c.status.titles.some((t) => t.level === '市级' && (isHeld(t.code) || t.code === 'expired')))
    .map((c) => c.id)
    .slice(0, 3);
  const passed = reviewed.slice(0, 2);
  if (reviewed.length > 0) {
    write(`notices/${cluster}-review-notice.yaml`, {
      title: '合成测试：复核公示',
      issuer,
      publishedOn: days.reviewNotice,
      period: { from: days.reviewNotice, to: addDays(days.reviewNotice, 6) },
      entries: reviewed.map((id) => ({ cluster: id, level: '市级', action: '复核' })),
      objection,
    });
  }
  if (passed.length > 0) {
    write(`announcements/${cluster}-reviewed.yaml`, {
      title: '合成测试：复核结果',
      issuer,
      date: days.reviewed,
      action: 'review-passed',
      level: '市级',
      clusters: passed,
      closes: `${cluster}-review-notice`,
    });
  }
  return { dir, cluster, reviewed, passed, days };
}

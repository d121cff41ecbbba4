/**
 * The daily rebuild without rendering (issue 18), piece by piece: the days a
 * site stays the same (src/outputs/stable-days.ts), the fingerprint of a
 * build's inputs and the reasons a build refuses to reuse the published site
 * (scripts/build-steps/day-reuse.ts). That a reused day publishes the bytes
 * of a build from nothing is test/e2e/incremental.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsFingerprint, reuseRefusal, type ReuseState } from '../../scripts/build-steps/day-reuse.ts';
import { loadPublicContent } from '../../src/content/load.ts';
import { AS_OF, AS_OF_TEXT } from '../../src/format/as-of-mark.ts';
import { fillAsOf, fillAsOfBytes, markAsOf, markAsOfBytes } from '../../src/outputs/as-of-fill.ts';
import { flipDays, MAX_STABLE_DAYS, stableUntil } from '../../src/outputs/stable-days.ts';
import { addDays } from '../../src/rules/dates.ts';
import { withSyntheticRound } from './synthetic-round.ts';

const root = join(import.meta.dirname, '../..');
const round = withSyntheticRound(join(root, 'test/fixtures/site'));
const { days } = round;
const until = (day: string) => stableUntil((d) => loadPublicContent(round.dir, d), day);

afterAll(() => rmSync(join(round.dir, '..'), { recursive: true, force: true }));

describe('the days a site stays the same', () => {
  it('never reach a day on which something is published, a year or a month ends', () => {
    const round = [days.notice, days.recognized, days.revoked, days.reviewNotice, days.reviewed];
    let quiet = 0;
    for (let day = addDays(days.notice, -5); day < days.reviewed; day = addDays(day, 1)) {
      const end = until(day);
      expect(end >= day, day).toBe(true);
      if (end > day) quiet++;
      // The window never takes in the day of a publication, the 31 December or another month.
      for (const published of round) expect(day < published && end >= published, `${day}–${end}`).toBe(false);
      expect(end.slice(0, 7), `${day}–${end}`).toBe(day.slice(0, 7));
      if (day.slice(5) !== '12-31') expect(end.slice(5) === '12-31', `${day}–${end}`).toBe(false);
      expect(end <= addDays(day, MAX_STABLE_DAYS)).toBe(true);
    }
    // … and the round has days after which nothing changes, or the window would be proved safe by never opening.
    expect(quiet).toBeGreaterThan(0);
  });

  it('are only the day itself while a 公示 counts its days left', () => {
    expect(until(addDays(days.notice, 2))).toBe(addDays(days.notice, 2));
  });

  it('take a content date as a day on which a comparison may flip, never the day built for', () => {
    const flips = flipDays('{"date":"2027-03-05","month":"2027-04","year":"在2028年"}');
    for (const day of [
      '2027-03-05',
      '2027-03-06',
      '2027-04-01',
      '2027-04-30',
      '2027-05-01',
      '2028-01-01',
      '2029-01-01',
    ])
      expect(flips.has(day), day).toBe(true);
    // Four digits that are not a year (a count, an index number) are no date.
    expect([...flipDays('共 12345 家，编号 0042')]).toEqual([]);
  });
});

describe('marking the day again', () => {
  it('gives back the same text when filled with the same day, and the new day when filled with another', () => {
    const page = '<p>截至2026年12月2日</p><time datetime="2026-12-02">';
    expect(fillAsOf(markAsOf(page, '2026-12-02'), '2026-12-02')).toBe(page);
    expect(fillAsOf(markAsOf(page, '2026-12-02'), '2026-12-03')).toBe(
      '<p>截至2026年12月3日</p><time datetime="2026-12-03">',
    );
  });

  it('does on bytes what it does on text, with marks at either end, side by side and not at all', () => {
    const pages = [
      `${AS_OF}<p>截至${AS_OF_TEXT}${AS_OF_TEXT}（${AS_OF}）</p>聊城${AS_OF}`,
      '<p>截至2026年12月2日2026-12-02</p>2026-12-02',
      '<p>没有日期的页面：东昌府区</p>',
      '',
    ];
    for (const page of pages) {
      const bytes = Buffer.from(page);
      expect(fillAsOfBytes(bytes, '2026-12-03').toString()).toBe(fillAsOf(page, '2026-12-03'));
      expect(markAsOfBytes(bytes, '2026-12-02').toString()).toBe(markAsOf(page, '2026-12-02'));
    }
    // Nothing to replace: the same buffer, which the as-of step reads as "states no day".
    const plain = Buffer.from(pages[2]);
    expect(markAsOfBytes(plain, '2026-12-02')).toBe(plain);
  });
});

describe('the inputs of a build', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'lc-inputs-')), 'content');
  cpSync(round.dir, dir, { recursive: true });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('change with any content file, and with the settings from the environment, not with the day', () => {
    const before = inputsFingerprint(root, dir, {});
    expect(inputsFingerprint(root, dir, { SITE_AS_OF: '2030-01-01' })).toBe(before);
    expect(inputsFingerprint(root, dir, { SITE_URL: 'https://example.org' })).not.toBe(before);
    const file = join(dir, `clusters/${round.cluster}.yaml`);
    // The same bytes written again: the file was touched, and is read again.
    writeFileSync(file, readFileSync(file));
    expect(inputsFingerprint(root, dir, {})).not.toBe(before);
  });

  it('are refused with the reason when they, the day or the published site differ', () => {
    const state: ReuseState = {
      version: 1,
      inputs: 'x',
      day: '2026-12-01',
      until: '2026-12-05',
      manifest: 'no such digest',
      marked: [],
    };
    expect(reuseRefusal(undefined, 'x', '2026-12-02', dir)).toMatch(/no earlier build/);
    expect(reuseRefusal(state, 'y', '2026-12-02', dir)).toMatch(/code, the content or the settings changed/);
    expect(reuseRefusal(state, 'x', '2026-12-06', dir)).toMatch(/outside the days 2026-12-01 to 2026-12-05/);
    expect(reuseRefusal(state, 'x', '2026-11-30', dir)).toMatch(/outside the days/);
    expect(reuseRefusal(state, 'x', '2026-12-03', dir)).toMatch(/not the one that build published/);
  });
});

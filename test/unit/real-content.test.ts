/**
 * The real content (content/) by invariants only: it validates and every
 * status holds together on every day that matters from its first publication
 * to 2035, today and after any valid publication round. What the real site
 * shows is pinned on the frozen seed copy (seed-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { buildModel } from '../../src/model/model.ts';
import { checkContent, LAST_YEAR } from './real-invariants.ts';
import { withSyntheticRound } from './synthetic-round.ts';

const REAL = new URL('../../content', import.meta.url).pathname;
const SEED = new URL('../fixtures/seed', import.meta.url).pathname;

describe('the real content, by invariants', () => {
  it(`validates and holds together on every day from its first publication to ${LAST_YEAR}`, () => {
    const { problems, days, failures } = checkContent(REAL);
    expect(problems).toEqual([]);
    expect(days.length).toBeGreaterThan(2 * 10);
    expect(days.at(-1)! >= `${LAST_YEAR}-12-31`).toBe(true);
    expect(failures).toEqual([]);
  }, 120_000);

  for (const [name, source] of [
    ['the real content', REAL],
    ['the seed', SEED],
  ] as const) {
    it(`still holds after a synthetic round (公示 → 公布 → 撤销 → 复核) is added to ${name}`, () => {
      const round = withSyntheticRound(source);
      const { problems, failures } = checkContent(round.dir);
      expect(problems).toEqual([]);
      expect(failures).toEqual([]);
      // The round did what a clerk meant by it.
      const { content } = validateContent(readContent(round.dir));
      const at = (day: string) => buildModel(content!, day);
      expect(at(round.days.recognized).cluster(round.cluster).status.code).toBe('valid');
      expect(at(round.days.revoked).cluster(round.cluster).status.code).toBe('revoked');
      const after = at(round.days.reviewed);
      for (const id of round.passed) {
        const title = after.cluster(id).status.titles.find((t) => t.level === '市级')!;
        expect(title.renewedOn, id).toBe(round.days.reviewed);
      }
    }, 120_000);
  }
});

describe('the invariant check itself', () => {
  it('reports invalid content as problems rather than passing it', async () => {
    const { siteWith } = await import('./fixture-site.ts');
    const { problems } = checkContent(siteWith('unknown-cluster'));
    expect(problems.join('\n')).toMatch(/不存在/);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicContent, scheduledItems, scheduledReferenceProblems } from '../../src/content/public.ts';
import { readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { buildModel } from '../../src/model/model.ts';
import { checkContent } from '../../src/publishing/check.ts';
import { isScheduled } from '../../src/rules/publication.ts';
import { siteWith } from './fixture-site.ts';

const AS_OF = '2026-11-24';

/** The fixture site with an announcement and a policy dated after AS_OF. */
function withScheduled(): string {
  const dir = siteWith();
  writeFileSync(
    join(dir, 'announcements/test-later.yaml'),
    'title: 以后的公布\nissuer: 测试局\ndate: 2026-12-15\naction: recognize\nlevel: 市级\nclusters: [test-alpha]\n',
  );
  writeFileSync(
    join(dir, 'policies/test-later.md'),
    '---\ntitle: 以后的办法\nkind: 办法\nlevel: 市\nissuedOn: 2027\n---\n\n正文。\n',
  );
  return dir;
}

describe('an item dated after the as-of day is not published until its day', () => {
  it('the rule: a day after as-of waits; a year or month counts from its first day', () => {
    expect(isScheduled('2026-11-25', AS_OF)).toBe(true);
    expect(isScheduled('2026-11-24', AS_OF)).toBe(false);
    expect(isScheduled('2027', AS_OF)).toBe(true);
    expect(isScheduled('2026-11', AS_OF)).toBe(false);
    expect(isScheduled(undefined, AS_OF)).toBe(false);
  });

  it('is left out of the content every output is made from, and appears on its day', () => {
    const { content } = validateContent(readContent(withScheduled()));
    expect(scheduledItems(content!, AS_OF).map((s) => [s.kind, s.id, s.day])).toEqual([
      ['announcement', 'test-later', '2026-12-15'],
      ['policy', 'test-later', '2027'],
    ]);
    const today = publicContent(content!, AS_OF);
    expect(today.announcements.map((a) => a.id)).not.toContain('test-later');
    expect(today.policies.map((p) => p.id)).not.toContain('test-later');
    const model = buildModel(today, AS_OF);
    expect(JSON.stringify(model)).not.toContain('以后的');
    const onItsDay = publicContent(content!, '2026-12-15');
    expect(onItsDay.announcements.map((a) => a.id)).toContain('test-later');
    expect(onItsDay.policies.map((p) => p.id)).not.toContain('test-later');
    expect(publicContent(content!, '2027-01-01').policies.map((p) => p.id)).toContain('test-later');
  });

  it('holds for the bureau’s own writing too: a guide or a call for comments waits for its 发布日期', () => {
    const { content } = validateContent(readContent(siteWith()));
    const early = '2026-10-15';
    const waiting = scheduledItems(content!, early).filter((s) => s.kind === 'guide' || s.kind === 'consultation');
    expect(waiting.map((s) => `${s.kind} ${s.id}`)).toEqual([
      'consultation test-draft-short',
      'consultation test-draft-open',
      'consultation test-draft-upcoming',
    ]);
    const then = publicContent(content!, early);
    expect(then.consultations.map((k) => k.id).sort()).toEqual(['test-draft-concluded']);
    expect(then.guides.map((g) => g.id)).toEqual(['test-how-to-read']);
    expect(publicContent(content!, '2026-09-30').guides).toEqual([]);
  });

  it('validate lists it as 待发布, not as a problem', () => {
    const result = checkContent(withScheduled(), AS_OF);
    expect(result.problems).toEqual([]);
    expect(result.scheduled.map((s) => `${s.day} ${s.file}`)).toEqual([
      expect.stringMatching(/^2026-12-15 .*announcements\/test-later\.yaml$/),
      expect.stringMatching(/^2027 .*policies\/test-later\.md$/),
    ]);
  });

  it('a public item may not point at a scheduled one', () => {
    const dir = withScheduled();
    const notice = join(dir, 'notices/test-2026-open.yaml');
    writeFileSync(
      notice,
      `${readFileSync(notice, 'utf8')}\nbasis: [test-later]\n`.replace(
        /\nbasis: \[[^\]]*\]\n(?=[\s\S]*\nbasis:)/,
        '\n',
      ),
    );
    const { content } = validateContent(readContent(dir));
    expect(scheduledReferenceProblems(content!, AS_OF).map((p) => `${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(/^basis\.\d: 引用的「test-later」要到 2027 才发布/),
    ]);
  });
});

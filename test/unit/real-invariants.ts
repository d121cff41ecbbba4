/**
 * What must hold of any valid content on any day, whatever a clerk has
 * published: it validates, every model and lifecycle view builds without
 * throwing, and statuses agree with one another. The real content (content/)
 * is checked only by these invariants, on every day that matters from its
 * first publication to 2035, so a valid publication never breaks CI; what
 * the site shows is pinned on fixtures and on the frozen seed copy.
 */
import { readContent } from '../../src/content/read.ts';
import { validateContent, type Content } from '../../src/content/validate.ts';
import { buildLifecycle, publishedLists } from '../../src/model/lifecycle.ts';
import { buildModel } from '../../src/model/model.ts';
import { searchRecords } from '../../src/outputs/search/records.ts';
import { isHeld } from '../../src/rules/cluster-status.ts';
import { addDays, partialEnd, partialStart } from '../../src/rules/dates.ts';
import { LEVELS_DESC } from '../../src/rules/levels.ts';

/** The last year the invariants look at. */
export const LAST_YEAR = 2035;

/** Full dates only: a date known to the month or year has no day to step around. */
const isDay = (d: string | undefined): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * The days to check: 1 January and 31 December of every year from the first
 * publication to LAST_YEAR, and every day an announcement or notice changes
 * something (its date, a notice's period ends and publication), with the
 * day before and after.
 */
export function daysToCheck(content: Content): string[] {
  const dated = [
    ...content.policies.flatMap((p) => [
      p.data.issuedOn,
      p.data.publishedOn,
      p.data.effectiveFrom,
      p.data.effectiveUntil,
      p.data.repealedOn,
    ]),
    ...content.announcements.map((a) => a.data.date),
    ...content.notices.flatMap((n) => [n.data.publishedOn, n.data.period.from, n.data.period.to]),
  ].filter((d): d is string => typeof d === 'string');
  const first = Math.min(...dated.map((d) => Number(partialStart(d).slice(0, 4))));
  const days = new Set<string>();
  for (let y = first; y <= LAST_YEAR; y++) days.add(`${y}-01-01`).add(`${y}-12-31`);
  for (const d of dated.filter(isDay)) for (const n of [-1, 0, 1]) days.add(addDays(d, n));
  // Municipal terms end five years after recognition: the day a title lapses matters as much.
  for (const a of content.announcements.filter((x) => isDay(x.data.date)))
    for (const n of [-1, 0, 1]) days.add(addDays(`${Number(a.data.date.slice(0, 4)) + 5}${a.data.date.slice(4)}`, n));
  return [...days].filter((d) => Number(d.slice(0, 4)) <= LAST_YEAR).sort();
}

/** Every broken invariant on `day`, as a sentence naming the day and the entity. */
export function invariantFailures(content: Content, day: string): string[] {
  const failures: string[] = [];
  try {
    const model = buildModel(content, day);
    const life = buildLifecycle(content, model);
    searchRecords(model, publishedLists(content, model));
    for (const c of model.clusters) {
      const held = c.status.titles.filter((t) => isHeld(t.code));
      const highest = LEVELS_DESC.find((l) => held.some((t) => t.level === l));
      if (c.status.level !== highest)
        failures.push(`${day} ${c.id}: level ${c.status.level} but highest held title ${highest}`);
      for (const t of c.status.titles)
        if (isHeld(t.code) && partialStart(t.since) > day)
          failures.push(`${day} ${c.id}: ${t.level} title held before it was announced (${t.since})`);
      if (c.status.events.some((e) => partialEnd(e.date) > day))
        failures.push(`${day} ${c.id}: a future announcement counts already`);
      life.cluster(c.id);
    }
    for (const r of life.registries.filter((x) => x.day <= day)) {
      const row = new Set(r.rows.map((x) => x.id));
      if (row.size !== r.rows.length) failures.push(`${day} registry ${r.day}: a cluster listed twice`);
    }
    for (const n of model.notices)
      if (n.status.code === 'concluded' && !n.outcome)
        failures.push(`${day} ${n.id}: concluded without the announcement that closes it`);
  } catch (error) {
    failures.push(`${day}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return failures;
}

/** Validates a content directory and checks every invariant on every day that matters. */
export function checkContent(dir: string): { problems: string[]; days: string[]; failures: string[] } {
  const { content, problems } = validateContent(readContent(dir));
  if (!content) return { problems: problems.map((p) => `${p.file} ${p.field}: ${p.message}`), days: [], failures: [] };
  const days = daysToCheck(content);
  return { problems: [], days, failures: days.flatMap((d) => invariantFailures(content, d)) };
}

/**
 * The content that is public on a day: everything except items dated after
 * it (src/rules/publication.ts). Every output reads this, so a scheduled item
 * is on no page, list, feed, search index, data file or registry until its
 * day; `npm run validate` lists it as 待发布. A public item may not point at
 * one that is still scheduled: its link would lead nowhere.
 */
import { isScheduled } from '../rules/publication.ts';
import type { CalendarDate, PartialDate } from '../rules/dates.ts';
import type { Content, Entry } from './entries.ts';
import type { Problem } from './problems.ts';

/** An item that waits for its day. */
export interface ScheduledItem {
  kind: 'policy' | 'notice' | 'announcement' | 'pool' | 'benchmark' | 'guide' | 'consultation';
  id: string;
  file: string;
  /** The day it becomes public. */
  day: PartialDate;
}

/** The day each kind of item is published: its 发布日期 (for a policy, else its 成文日期). */
const DAY_OF = {
  policy: (c: Content) => c.policies.map((p) => [p, p.data.publishedOn ?? p.data.issuedOn] as const),
  notice: (c: Content) => c.notices.map((n) => [n, n.data.publishedOn] as const),
  announcement: (c: Content) => c.announcements.map((a) => [a, a.data.date] as const),
  pool: (c: Content) => c.pools.map((p) => [p, p.data.date] as const),
  benchmark: (c: Content) => c.benchmarks.map((b) => [b, b.data.date] as const),
  // The bureau's own writing (issue 17): a guide or a call for comments is published on its 发布日期 too.
  guide: (c: Content) => c.guides.map((g) => [g, g.data.publishedOn] as const),
  consultation: (c: Content) => c.consultations.map((k) => [k, k.data.publishedOn] as const),
} satisfies Record<ScheduledItem['kind'], (c: Content) => (readonly [Entry<unknown>, PartialDate | undefined])[]>;

/** Every item dated after `asOf`, in date order. */
export function scheduledItems(content: Content, asOf: CalendarDate): ScheduledItem[] {
  return (Object.keys(DAY_OF) as ScheduledItem['kind'][])
    .flatMap((kind) =>
      DAY_OF[kind](content)
        .filter(([, day]) => isScheduled(day, asOf))
        .map(([e, day]) => ({ kind, id: e.id, file: e.file, day: day! })),
    )
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.file < b.file ? -1 : 1));
}

/** The content as public on `asOf`: scheduled items left out. */
export function publicContent(content: Content, asOf: CalendarDate): Content {
  const waiting = new Set(scheduledItems(content, asOf).map((s) => `${s.kind}:${s.id}`));
  if (waiting.size === 0) return content;
  const keep =
    (kind: ScheduledItem['kind']) =>
    <T extends { id: string }>(e: T) =>
      !waiting.has(`${kind}:${e.id}`);
  return {
    ...content,
    policies: content.policies.filter(keep('policy')),
    notices: content.notices.filter(keep('notice')),
    announcements: content.announcements.filter(keep('announcement')),
    pools: content.pools.filter(keep('pool')),
    benchmarks: content.benchmarks.filter(keep('benchmark')),
    guides: content.guides.filter(keep('guide')),
    consultations: content.consultations.filter(keep('consultation')),
    // A target has no date of its own: it is part of its plan, and is published with it.
    targets: content.targets.filter((t) => !waiting.has(`policy:${t.data.policy}`)),
  };
}

/** Public items that name a scheduled one (a policy as basis, a notice closed by a result): each a Problem. */
export function scheduledReferenceProblems(content: Content, asOf: CalendarDate): Problem[] {
  const scheduled = scheduledItems(content, asOf);
  if (scheduled.length === 0) return [];
  const waiting = new Map(scheduled.map((s) => [`${s.kind}:${s.id}`, s]));
  const pub = publicContent(content, asOf);
  const problems: Problem[] = [];
  const check = (file: string, field: string, kind: ScheduledItem['kind'], id: string | undefined) => {
    const s = id === undefined ? undefined : waiting.get(`${kind}:${id}`);
    if (s)
      problems.push({
        file,
        field,
        message: `引用的「${id}」要到 ${s.day} 才发布（${s.file}），本条内容现在就会发布，链接会指向还不存在的页面：请把本条的日期改到 ${s.day} 或之后，或先删除这个引用`,
      });
  };
  for (const p of pub.policies) {
    p.data.basis.forEach((id, i) => check(p.file, `basis.${i}`, 'policy', id));
    p.data.supersedes.forEach((id, i) => check(p.file, `supersedes.${i}`, 'policy', id));
    p.data.cites.forEach((c, i) => check(p.file, `cites.${i}.policy`, 'policy', c.policy));
    check(p.file, 'interprets', 'policy', p.data.interprets);
  }
  for (const n of pub.notices) n.data.basis.forEach((id, i) => check(n.file, `basis.${i}`, 'policy', id));
  for (const a of pub.announcements) {
    a.data.basis.forEach((id, i) => check(a.file, `basis.${i}`, 'policy', id));
    check(a.file, 'closes', 'notice', a.data.closes);
  }
  for (const l of [...pub.pools, ...pub.benchmarks])
    l.data.basis.forEach((id, i) => check(l.file, `basis.${i}`, 'policy', id));
  return problems;
}

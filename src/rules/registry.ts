/**
 * The registry as of any day (截至某日的名单): which clusters held a title on
 * that day, at which level, computed from the announcements dated on or
 * before it — the same rule as a cluster's own status, applied to a past day.
 */
import { type CalendarDate, yearOf } from './dates.ts';
import { LEVELS, type Level } from './levels.ts';
import {
  type ClusterCode,
  type TitleCode,
  type ClusterEvent,
  type ClusterStatus,
  type ReviewNotice,
  clusterStatus,
  effectiveDay,
  isHeld,
} from './cluster-status.ts';
import { clusterTimeline } from './cluster-timeline.ts';

/** What the registry needs to know of a cluster. */
export interface RegistryCluster {
  id: string;
  name: string;
  county: string;
  industry: string;
  events: readonly ClusterEvent[];
  /** Notices proposing the cluster's review (a term under review is off the list, but not cancelled). */
  reviews?: readonly ReviewNotice[];
}

export interface RegistryRow {
  id: string;
  name: string;
  county: string;
  industry: string;
  /** Highest level held on the day. */
  level: Level;
  /** Every level held on the day, lowest first. */
  levels: Level[];
  code: ClusterCode;
  status: ClusterStatus;
}

/**
 * A row as a register page lists it: without the cluster's whole status on
 * the day, which only the comparison of two days needs (registryChanges).
 * The lifecycle model keeps a register for every registry day, and at 10,000
 * clusters those statuses were most of what it held.
 */
export type ListedRow = Omit<RegistryRow, 'status'>;

export interface Registry {
  day: CalendarDate;
  rows: RegistryRow[];
  /** Clusters that held a title before the day but hold none on it, with their status on the day. */
  former: Map<string, ClusterStatus>;
  /** Clusters holding a title at each level on the day (a cluster with two titles counts at both). */
  countByLevel: Record<Level, number>;
}

/** The clusters that held a title on `day`, highest level first, then in the given order. */
export function registryOn(clusters: readonly RegistryCluster[], day: CalendarDate): Registry {
  const rows: RegistryRow[] = [];
  const former = new Map<string, ClusterStatus>();
  for (const c of clusters) {
    const status = clusterStatus(c.events, day, c.reviews);
    if (!status.level) {
      if (status.titles.length > 0) former.set(c.id, status);
      continue;
    }
    const levels = status.titles.filter((t) => isHeld(t.code)).map((t) => t.level);
    rows.push({
      id: c.id,
      name: c.name,
      county: c.county,
      industry: c.industry,
      level: status.level,
      levels,
      code: status.code,
      status,
    });
  }
  const rank = (r: RegistryRow) => LEVELS.indexOf(r.level);
  const order = new Map(clusters.map((c, i) => [c.id, i]));
  rows.sort((a, b) => rank(b) - rank(a) || order.get(a.id)! - order.get(b.id)!);
  const countByLevel = Object.fromEntries(
    LEVELS.map((l) => [l, rows.filter((r) => r.levels.includes(l)).length]),
  ) as Record<Level, number>;
  return { day, rows, former, countByLevel };
}

/** Why a day is in the list of registry dates. */
export type RegistryDayKind = 'announcement' | 'lapse' | 'year-end';

export interface RegistryDay {
  day: CalendarDate;
  kinds: RegistryDayKind[];
}

/**
 * The days a registry page is published for, oldest first: every day an
 * announcement takes effect, every day a municipal title lapses unreviewed
 * (管理办法 第十三条), and every 31 December from the first announcement's
 * year — all on or before `asOf`.
 */
export function registryDays(clusters: readonly RegistryCluster[], asOf: CalendarDate): RegistryDay[] {
  const days = new Map<CalendarDate, Set<RegistryDayKind>>();
  const add = (day: CalendarDate, kind: RegistryDayKind) => {
    if (day > asOf) return;
    const set = days.get(day) ?? new Set<RegistryDayKind>();
    set.add(kind);
    days.set(day, set);
  };
  let first: number | undefined;
  for (const c of clusters) {
    for (const e of c.events) {
      const day = effectiveDay(e.date);
      if (day > asOf) continue;
      add(day, 'announcement');
      first = Math.min(first ?? Infinity, yearOf(day));
    }
    // A lapse is a change in the registry on a day no announcement marks.
    for (const item of clusterTimeline(c.events, asOf, c.reviews))
      if (item.lapse && !item.future) add(item.date, 'lapse');
  }
  if (first !== undefined) for (const day of yearEnds(first, asOf)) add(day, 'year-end');
  const order: RegistryDayKind[] = ['announcement', 'lapse', 'year-end'];
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, kinds]) => ({ day, kinds: order.filter((k) => kinds.has(k)) }));
}

/**
 * Every 31 December from `firstYear` on or before `asOf`: the year-end
 * registry pages and the year-end open-data snapshots (open-data.ts) are
 * published for the same days.
 */
export function yearEnds(firstYear: number, asOf: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let y = firstYear; `${y}-12-31` <= asOf; y++) days.push(`${y}-12-31`);
  return days;
}

export interface RegistryChange {
  id: string;
  name: string;
  /** Level gained or lost. */
  level: Level;
  change: 'added' | 'removed';
  /** For a title lost: how it ended, as the status of that title on the later day (revoked, review-pending …). */
  reason?: TitleCode;
}

/** What changed between two registries: titles gained and titles lost, by level. */
export function registryChanges(before: Registry | undefined, after: Registry): RegistryChange[] {
  const held = (r: Registry | undefined) =>
    new Map((r?.rows ?? []).flatMap((row) => row.levels.map((l) => [`${row.id}|${l}`, row] as const)));
  const a = held(before);
  const b = held(after);
  const changes: RegistryChange[] = [];
  for (const [key, row] of b)
    if (!a.has(key)) changes.push({ id: row.id, name: row.name, level: key.split('|')[1] as Level, change: 'added' });
  const statusAfter = new Map<string, ClusterStatus>([
    ...after.former,
    ...after.rows.map((row) => [row.id, row.status] as const),
  ]);
  for (const [key, row] of a) {
    if (b.has(key)) continue;
    const level = key.split('|')[1] as Level;
    const title = statusAfter.get(row.id)?.titles.find((t) => t.level === level);
    changes.push({
      id: row.id,
      name: row.name,
      level,
      change: 'removed',
      reason: title?.code,
    });
  }
  return changes;
}

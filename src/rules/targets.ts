/**
 * Progress against the cluster targets of the city's plans (seed 000: 30
 * municipal, 10 provincial, 2 national by 2025; seed 003: 8 provincial, 30
 * municipal by 2025), counted from the announcements on file.
 */
import type { CalendarDate } from './dates.ts';
import { LEVELS, type Level } from './levels.ts';
import { type Registry } from './registry.ts';

export interface GoalProgress {
  level: Level;
  /** The number the plan aims for. */
  target: number;
  /** Clusters holding a title at this level on the day, from the announcements on file. */
  count: number;
  /** True when count ≥ target. */
  met: boolean;
  /** How many short of the target (0 when met). */
  shortBy: number;
}

/** Counts titles held at each goal's level on the registry's day. */
export function goalProgress(goals: readonly { level: Level; count: number }[], registry: Registry): GoalProgress[] {
  return [...goals]
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))
    .map((g) => {
      const count = registry.countByLevel[g.level];
      return { level: g.level, target: g.count, count, met: count >= g.count, shortBy: Math.max(0, g.count - count) };
    });
}

/** The last day of a target year: "by 2025" means by 2025-12-31. */
export function deadlineOf(year: number): CalendarDate {
  return `${year}-12-31`;
}

/**
 * The levels of a cluster title (市级, 省级, 国家级), lowest first. A fact of
 * the domain, used by the rules, the schemas and the pages alike, so it lives
 * here, below the schemas, and is safe in the browser.
 */
export const LEVELS = ['市级', '省级', '国家级'] as const;

/** One cluster level. */
export type Level = (typeof LEVELS)[number];

/** The municipal level: the one whose term 管理办法 第十三条 fixes (five years, then review). */
export const MUNICIPAL: Level = '市级';

/** Levels, highest first, as pages list them. */
export const LEVELS_DESC: readonly Level[] = [...LEVELS].reverse();

/** One entry of the count by level: how many clusters hold this level as their highest title. */
export interface LevelCount {
  level: Level;
  count: number;
}

/**
 * How many clusters hold each level, highest level first. Each cluster
 * counts once, at the highest title it holds (`status.level`; a cluster
 * holding none is not counted): the line the home page and the directory
 * show. Not the registry's count (src/rules/registry.ts), where a cluster
 * with two titles counts at both levels.
 */
export function countByHighestLevel(clusters: readonly { status: { level?: Level } }[]): LevelCount[] {
  return LEVELS_DESC.map((level) => ({ level, count: clusters.filter((c) => c.status.level === level).length }));
}

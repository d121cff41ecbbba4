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

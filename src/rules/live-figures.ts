/**
 * The figures an MDX text may show with <LiveFigure name="…" />: each one is
 * counted from the model as of the build day, never typed into the text, so a
 * 解读 that says how many clusters hold a 市级 title stays true as the
 * registry changes. Pure: the model hands it the statuses it computed.
 */
import { type ClusterCode, isHeld } from './cluster-status.ts';
import { LEVELS, type Level } from './levels.ts';
import type { NoticeCode } from './notice-status.ts';
import type { ValidityCode } from './validity.ts';

export const LIVE_FIGURES = [
  'clusters-municipal',
  'clusters-provincial',
  'clusters-national',
  'clusters-recognized',
  'policies-in-force',
  'notices-open',
] as const;
export type LiveFigureName = (typeof LIVE_FIGURES)[number];

export const isLiveFigure = (name: string): name is LiveFigureName =>
  (LIVE_FIGURES as readonly string[]).includes(name);

/** What the figures are counted from: the model's statuses as of its day. */
export interface FigureInputs {
  clusters: readonly { status: { code: ClusterCode; titles: readonly { level: Level; code: ClusterCode }[] } }[];
  policies: readonly { validity: { code: ValidityCode } }[];
  notices: readonly { status: { code: NoticeCode } }[];
}

/** Clusters holding a title at `level` today (a cluster also holding a higher one counts: it holds both). */
const holding = (inputs: FigureInputs, level: Level) =>
  inputs.clusters.filter((c) => c.status.titles.some((t) => t.level === level && isHeld(t.code))).length;

const [MUNICIPAL, PROVINCIAL, NATIONAL] = LEVELS;

/** Each figure's value as of the model's day. */
export function liveFigures(inputs: FigureInputs): Record<LiveFigureName, number> {
  return {
    'clusters-municipal': holding(inputs, MUNICIPAL),
    'clusters-provincial': holding(inputs, PROVINCIAL),
    'clusters-national': holding(inputs, NATIONAL),
    'clusters-recognized': inputs.clusters.filter((c) => c.status.titles.some((t) => isHeld(t.code))).length,
    'policies-in-force': inputs.policies.filter((p) => p.validity.code === 'in-force').length,
    'notices-open': inputs.notices.filter((n) => n.status.code === 'open').length,
  };
}

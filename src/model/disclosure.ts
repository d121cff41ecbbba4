/**
 * The disclosure side of the model, as of the model's day: 意见征集 with
 * their status and channels, the bureau's guide pages, the live figures MDX
 * texts may show, the 三同步 lag of each 政策解读, and the 公开目录 of every
 * published item (条例 第十二条). Built by buildModel from content and the
 * statuses it has computed; it takes them structurally, so it needs nothing
 * from model.ts.
 */
import type { Content, PolicyEntry, WritingEntry } from '../content/entries.ts';
import { consultationStatusText } from '../i18n/consultation-status.ts';
import { disclosureText } from '../i18n/disclosure.ts';
import { actionsText } from '../i18n/announcement.ts';
import { datasetsText, type DatasetId } from '../i18n/open-data.ts';
import type { Consultation } from '../schemas/consultation.ts';
import type { Guide } from '../schemas/writing.ts';
import { consultationStatus } from '../rules/consultation-status.ts';
import { type CalendarDate, type PartialDate, daysBetween, formatDate } from '../rules/dates.ts';
import { UNNUMBERED } from '../rules/index-number.ts';
import { type InterpretationLag, interpretationLag } from '../rules/interpretation-lag.ts';
import { type FigureInputs, type LiveFigureName, liveFigures } from '../rules/live-figures.ts';
import type { NoticeStatus } from '../rules/notice-status.ts';
import { policyDate, releaseDate } from '../rules/policy-date.ts';
import {
  announcementPath,
  benchmarkPath,
  consultationPath,
  datasetPath,
  guidePath,
  noticePath,
  policyPath,
  poolPath,
} from '../rules/routes.ts';

/** A 意见征集's status with its badge text and sentence. */
export interface ConsultationStatusView extends NoticeStatus {
  label: string;
  detail: string;
}

/** One channel for comments, and whether it came from settings' contact rather than the call. */
export interface Channel {
  kind: 'email' | 'phone' | 'address';
  value: string;
  fromSettings: boolean;
}

export interface ConsultationView extends WritingEntry<Consultation> {
  status: ConsultationStatusView;
  /** Length of the period in days, both ends included. */
  days: number;
  channels: Channel[];
  /** The adopted policy, once published. */
  result?: { id: string; title: string };
}

export interface GuideView extends WritingEntry<Guide> {
  issuer: string[];
}

/** The 三同步 lag of a 政策解读, with both dates. */
export interface InterpretationLagView extends InterpretationLag {
  policyOn: PartialDate;
  on: PartialDate;
}

export const CATALOGUE_CATEGORIES = [
  'policy',
  'interpretation',
  'notice',
  'announcement',
  'list',
  'consultation',
  'guide',
  'data',
] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

/** One entry of the 公开目录: 索引、名称、内容概述、生成日期 (条例 第十二条), with its page. */
export interface CatalogueItem {
  /** Unique within the catalogue: category and id. */
  id: string;
  category: CatalogueCategory;
  indexNumber: string;
  title: string;
  summary: string;
  /** 生成日期 (may be known only to the year or month). */
  date?: PartialDate;
  path: string;
}

export interface DisclosureModel {
  consultations: ConsultationView[];
  guides: GuideView[];
  figures: Record<LiveFigureName, number>;
  /** Keyed by the id of the 解读. */
  interpretationLags: ReadonlyMap<string, InterpretationLagView>;
  catalogue: CatalogueItem[];
}

/** What the disclosure model reads from the rest of the model. */
export interface DisclosureInputs extends FigureInputs {
  asOf: CalendarDate;
  policies: readonly (FigureInputs['policies'][number] & PolicyEntry)[];
}

const L = disclosureText.catalogue;

function channelsOf(k: Consultation, contact: Content['settings']['contact']): Channel[] {
  const pick = (kind: Channel['kind'], own?: string, fallback?: string): Channel[] =>
    own ? [{ kind, value: own, fromSettings: false }] : fallback ? [{ kind, value: fallback, fromSettings: true }] : [];
  return [
    ...pick('email', k.channels.email, contact.email),
    ...pick('phone', k.channels.phone, contact.phone),
    ...pick('address', k.channels.address, contact.address),
  ];
}

/** Newest first, undated last, then by title for a stable order. */
function byDateDesc(a: CatalogueItem, b: CatalogueItem): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db ? 1 : da > db ? -1 : a.title.localeCompare(b.title, 'zh-CN');
}

export function buildDisclosure(
  content: Content,
  inputs: DisclosureInputs,
  datasets: readonly DatasetId[],
): DisclosureModel {
  const { settings } = content;
  const policyTitle = new Map(content.policies.map((p) => [p.id, p.data.title]));

  const consultations: ConsultationView[] = content.consultations
    .map((k) => {
      const status = consultationStatus(k.data.period, inputs.asOf, k.data.feedback?.publishedOn);
      return {
        ...k,
        status: {
          ...status,
          label: consultationStatusText.label[status.code],
          detail: consultationStatusText.detail(status),
        },
        days: daysBetween(k.data.period.from, k.data.period.to) + 1,
        channels: channelsOf(k.data, settings.contact),
        result: k.data.result ? { id: k.data.result, title: policyTitle.get(k.data.result)! } : undefined,
      };
    })
    .sort((a, b) =>
      a.data.publishedOn < b.data.publishedOn
        ? 1
        : a.data.publishedOn > b.data.publishedOn
          ? -1
          : a.id.localeCompare(b.id),
    );

  const guides: GuideView[] = content.guides
    .map((g) => ({ ...g, issuer: g.data.issuer ?? [settings.organizer] }))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));

  const byId = new Map(content.policies.map((p) => [p.id, p]));
  const interpretationLags = new Map<string, InterpretationLagView>();
  for (const p of content.policies) {
    const target = p.data.interprets ? byId.get(p.data.interprets) : undefined;
    const policyOn = target && releaseDate(target.data);
    const on = releaseDate(p.data);
    const lag = interpretationLag(policyOn, on, settings.disclosure.interpretationLagDays);
    if (lag && policyOn && on) interpretationLags.set(p.id, { ...lag, policyOn, on });
  }

  const index = (n: string | undefined) => n ?? UNNUMBERED;
  const catalogue: CatalogueItem[] = [
    ...content.policies.map((p) => ({
      id: `policy-${p.id}`,
      category: (p.data.interprets ? 'interpretation' : 'policy') as CatalogueCategory,
      indexNumber: index(p.data.indexNumber),
      title: p.data.title,
      summary: p.data.summary ?? [p.data.issuer?.join('、'), p.data.docNumber].filter(Boolean).join(' '),
      date: policyDate(p.data),
      path: policyPath(p.id),
    })),
    ...content.notices.map((n) => ({
      id: `notice-${n.id}`,
      category: 'notice' as const,
      indexNumber: index(n.data.indexNumber),
      title: n.data.title,
      summary: L.noticeSummary(n.data.entries.length, formatDate(n.data.period.from), formatDate(n.data.period.to)),
      date: n.data.publishedOn,
      path: noticePath(n.id),
    })),
    ...content.announcements.map((a) => ({
      id: `announcement-${a.id}`,
      category: 'announcement' as const,
      indexNumber: index(a.data.indexNumber),
      title: a.data.title,
      summary: L.announcementSummary(a.data.clusters.length, a.data.level, actionsText[a.data.action]),
      date: a.data.date,
      path: announcementPath(a.id),
    })),
    ...content.pools.map((p) => ({
      id: `pool-${p.id}`,
      category: 'list' as const,
      indexNumber: UNNUMBERED,
      title: p.data.title,
      summary: L.poolSummary(p.data.entries.length),
      date: p.data.date,
      path: poolPath(p.id),
    })),
    ...content.benchmarks.map((b) => ({
      id: `benchmark-${b.id}`,
      category: 'list' as const,
      indexNumber: UNNUMBERED,
      title: b.data.title,
      summary: L.benchmarkSummary(b.data.year, b.data.clusters.length),
      date: b.data.date,
      path: benchmarkPath(b.id),
    })),
    ...consultations.map((k) => ({
      id: `consultation-${k.id}`,
      category: 'consultation' as const,
      indexNumber: index(k.data.indexNumber),
      title: k.data.title,
      summary: k.data.summary,
      date: k.data.publishedOn,
      path: consultationPath(k.id),
    })),
    ...guides.map((g) => ({
      id: `guide-${g.id}`,
      category: 'guide' as const,
      indexNumber: index(g.data.indexNumber),
      title: g.data.title,
      summary: g.data.summary,
      date: g.data.updatedOn ?? g.data.publishedOn,
      path: guidePath(g.id),
    })),
    // Open data is generated at every build: its 生成日期 is the model's day.
    ...datasets.map((id) => ({
      id: `data-${id}`,
      category: 'data' as const,
      indexNumber: UNNUMBERED,
      title: datasetsText[id].title,
      summary: datasetsText[id].description,
      date: inputs.asOf,
      path: datasetPath(id),
    })),
  ].sort(byDateDesc);

  return { consultations, guides, figures: liveFigures(inputs), interpretationLags, catalogue };
}

/**
 * The site's derived model: validated content with references resolved and
 * every status computed as of one day. Pages render what this exports and
 * compute nothing themselves.
 */
import type { Content, Entry, PolicyEntry } from '../content/validate.ts';
import type { Announcement } from '../schemas/announcement.ts';
import type { Cluster } from '../schemas/cluster.ts';
import { LEVELS, type CalendarDate, type Level } from '../schemas/common.ts';
import type { Notice } from '../schemas/notice.ts';
import type { Policy } from '../schemas/policy.ts';
import type { County, Settings } from '../schemas/settings.ts';
import {
  type ClusterEvent,
  type ClusterStatus,
  type ReviewNotice,
  clusterStatus,
  effectiveDay,
} from '../rules/cluster-status.ts';
import { partialStart } from '../rules/dates.ts';
import { type NoticeStatus, noticeStatus } from '../rules/notice-status.ts';
import { type Successor, type Validity, policyValidity, startOf } from '../rules/validity.ts';
import { policyDate } from '../rules/policy-date.ts';
import { clusterStatusText } from '../i18n/cluster-status.ts';
import { noticeStatusText } from '../i18n/notice-status.ts';
import { validityText } from '../i18n/validity.ts';
import { datasetsText, type DatasetId } from '../i18n/open-data.ts';
import { buildDisclosure, type DisclosureModel } from './disclosure.ts';

/*
 * The rules answer with codes; the model carries each code with its words
 * (src/i18n), so every output of the build words a status the same way.
 * The reader's browser words the codes it recomputes with the same modules.
 */

/** A document's validity, with its name and the sentence that says why. */
export interface ValidityView extends Validity {
  label: string;
  reason: string;
}

/** A cluster's status, with its name. */
export interface ClusterStatusView extends ClusterStatus {
  label: string;
}

/** A notice's status, with its badge text and its sentence. */
export interface NoticeStatusView extends NoticeStatus {
  label: string;
  detail: string;
}

const validityView = (v: Validity): ValidityView => ({
  ...v,
  label: validityText.label[v.code],
  reason: validityText.reason(v),
});
const clusterStatusView = (s: ClusterStatus): ClusterStatusView => ({ ...s, label: clusterStatusText.label[s.code] });
const noticeStatusView = (s: NoticeStatus): NoticeStatusView => ({
  ...s,
  label: noticeStatusText.label[s.code],
  detail: noticeStatusText.detail(s),
});

/** A short reference to an entity, enough to link to it. */
export interface Link {
  id: string;
  title: string;
}

export interface PolicyView extends PolicyEntry {
  validity: ValidityView;
  /** Every document that replaces this one, with the day it takes effect (also future ones, for the in-browser refresh). */
  successors: Successor[];
  /** The day used to order documents: the first day of its date (src/rules/policy-date.ts). */
  sortDate: string;
  /** Documents this one rests on. */
  basis: Link[];
  /** Documents that cite this one as their basis. */
  citedBy: Link[];
  /** Documents this one replaces, and the ones that replace it. */
  supersedes: Link[];
  supersededBy: Link[];
  /** Announcements and notices that cite this document. */
  citedByAnnouncements: Link[];
  citedByNotices: Link[];
  /** Other documents on the site this one names in its text, with the anchor where it does. */
  cites: (Link & { at?: string })[];
  /** Documents whose text names this one, with the anchor in their text. */
  mentionedBy: (Link & { at?: string })[];
  /** The policy this document interprets (政策解读), and the interpretations of this one. */
  interprets?: Link & { validity: ValidityView };
  interpretations: Link[];
}

export interface ClusterView extends Entry<Cluster> {
  countyInfo: County;
  status: ClusterStatusView;
  /** Every announcement naming the cluster, including future-dated ones, oldest first. */
  announcements: Link[];
  /** Notices that propose the cluster. */
  notices: Link[];
}

/** Who an entry of a notice or a pool list names: a cluster with a page, or a candidate by name. */
export interface ListedCluster {
  /** The cluster, when the entry names one by id. */
  cluster?: Link;
  /** The cluster's name, or the candidate's as written. */
  name: string;
  county?: string;
}

export interface NoticeEntryView extends ListedCluster {
  level: Level;
  action: string;
}

export interface NoticeView extends Entry<Notice> {
  status: NoticeStatusView;
  entries: NoticeEntryView[];
  /** The announcement that closes this notice, if one exists (even a future-dated one). */
  outcome?: Link & { date: string };
  basis: Link[];
}

export interface AnnouncementView extends Entry<Announcement> {
  clusters: (Link & { county: string })[];
  closes?: Link;
  basis: Link[];
  /** True once the announcement's date is on or before the as-of day. */
  inEffect: boolean;
}

export interface SiteModel {
  asOf: CalendarDate;
  settings: Settings;
  policies: PolicyView[];
  clusters: ClusterView[];
  notices: NoticeView[];
  announcements: AnnouncementView[];
  /** 意见征集, guide pages, live figures, 三同步 lags and the 公开目录 (disclosure.ts). */
  disclosure: DisclosureModel;
  policy(id: string): PolicyView;
  cluster(id: string): ClusterView;
  notice(id: string): NoticeView;
  announcement(id: string): AnnouncementView;
}

function byId<T extends { id: string }>(list: readonly T[], kind: string): (id: string) => T {
  const map = new Map(list.map((x) => [x.id, x]));
  return (id) => {
    const found = map.get(id);
    // Validation guarantees references resolve; reaching this is a bug, not bad content.
    if (!found) throw new Error(`internal: unknown ${kind} ${id}`);
    return found;
  };
}

const policyLink = (p: Entry<Policy>): Link => ({ id: p.id, title: p.data.title });

/**
 * Resolves an entry of a notice or a pool list: one naming a cluster by id
 * takes the cluster's own name and county; a candidate without a cluster
 * file keeps the name and county written in the entry (validation requires
 * one or the other). `found` is the cluster, for what else a list shows.
 */
export function listedCluster<C extends Entry<Cluster>>(
  entry: { cluster?: string; name?: string; county?: string },
  cluster: (id: string) => C,
): ListedCluster & { found?: C } {
  const found = entry.cluster ? cluster(entry.cluster) : undefined;
  return {
    found,
    cluster: found ? { id: found.id, title: found.data.name } : undefined,
    name: found ? found.data.name : entry.name!,
    county: found ? found.data.county : entry.county,
  };
}

/** Newest first, then by id for a stable order. */
function newestFirst<T extends { id: string }>(list: T[], date: (x: T) => string): T[] {
  return list.sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : a.id.localeCompare(b.id)));
}

export function buildModel(content: Content, asOf: CalendarDate): SiteModel {
  const policyEntry = byId(content.policies, 'policy');
  const clusterEntry = byId(content.clusters, 'cluster');
  const noticeEntry = byId(content.notices, 'notice');

  // Reverse references, indexed once (the model must stay linear in the size of the content).
  const groupBy = <T>(pairs: Iterable<[string, T]>): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const [key, value] of pairs) {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
    return map;
  };
  const supersededByOf = groupBy(
    content.policies.flatMap((q) => q.data.supersedes.map((id) => [id, q] as [string, PolicyEntry])),
  );
  const citedByOf = groupBy(
    content.policies.flatMap((q) => q.data.basis.map((id) => [id, policyLink(q)] as [string, Link])),
  );
  const announcementsCiting = groupBy(
    content.announcements.flatMap((a) =>
      a.data.basis.map((id) => [id, { id: a.id, title: a.data.title }] as [string, Link]),
    ),
  );
  const noticesCiting = groupBy(
    content.notices.flatMap((n) => n.data.basis.map((id) => [id, { id: n.id, title: n.data.title }] as [string, Link])),
  );
  const mentionedByOf = groupBy(
    content.policies.flatMap((q) =>
      q.data.cites.map((c) => [c.policy, { ...policyLink(q), at: c.at }] as [string, Link & { at?: string }]),
    ),
  );
  const interpretationsOf = groupBy(
    content.policies.flatMap((q) => (q.data.interprets ? [[q.data.interprets, policyLink(q)] as [string, Link]] : [])),
  );

  const policies: PolicyView[] = content.policies.map((p) => {
    const successorsOf = supersededByOf.get(p.id) ?? [];
    const successors: Successor[] = successorsOf.flatMap((q) => {
      const from = startOf(q.data);
      return from ? [{ id: q.id, title: q.data.title, from }] : [];
    });
    const d = p.data;
    return {
      ...p,
      validity: validityView(policyValidity(d, asOf, successors)),
      successors,
      // An undated document sorts last.
      sortDate: partialStart(policyDate(d) ?? '1900'),
      basis: d.basis.map((id) => policyLink(policyEntry(id))),
      citedBy: citedByOf.get(p.id) ?? [],
      supersedes: d.supersedes.map((id) => policyLink(policyEntry(id))),
      supersededBy: successorsOf.map(policyLink),
      citedByAnnouncements: announcementsCiting.get(p.id) ?? [],
      citedByNotices: noticesCiting.get(p.id) ?? [],
      cites: d.cites.map((c) => ({ ...policyLink(policyEntry(c.policy)), at: c.at })),
      mentionedBy: mentionedByOf.get(p.id) ?? [],
      interpretations: interpretationsOf.get(p.id) ?? [],
    };
  });
  // An interpretation shows the validity of the document it explains, so resolve it once all are known.
  const policyView = new Map(policies.map((p) => [p.id, p]));
  for (const p of policies) {
    if (!p.data.interprets) continue;
    const target = policyView.get(p.data.interprets)!;
    p.interprets = { id: target.id, title: target.data.title, validity: target.validity };
    // A 政策解读 is in force exactly as long as the document it explains.
    p.validity = { ...target.validity, reason: validityText.interpreted(target.data.title) + target.validity.reason };
  }

  const announcements: AnnouncementView[] = content.announcements.map((a) => ({
    ...a,
    clusters: a.data.clusters.map((id) => {
      const c = clusterEntry(id);
      return { id, title: c.data.name, county: c.data.county };
    }),
    closes: a.data.closes ? { id: a.data.closes, title: noticeEntry(a.data.closes).data.title } : undefined,
    basis: a.data.basis.map((id) => policyLink(policyEntry(id))),
    inEffect: effectiveDay(a.data.date) <= asOf,
  }));
  newestFirst(announcements, (a) => effectiveDay(a.data.date));

  const counties = new Map(content.settings.counties.map((c) => [c.name, c]));
  // Oldest first, so each cluster's events come out in date order.
  const announcementsOf = groupBy(
    [...announcements].reverse().flatMap((a) => a.data.clusters.map((id) => [id, a] as [string, AnnouncementView])),
  );
  const noticesOf = groupBy(
    content.notices.flatMap((n) =>
      [...new Set(n.data.entries.flatMap((e) => (e.cluster ? [e.cluster] : [])))].map(
        (id) => [id, { id: n.id, title: n.data.title }] as [string, Link],
      ),
    ),
  );
  // Entries proposing a review (复核), with the date of the result that closed the notice, if any.
  const closingOfNotice = new Map(
    content.announcements.flatMap((a) => (a.data.closes ? [[a.data.closes, a.data.date] as const] : [])),
  );
  const reviewsOf = groupBy(
    content.notices.flatMap((n) =>
      n.data.entries
        .filter((e) => e.action === '复核' && e.cluster)
        .map(
          (e) =>
            [
              e.cluster!,
              {
                notice: n.id,
                title: n.data.title,
                level: e.level,
                publishedOn: n.data.publishedOn,
                closedOn: closingOfNotice.get(n.id),
              },
            ] as [string, ReviewNotice],
        ),
    ),
  );
  const clusters: ClusterView[] = content.clusters.map((c) => {
    const naming = announcementsOf.get(c.id) ?? [];
    const events: ClusterEvent[] = naming.map((a) => ({
      announcement: a.id,
      title: a.data.title,
      date: a.data.date,
      action: a.data.action,
      level: a.data.level,
      reason: a.data.reason,
      ground: a.data.ground,
      basis: a.data.basis,
    }));
    return {
      ...c,
      countyInfo: counties.get(c.data.county)!,
      status: clusterStatusView(clusterStatus(events, asOf, reviewsOf.get(c.id) ?? [])),
      announcements: naming.map((a) => ({ id: a.id, title: a.data.title })),
      notices: noticesOf.get(c.id) ?? [],
    };
  });
  // Directory order: highest level first, then county order in settings, then name.
  const countyOrder = new Map(content.settings.counties.map((c, i) => [c.name, i]));
  const levelRank = (c: ClusterView) => (c.status.level ? LEVELS.indexOf(c.status.level) : -1);
  clusters.sort(
    (a, b) =>
      levelRank(b) - levelRank(a) ||
      countyOrder.get(a.data.county)! - countyOrder.get(b.data.county)! ||
      a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );

  const closingOf = new Map(announcements.flatMap((a) => (a.data.closes ? [[a.data.closes, a] as const] : [])));
  const notices: NoticeView[] = content.notices.map((n) => {
    const closing = closingOf.get(n.id);
    return {
      ...n,
      status: noticeStatusView(
        noticeStatus(n.data.period, asOf, closing ? { id: closing.id, date: closing.data.date } : undefined),
      ),
      outcome: closing ? { id: closing.id, title: closing.data.title, date: closing.data.date } : undefined,
      entries: n.data.entries.map((e) => {
        const { found: _found, ...listed } = listedCluster(e, clusterEntry);
        return { ...listed, level: e.level, action: e.action };
      }),
      basis: n.data.basis.map((id) => policyLink(policyEntry(id))),
    };
  });
  newestFirst(notices, (n) => n.data.publishedOn);
  newestFirst(policies, (p) => p.sortDate);

  return {
    asOf,
    settings: content.settings,
    policies,
    clusters,
    notices,
    announcements,
    disclosure: buildDisclosure(
      content,
      { asOf, policies, clusters, notices },
      Object.keys(datasetsText) as DatasetId[],
    ),
    policy: byId(policies, 'policy'),
    cluster: byId(clusters, 'cluster'),
    notice: byId(notices, 'notice'),
    announcement: byId(announcements, 'announcement'),
  };
}

/**
 * The Atom feeds: policies, notices, announcements, and one with everything.
 * An entry appears once its date has come (as of the build day); its id is
 * fixed by its kind and file id, and its text holds only facts that do not
 * change with the day, so an entry is never re-announced by a rebuild.
 */
import { feedsText, type FeedId } from '../i18n/open-data.ts';
import { t } from '../i18n/zh.ts';
import { atomXml, type AtomEntry, uuidV5 } from './atom.ts';
import { effectiveDay } from '../rules/cluster-status.ts';
import { formatDate, partialStart } from '../rules/dates.ts';
import type { SiteModel } from '../model/model.ts';
import type { Stamp } from './open-data.ts';
import { announcementPath, feedPage, feedPath, noticePath, policyPath } from '../rules/routes.ts';
import { releaseDate } from '../rules/policy-date.ts';

export const FEED_IDS: FeedId[] = ['all', 'policies', 'notices', 'announcements'];

/** Midnight in Beijing, as RFC 3339: dates are calendar days in Asia/Shanghai. */
const instant = (day: string) => `${day}T00:00:00+08:00`;

interface Dated extends AtomEntry {
  day: string;
  kind: Exclude<FeedId, 'all'>;
}

function entries(model: SiteModel, stamp: Stamp): Dated[] {
  const list: Dated[] = [];
  for (const p of model.policies) {
    const d = p.data;
    // An entry is announced on the day the document was made public; an undated one sorts with its list.
    const day = partialStart(releaseDate(d) ?? p.sortDate);
    const facts = [d.issuer?.join('、'), d.docNumber, d.issuedOn && `${t.policy.issuedOn}${formatDate(d.issuedOn)}`]
      .filter(Boolean)
      .join('　');
    list.push({
      kind: 'policies',
      day,
      id: uuidV5(`policy/${p.id}`),
      title: d.title,
      href: stamp.url(policyPath(p.id)),
      updated: instant(day),
      summary: d.summary ?? facts,
      categories: [feedsText.policies.category, d.kind],
    });
  }
  for (const n of model.notices) {
    const d = n.data;
    const names = n.entries.map((e) => e.name);
    list.push({
      kind: 'notices',
      day: d.publishedOn,
      id: uuidV5(`notice/${n.id}`),
      title: d.title,
      href: stamp.url(noticePath(n.id)),
      updated: instant(d.publishedOn),
      summary: `${t.notice.period}：${formatDate(d.period.from)}${t.notice.through}${formatDate(d.period.to)}。${t.noticeLive.entriesCaption(names.length)}：${names.join('、')}。`,
      categories: [feedsText.notices.category],
    });
  }
  for (const a of model.announcements) {
    const d = a.data;
    const day = effectiveDay(d.date);
    const names = a.clusters.map((c) => c.title);
    list.push({
      kind: 'announcements',
      day,
      id: uuidV5(`announcement/${a.id}`),
      title: d.title,
      href: stamp.url(announcementPath(a.id)),
      updated: instant(day),
      summary: `${[d.docNumber, formatDate(d.date)].filter(Boolean).join('　')}。${d.level}${t.actions[d.action]}（${t.announcement.count(names.length)}）：${names.join('、')}。`,
      categories: [feedsText.announcements.category, t.actions[d.action], d.level],
    });
  }
  // Only what has been published by the as-of day; newest first, then by id so ties are stable.
  return list
    .filter((e) => e.day <= model.asOf)
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface FeedFile {
  id: FeedId;
  path: string;
  title: string;
  body: string;
  bytes: number;
  count: number;
}

/** All four feeds as Atom XML. */
export function feedFiles(model: SiteModel, stamp: Stamp): FeedFile[] {
  const all = entries(model, stamp);
  return FEED_IDS.map((id) => {
    const list = id === 'all' ? all : all.filter((e) => e.kind === id);
    const text = feedsText[id];
    const title = `${text.title} - ${model.settings.siteName}`;
    const body = atomXml({
      id: uuidV5(`feed/${id}`),
      title,
      subtitle: text.subtitle,
      self: stamp.url(feedPath(id)),
      alternate: stamp.url(feedPage(id)),
      author: model.settings.organizer,
      // The newest entry's date, not the clock: an unchanged feed stays byte-identical.
      updated: list[0]?.updated ?? instant(model.asOf),
      entries: list.map(({ day: _day, kind: _kind, ...entry }) => entry),
    });
    return { id, path: feedPath(id), title, body, bytes: Buffer.byteLength(body, 'utf8'), count: list.length };
  });
}

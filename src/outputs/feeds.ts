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
import { formatDate, partialEnd, partialStart, type CalendarDate, type PartialDate } from '../rules/dates.ts';
import { feedDateText } from '../i18n/open-data.ts';
import type { SiteModel } from '../model/model.ts';
import type { Stamp } from './open-data.ts';
import { announcementPath, feedPage, feedPath, feedStylesheetPath, noticePath, policyPath } from '../rules/routes.ts';
import { releaseDate } from '../rules/policy-date.ts';

export const FEED_IDS: FeedId[] = ['all', 'policies', 'notices', 'announcements'];

/** Midnight in Beijing, as RFC 3339: dates are calendar days in Asia/Shanghai. */
const instant = (day: string) => `${day}T00:00:00+08:00`;

interface Dated extends AtomEntry {
  day: string;
  kind: Exclude<FeedId, 'all'>;
}

/** The day this site first published a content file (from git), where known. */
export type FirstPublished = (file: string) => CalendarDate | undefined;

/**
 * The instant an entry carries, and what the summary must add about it. A
 * date known to the day is used as it is. Atom needs a full date, and a
 * date known only to the year or month must not become its first day
 * (2021 is not 2021-01-01): the entry takes the day this site first
 * published the file, from git, and says so; without git history, the last
 * day the partial date can mean, and says that.
 */
function entryDate(
  date: PartialDate,
  file: string,
  firstPublished: FirstPublished,
): { updated: string; note?: string } {
  if (date.length === 10) return { updated: instant(date) };
  const known = formatDate(date);
  const first = firstPublished(file);
  if (first) return { updated: instant(first), note: feedDateText.firstPublished(known, formatDate(first)) };
  const end = partialEnd(date);
  return { updated: instant(end), note: feedDateText.latest(known, formatDate(end)) };
}

const withNote = (summary: string, note: string | undefined) => (note ? `${summary}${note}` : summary);

function entries(model: SiteModel, stamp: Stamp, firstPublished: FirstPublished): Dated[] {
  const list: Dated[] = [];
  for (const p of model.policies) {
    const d = p.data;
    // An entry is announced on the day the document was made public; an undated one sorts with its list.
    const released = releaseDate(d) ?? p.sortDate;
    const day = partialStart(released);
    const { updated, note } = entryDate(released, p.file, firstPublished);
    const facts = [d.issuer?.join('、'), d.docNumber, d.issuedOn && `${t.policy.issuedOn}${formatDate(d.issuedOn)}`]
      .filter(Boolean)
      .join('　');
    list.push({
      kind: 'policies',
      day,
      id: uuidV5(`policy/${p.id}`),
      title: d.title,
      href: stamp.url(policyPath(p.id)),
      updated,
      summary: withNote(d.summary ?? facts, note),
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
    const { updated, note } = entryDate(d.date, a.file, firstPublished);
    const names = a.clusters.map((c) => c.title);
    list.push({
      kind: 'announcements',
      day,
      id: uuidV5(`announcement/${a.id}`),
      title: d.title,
      href: stamp.url(announcementPath(a.id)),
      updated,
      summary: withNote(
        `${[d.docNumber, formatDate(d.date)].filter(Boolean).join('　')}。${d.level}${t.actions[d.action]}（${t.announcement.count(names.length)}）：${names.join('、')}。`,
        note,
      ),
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

/** All four feeds as Atom XML; `firstPublished` dates entries whose own date is partial. */
export function feedFiles(
  model: SiteModel,
  stamp: Stamp,
  firstPublished: FirstPublished = () => undefined,
): FeedFile[] {
  const all = entries(model, stamp, firstPublished);
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
      // Opened in a browser, the feed reads as a Chinese page (src/outputs/feed-view.ts), not raw XML.
      stylesheet: feedStylesheetPath,
    });
    return { id, path: feedPath(id), title, body, bytes: Buffer.byteLength(body, 'utf8'), count: list.length };
  });
}

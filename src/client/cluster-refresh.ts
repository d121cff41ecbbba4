/**
 * Recomputes clusters' statuses in the reader's browser when the static page
 * has aged. Each element carrying a cluster's facts (data-cluster-facts,
 * src/rules/cluster-facts.ts) is recomputed for the page's day
 * (src/client/as-of.ts) with the build's own rules — clusterStatus and
 * clusterTimeline — and worded by the build's own modules: its status badges,
 * its level, the status of each title, and on its page the timeline, whose
 * past and future move with the day. The home page's counts by level are
 * recomputed from every cluster's facts the same way.
 */
import { announcementText } from '../i18n/announcement.ts';
import { clusterStatusText } from '../i18n/cluster-status.ts';
import { revocationGroundsText, timelineText } from '../i18n/timeline.ts';
import { type ClusterCode, CLUSTER_STATUS_TONE, clusterStatus } from '../rules/cluster-status.ts';
import type { ClusterFacts } from '../rules/cluster-facts.ts';
import { clusterTimeline, groundAnchor, TIMELINE_TONE, type TimelineItem } from '../rules/cluster-timeline.ts';
import { formatDate } from '../rules/dates.ts';
import { countByHighestLevel, LEVELS } from '../rules/levels.ts';
import { LEVEL_KEYS } from '../rules/directory.ts';
import { announcementPath, noticePath, policyPath } from '../rules/routes.ts';
import { type PageDays, pageDays, stampAsOf } from './as-of.ts';

function setBadge(el: HTMLElement, code: ClusterCode) {
  el.textContent = clusterStatusText.label[code];
  el.className = `badge badge--${CLUSTER_STATUS_TONE[code]}`;
  el.dataset.status = code;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function para(...children: (Node | string)[]) {
  const p = make('p');
  p.append(...children);
  return p;
}

function link(href: string, text: string) {
  const a = make('a', text);
  a.href = href;
  return a;
}

/** One timeline item, drawn as ClusterTimeline.astro draws it. */
function timelineItem(e: TimelineItem): HTMLLIElement {
  const T = timelineText;
  const li = make('li', undefined, `timeline__item timeline__item--${TIMELINE_TONE[e.kind]}`);
  if (e.future) li.classList.add('timeline__item--future');
  li.dataset.timeline = e.kind;
  const head = make('p', undefined, 'timeline__head');
  const time = make('time', formatDate(e.date));
  time.dateTime = e.date;
  head.append(time, make('strong', T.headline(e)));
  if (!e.announcement) head.append(make('span', T.derived, 'badge badge--muted'));
  if (e.future) head.append(make('span', T.future, 'note'));
  li.append(head);
  if (e.announcement) li.append(para(link(announcementPath(e.announcement.id), e.announcement.title)));
  if (e.notice) li.append(para(`${T.reviewNotice}：`, link(noticePath(e.notice.id), e.notice.title)));
  if (e.kind === 'revoke' && e.ground) {
    const ground = e.groundPolicy
      ? link(policyPath(e.groundPolicy, groundAnchor(e.ground)), T.ground(e.ground))
      : T.ground(e.ground);
    li.append(para(ground, `：${revocationGroundsText[e.ground]}`));
  }
  if (e.kind === 'revoke' && e.reason) li.append(para(`${announcementText.reason}：${e.reason}`));
  for (const note of T.notes(e)) li.append(make('p', note, 'note'));
  return li;
}

function parse(el: HTMLElement, key: 'clusterFacts' | 'clusterCounts'): unknown {
  try {
    return JSON.parse(el.dataset[key] ?? '');
  } catch {
    return undefined;
  }
}

/** Refreshes every cluster on the page for the page's day; returns true when anything was recomputed. */
export function refreshClusters(days: PageDays = pageDays()): boolean {
  if (!days.aged) return false;
  let changed = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-cluster-facts]')) {
    const facts = parse(el, 'clusterFacts') as ClusterFacts | undefined;
    if (!facts) continue;
    const s = clusterStatus(facts.events, days.today, facts.reviews);
    for (const badge of el.querySelectorAll<HTMLElement>('[data-part="status"]')) setBadge(badge, s.code);
    for (const level of el.querySelectorAll<HTMLElement>('[data-part="level"]'))
      level.textContent = s.level ?? level.dataset.none ?? '';
    for (const row of el.querySelectorAll<HTMLElement>('[data-title-level]')) {
      const title = s.titles.find((x) => x.level === row.dataset.titleLevel);
      const badge = row.querySelector<HTMLElement>('[data-part="title-status"]');
      if (title && badge) setBadge(badge, title.code);
    }
    // A directory row: its filter values follow the status, so a filter applied after the refresh agrees with it.
    if (el.dataset.status !== undefined) el.dataset.status = s.code;
    if (el.dataset.level !== undefined) el.dataset.level = LEVEL_KEYS[s.level ?? 'none'];
    const list = el.querySelector<HTMLElement>('[data-part="timeline"]');
    if (list) {
      const items = clusterTimeline(facts.events, days.today, facts.reviews);
      list.replaceChildren(
        ...items.filter((i) => !i.future).map(timelineItem),
        ...items.filter((i) => i.future).map(timelineItem),
      );
    }
    changed = true;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-cluster-counts]')) {
    const all = parse(el, 'clusterCounts') as ClusterFacts[] | undefined;
    if (!all) continue;
    const counts = countByHighestLevel(all.map((f) => ({ status: clusterStatus(f.events, days.today, f.reviews) })));
    for (const { level, count } of counts) {
      const cell = el.querySelector<HTMLElement>(`[data-count-level="${LEVELS.indexOf(level)}"]`);
      if (cell) cell.textContent = String(count);
    }
    changed = true;
  }
  if (changed) stampAsOf(days);
  return changed;
}

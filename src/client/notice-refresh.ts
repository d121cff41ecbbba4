/**
 * Recomputes notices' statuses in the reader's browser when the static page
 * has aged (a notice built as 公示中 must not stay so after its period ends).
 * Each badge carries its notice's period and the date of its result; the
 * status is recomputed for the page's day (src/client/as-of.ts) with the
 * build's rule (src/rules/notice-status.ts) and worded by the build's module.
 * The closest [data-notice-live] element's detail and outcome parts follow;
 * one marked data-show-when (the home page's 正在公示 and 即将开始 lists) is
 * shown only while the notice has that status, and a list left empty gives
 * way to its [data-notice-empty] sentence.
 */
import { noticeStatusText } from '../i18n/notice-status.ts';
import { NOTICE_BADGE_TONE, NOTICE_BANNER_TONE, noticeStatus } from '../rules/notice-status.ts';
import { type PageDays, pageDays, stampAsOf } from './as-of.ts';

/** Refreshes every notice badge on the page for the page's day; returns true when anything was recomputed. */
export function refreshNotices(days: PageDays = pageDays()): boolean {
  if (!days.aged) return false;
  const badges = document.querySelectorAll<HTMLElement>('[data-notice-status][data-period-from]');
  for (const badge of badges) {
    const { periodFrom, periodTo, outcomeDate } = badge.dataset;
    const s = noticeStatus(
      { from: periodFrom!, to: periodTo! },
      days.today,
      outcomeDate ? { id: '', date: outcomeDate } : undefined,
    );
    badge.textContent = noticeStatusText.label[s.code];
    badge.dataset.noticeStatus = s.code;
    badge.className = `badge badge--${NOTICE_BADGE_TONE[s.code]}`;
    const live = badge.closest<HTMLElement>('[data-notice-live]');
    if (!live) continue;
    live.dataset.noticeLive = s.code;
    if (live.dataset.showWhen) live.hidden = live.dataset.showWhen !== s.code;
    const detail = live.querySelector('[data-notice-detail]');
    if (detail) detail.textContent = noticeStatusText.detail(s);
    for (const el of live.querySelectorAll<HTMLElement>('[data-notice-outcome]')) el.hidden = s.code !== 'concluded';
    for (const el of live.querySelectorAll<HTMLElement>('[data-notice-open]')) el.hidden = s.code !== 'open';
    if (live.classList.contains('banner')) {
      for (const c of [...live.classList]) if (c.startsWith('banner--')) live.classList.remove(c);
      live.classList.add(`banner--${NOTICE_BANNER_TONE[s.code]}`);
    }
  }
  // A group of lists (the home page's): each list shows only while it has a visible item, the empty sentence when none has.
  for (const group of document.querySelectorAll<HTMLElement>('[data-notice-group]')) {
    let any = false;
    for (const list of group.querySelectorAll<HTMLElement>('[data-notice-list]')) {
      const shown = [...list.querySelectorAll<HTMLElement>('[data-show-when]')].some((li) => !li.hidden);
      list.hidden = !shown;
      any ||= shown;
    }
    const empty = group.querySelector<HTMLElement>('[data-notice-empty]');
    if (empty) empty.hidden = any;
  }
  if (badges.length > 0) stampAsOf(days);
  return badges.length > 0;
}

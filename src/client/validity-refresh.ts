/**
 * Recomputes 有效性 in the reader's browser. A static page is correct as of
 * the day it was built; when it is read later, every banner and badge that
 * carries its facts (data-validity-facts) is recomputed for today in
 * Asia/Shanghai with the same rules as the build (src/rules/validity.ts),
 * and worded by the same module (src/i18n/validity.ts).
 */
import { validityText } from '../i18n/validity.ts';
import { formatDate } from '../rules/dates.ts';
import { pageDays, stampAsOf } from './as-of.ts';
import { policyPath } from '../rules/routes.ts';
import type { ValidityFacts } from '../rules/validity-facts.ts';
import { isInactive, policyValidity, VALIDITY_TONES, type Validity } from '../rules/validity.ts';

const TONE_CLASSES = Object.values(VALIDITY_TONES);

function setTone(el: HTMLElement, block: 'banner' | 'badge', v: Validity) {
  for (const tone of TONE_CLASSES) el.classList.remove(`${block}--${tone}`);
  el.classList.add(`${block}--${VALIDITY_TONES[v.code]}`);
  el.dataset.validity = v.code;
}

function part(el: HTMLElement, name: string): HTMLElement | null {
  return el.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

function renderBanner(el: HTMLElement, v: Validity, today: string, built: string, prefix = '') {
  setTone(el, 'banner', v);
  part(el, 'title')!.textContent = validityText.banner[v.code];
  part(el, 'reason')!.textContent =
    prefix + validityText.reason(v) + (isInactive(v.code) ? validityText.bannerNote : '');
  const successor = part(el, 'successor');
  const link = successor?.querySelector('a');
  if (successor && link) {
    successor.hidden = !v.successor;
    if (v.successor) {
      link.href = policyPath(v.successor.id);
      link.textContent = `《${v.successor.title}》`;
    }
  }
  part(el, 'as-of')!.textContent = validityText.rechecked(formatDate(today), formatDate(built));
}

/** Refreshes every banner and badge on the page for `now` (defaults to the reader's clock). */
export function refreshValidity(now: Date = new Date()): void {
  // The page's one day (src/client/as-of.ts): only a later day than the build's can change the answer.
  const days = pageDays(now);
  if (!days.aged) return;
  const { today } = days;
  let refreshed = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-validity-facts]')) {
    if (el.dataset.refreshedFor === today) continue;
    let facts: ValidityFacts;
    try {
      facts = JSON.parse(el.dataset.validityFacts ?? '');
    } catch {
      continue;
    }
    const v = policyValidity(facts.input, today, facts.successors);
    if (el.classList.contains('banner')) renderBanner(el, v, today, facts.asOf, facts.reasonPrefix);
    else {
      setTone(el, 'badge', v);
      el.textContent = validityText.label[v.code];
      // A rule's basis (RuleBasis.astro): the statement that its document is no longer in force follows the badge.
      const note = el.closest<HTMLElement>('[data-rule-basis] [data-part="inactive"]');
      if (note) note.hidden = !isInactive(v.code);
    }
    el.dataset.refreshedFor = today;
    refreshed = true;
  }
  if (refreshed) stampAsOf(days);
}

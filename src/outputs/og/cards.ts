/** What each social preview image says, from the site model (drawn by og-image.ts). */
import { t } from '../../i18n/zh.ts';
import { formatDate } from '../../rules/dates.ts';
import type { AnnouncementView, PolicyView } from '../../model/model.ts';
import { FOOTER_SEPARATOR, type OgCard } from './image.ts';
import { policyDate } from '../../rules/policy-date.ts';

/**
 * A policy's card: title, number, issuer and date. Validity is left out on
 * purpose: social sites keep a picture for months, and a status in it would
 * go stale; the page itself says it.
 */
export function policyCard(p: PolicyView, siteName: string): OgCard {
  const d = p.data;
  const date = policyDate(d);
  return {
    site: siteName,
    kind: t.policy.cardKind(d.kind),
    title: d.title,
    footer: [d.docNumber, d.issuer?.join('、'), date && formatDate(date)].filter(Boolean).join(FOOTER_SEPARATOR),
  };
}

export function announcementCard(a: AnnouncementView, siteName: string): OgCard {
  const d = a.data;
  return {
    site: siteName,
    kind: d.sourceKind === 'report' ? t.announcement.cardKindReport : t.announcement.cardKind,
    title: d.title,
    footer: [d.docNumber, d.issuer.join('、'), formatDate(d.date)].filter(Boolean).join(FOOTER_SEPARATOR),
  };
}

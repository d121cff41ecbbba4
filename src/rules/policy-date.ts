/**
 * The dates a policy document is known by, decided once. Lists sort by
 * them, cards and search results show them, checks compare them and feeds
 * announce them; no other place picks among a document's dates.
 */
import type { PartialDate } from './dates.ts';

/** The dates a document may state, any of them possibly only a year or a month. */
export interface PolicyDates {
  /** 成文日期. */
  issuedOn?: PartialDate;
  /** 发布日期. */
  publishedOn?: PartialDate;
  /** 施行日期. */
  effectiveFrom?: PartialDate;
}

/**
 * A policy's date: its 成文日期 (the date the document itself carries), else
 * its 发布日期, else its 施行日期; undefined when it states none. Possibly
 * only a year (issuedOn: 2023).
 */
export function policyDate(d: PolicyDates): PartialDate | undefined {
  return d.issuedOn ?? d.publishedOn ?? d.effectiveFrom;
}

/**
 * When the document was made public: its 发布日期 where the document states
 * one, else its date (policyDate), the nearest fact on file. What a feed
 * entry and the PubDate tag announce, which is a different fact from the
 * day a list sorts it by.
 */
export function releaseDate(d: PolicyDates): PartialDate | undefined {
  return d.publishedOn ?? policyDate(d);
}

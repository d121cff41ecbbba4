/**
 * Atom 1.0 (RFC 4287) documents. Everything in them is derived from content
 * and the as-of day, never from the clock, so a rebuild of the same commit
 * writes the same bytes and readers do not see old entries as new.
 */
import { createHash } from 'node:crypto';
import { escapeMarkup } from '../format/escape.ts';

/**
 * Namespace of this site's entry ids (RFC 4122 name-based UUIDs). Entry ids
 * must never change; a tag: URI needs a domain the site does not have yet
 * (settings.siteUrl is optional), and a URL-based id would change the day
 * the origin is set. So an entry's id is the UUIDv5 of "kind/id" in this
 * namespace, fixed once here. Never change this value.
 */
export const ID_NAMESPACE = '6e6f0793-a08f-4bd0-b80d-ecae797749fa';

/** RFC 4122 version-5 UUID of `name` in `namespace`, as a urn:uuid: IRI. */
export function uuidV5(name: string, namespace: string = ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeMarkup(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

export interface AtomEntry {
  /** A stable IRI (uuidV5 of kind/id). */
  id: string;
  title: string;
  /** Link to the entry's page. */
  href: string;
  /** RFC 3339 instant. */
  updated: string;
  published?: string;
  /** Plain-text summary. */
  summary?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** The HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  author: string;
  /** Latest entry's updated, or the fallback when the feed is empty. */
  updated: string;
  entries: AtomEntry[];
  /** An XSLT stylesheet of this site that browsers apply to show the feed as a page. */
  stylesheet?: string;
}

/** Serialises a feed. Entries are written in the order given. */
export function atomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    ...(feed.stylesheet ? [`<?xml-stylesheet type="text/xsl" href="${xmlEscape(feed.stylesheet)}"?>`] : []),
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.href)}"/>`,
      ...(e.published ? [`    <published>${e.published}</published>`] : []),
      `    <updated>${e.updated}</updated>`,
      ...(e.categories ?? []).map((c) => `    <category term="${xmlEscape(c)}"/>`),
      ...(e.summary ? [`    <summary type="text">${xmlEscape(e.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

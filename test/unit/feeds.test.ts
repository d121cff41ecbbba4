import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { atomXml, uuidV5, xmlEscape } from '../../src/outputs/atom.ts';
import { feedFiles } from '../../src/outputs/feeds.ts';
import { buildModel } from '../../src/model/model.ts';
import type { Stamp } from '../../src/outputs/open-data.ts';
import { urlMaker } from '../../src/model/origin.ts';
import { FIXTURE_SITE } from './fixture-site.ts';

const content = loadContent(FIXTURE_SITE);
const stampFor = (asOf: string): Stamp => ({
  dataVersion: 'unknown',
  asOf,
  publisher: '测试主办单位',
  url: urlMaker(undefined),
});
const feedsAsOf = (asOf: string) => feedFiles(buildModel(content, asOf), stampFor(asOf));
const entries = (xml: string) =>
  [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>\s*<title>([^<]+)<\/title>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map(
    (m) => ({ id: m[1], title: m[2], updated: m[3] }),
  );

describe('entry ids', () => {
  it('are RFC 4122 version-5 UUIDs (checked against the RFC test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      'urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('stay the same on every build day, and differ between entries', () => {
    const early = entries(feedsAsOf('2026-11-24')[0].body);
    const later = entries(feedsAsOf('2027-06-01')[0].body);
    for (const e of early) expect(later.find((l) => l.title === e.title)?.id, e.title).toBe(e.id);
    expect(new Set(early.map((e) => e.id)).size).toBe(early.length);
  });
});

describe('the feeds of the fixture site', () => {
  const feeds = feedsAsOf('2026-11-24');
  const feed = (id: string) => feeds.find((f) => f.id === id)!;

  it('are all, policies, notices and announcements, each listing only its kind', () => {
    expect(feeds.map((f) => f.path)).toEqual([
      '/feeds/all.xml',
      '/feeds/policies.xml',
      '/feeds/notices.xml',
      '/feeds/announcements.xml',
    ]);
    expect(feed('all').count).toBe(feed('policies').count + feed('notices').count + feed('announcements').count);
    expect(feed('notices').body).not.toContain('/announcements/');
  });

  it('leave out what is not yet published on the as-of day, newest first', () => {
    const notices = entries(feed('notices').body);
    expect(notices.map((e) => e.updated)).toEqual([...notices.map((e) => e.updated)].sort().reverse());
    expect(notices.every((e) => e.updated <= '2026-11-24T00:00:00+08:00')).toBe(true);
    const all = entries(feed('all').body);
    expect(feed('all').body).toContain(`<updated>${all[0].updated}</updated>\n  <author>`);
  });

  it('take their dates from content, never the clock', () => {
    expect(feedsAsOf('2026-11-24').map((f) => f.body)).toEqual(feeds.map((f) => f.body));
  });
});

describe('Atom XML', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape('A & B <script>"x"\u0001')).toBe('A &amp; B &lt;script&gt;&quot;x&quot;');
    const xml = atomXml({
      id: uuidV5('feed/x'),
      title: '<b>标题</b>',
      self: '/feeds/x.xml',
      alternate: '/',
      author: '甲&乙',
      updated: '2026-01-01T00:00:00+08:00',
      entries: [
        {
          id: uuidV5('x/1'),
          title: 'a<b',
          href: '/x/?a=1&b=2',
          updated: '2026-01-01T00:00:00+08:00',
          summary: '"引号"',
        },
      ],
    });
    expect(xml).toContain('<title>&lt;b&gt;标题&lt;/b&gt;</title>');
    expect(xml).toContain('href="/x/?a=1&amp;b=2"');
    expect(xml).not.toMatch(/<b>|a<b/);
  });
});

describe('dates the feeds do not invent', () => {
  // A copy of the fixture in which one policy's only date is a year, as some real documents are.
  const yearOnly = {
    ...content,
    policies: content.policies.map((p) =>
      p.id === 'test-measures'
        ? { ...p, data: { ...p.data, issuedOn: '2021', effectiveFrom: undefined, publishedOn: undefined } }
        : p,
    ),
  };
  const entryOf = (xml: string, title: string) =>
    xml.split('<entry>').find((e) => e.includes(`<title>${title}</title>`))!;

  it('dates a year-only document by its first publication on this site, and says so', () => {
    const [all] = feedFiles(buildModel(yearOnly, '2026-11-24'), stampFor('2026-11-24'), (file) =>
      file.endsWith('test-measures.md') ? '2026-05-03' : undefined,
    );
    const entry = entryOf(all.body, '测试特色产业集群管理办法（试行）');
    expect(entry).toContain('<updated>2026-05-03T00:00:00+08:00</updated>');
    expect(entry).not.toContain('2021-01-01');
    expect(entry).toContain('原文日期只知到2021年；本条目的日期是本站首次发布它的日期2026年5月3日。');
  });

  it('without git history, takes the last day the year can mean, and says so', () => {
    const [all] = feedFiles(buildModel(yearOnly, '2026-11-24'), stampFor('2026-11-24'));
    const entry = entryOf(all.body, '测试特色产业集群管理办法（试行）');
    expect(entry).toContain('<updated>2021-12-31T00:00:00+08:00</updated>');
    expect(entry).toContain('原文日期只知到2021年；本条目的日期按该期间的最后一天2021年12月31日记。');
  });

  it('keeps a full date as it is, with no note', () => {
    const [all] = feedFiles(buildModel(content, '2026-11-24'), stampFor('2026-11-24'), () => '2026-05-03');
    const entry = entryOf(all.body, '测试特色产业集群管理办法（试行）');
    expect(entry).not.toContain('原文日期只知到');
    expect(entry).not.toContain('2026-05-03');
  });

  it('names the site’s own XSLT view, so a browser shows a Chinese page', () => {
    const [all] = feedsAsOf('2026-11-24');
    expect(all.body.split('\n')[1]).toBe('<?xml-stylesheet type="text/xsl" href="/feeds/feed.xsl"?>');
  });
});

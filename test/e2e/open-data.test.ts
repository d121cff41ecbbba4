import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { dataPageText } from '../../src/i18n/open-data.ts';
import { parseCsv } from '../../src/format/csv.ts';
import { useBrowser } from './browser.ts';
import { axeViolations } from './axe.ts';

const real = inject('seedUrl');
const fixture = inject('fixtureUrl');
const newPage = useBrowser();
const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

describe('the open-data page', () => {
  it('is reached from the footer and lists every file with its real size', async () => {
    const page = await newPage();
    await page.goto(`${real}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: '开放数据和订阅' }).click();
    await page.waitForURL(/\/data\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('开放数据和订阅');
    const table = page.getByRole('table', { name: '特色产业集群名录：文件' });
    const rows = await table.getByRole('row').all();
    const listed: string[] = [];
    for (const row of rows.slice(1)) {
      const link = row.getByRole('link');
      const href = (await link.getAttribute('href'))!;
      const size = await row.getByRole('cell').nth(1).textContent();
      expect(size, href).toBe(dataPageText.bytes((await bytes(real + href)).length));
      listed.push(href);
    }
    expect(listed).toEqual(['/data/registry.csv', '/data/registry.json', '/data/registry.schema.json']);
    await expect(
      page
        .getByRole('table', { name: '历年年末名单' })
        .getByRole('link', { name: 'registry-2022-12-31.csv' })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('code.data-version').textContent()).resolves.toMatch(/^[0-9a-f]{40}(-modified)?$/);
  });

  it('links each dataset to its data dictionary', async () => {
    const page = await newPage();
    await page.goto(`${real}/data/`);
    await page.getByRole('link', { name: '公布名单目录：数据字典' }).click();
    await page.waitForURL(/\/data\/announcements\/$/);
    const fields = page.getByRole('table', { name: '公布名单目录：字段' });
    await expect(fields.getByRole('row', { name: /docNumber/ }).textContent()).resolves.toContain('发文字号');
    await expect(fields.getByRole('row').count()).resolves.toBe(18);
  });

  it('has no axe violations', async () => {
    const page = await newPage();
    for (const path of ['/data/', '/data/registry/', '/data/policies/']) {
      await page.goto(real + path);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
});

describe('the data files', () => {
  it('are CSV that opens in Excel with Chinese intact: a UTF-8 byte-order mark first', async () => {
    for (const name of ['registry', 'announcements', 'policies', 'registry-2025-12-31']) {
      const response = await fetch(`${real}/data/${name}.csv`);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const body = new Uint8Array(await response.arrayBuffer());
      expect([...body.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(body)).toMatch(/^集群编号,集群名称|^公布编号,标题|^文件编号,标题/);
    }
  });

  it('carry no formula a spreadsheet would run, even from hostile content', async () => {
    const hostile = inject('hostileUrl');
    for (const name of ['registry', 'announcements', 'policies']) {
      const rows = parseCsv(await (await fetch(`${hostile}/data/${name}.csv`)).text());
      const cells = rows.flat();
      expect(
        cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
        name,
      ).toEqual([]);
      if (name === 'registry') expect(cells).toContain("'=CMD|' /C calc'!A0");
    }
  });

  it('are JSON that validates against the JSON Schema the site publishes', async () => {
    for (const site of [real, fixture]) {
      for (const [file, schema] of [
        ['registry', 'registry'],
        ['announcements', 'announcements'],
        ['policies', 'policies'],
        ['registry-2024-12-31', 'registry'],
      ]) {
        const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
          await (await fetch(`${site}/data/${schema}.schema.json`)).json(),
        );
        const data = await (await fetch(`${site}/data/${file}.json`)).json();
        expect(validate(data), `${site} ${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(data.asOf).toBe(file.startsWith('registry-') ? '2024-12-31' : '2026-11-24');
      }
    }
  });
});

describe('the Atom feeds', () => {
  it('are announced in the head of every page, with the section’s own feed on its list', async () => {
    const page = await newPage();
    const feeds = async (path: string) => {
      await page.goto(real + path);
      return page
        .locator('head link[rel="alternate"][type="application/atom+xml"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    };
    await expect(feeds('/')).resolves.toEqual(['/feeds/all.xml']);
    await expect(feeds('/policies/')).resolves.toEqual(['/feeds/all.xml', '/feeds/policies.xml']);
    await expect(feeds('/notices/')).resolves.toEqual(['/feeds/all.xml', '/feeds/notices.xml']);
    await expect(feeds('/announcements/')).resolves.toEqual(['/feeds/all.xml', '/feeds/announcements.xml']);
  });

  it('are well-formed Atom that a browser’s XML parser reads, each entry with id, title, link and date', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/`);
    for (const id of ['all', 'policies', 'notices', 'announcements']) {
      const xml = await (await fetch(`${fixture}/feeds/${id}.xml`)).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent;
        const root = doc.documentElement;
        const entries = [...root.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((e) => ({
          id: e.getElementsByTagName('id')[0]?.textContent,
          title: e.getElementsByTagName('title')[0]?.textContent,
          href: e.getElementsByTagName('link')[0]?.getAttribute('href'),
          updated: e.getElementsByTagName('updated')[0]?.textContent,
        }));
        return { error, root: `${root.namespaceURI} ${root.localName}`, entries };
      }, xml);
      expect(parsed.error, id).toBeUndefined();
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(parsed.entries.length, id).toBeGreaterThan(0);
      for (const e of parsed.entries) {
        expect(e.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(e.title).toBeTruthy();
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
        expect((await fetch(fixture + e.href!)).status, e.href!).toBe(200);
      }
    }
  });
});

describe('a moved page', () => {
  it('sends the reader from the old address to the new one', async () => {
    const page = await newPage();
    await page.goto(`${fixture}/clusters/test-old-alpha/`);
    await page.waitForURL(/\/clusters\/test-alpha\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('东昌府区测试轴承集群');
    const html = await (await fetch(`${fixture}/clusters/test-old-alpha/`)).text();
    expect(html).toContain('<link rel="canonical" href="/clusters/test-alpha/">');
  });
});

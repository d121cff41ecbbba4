/**
 * Content that tries to inject markup, scripts, javascript: URLs or
 * spreadsheet formulas (test/fixtures/hostile) is shown as inert text on
 * every page of the built site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readSitemap } from '../../scripts/build-steps/sitemap.ts';
import { useBrowser } from './browser.ts';

const url = inject('hostileUrl');
const dir = inject('hostileDir');
const newPage = useBrowser();

/** Every file of the built site as text; Pagefind's gzip-compressed index files unpacked. */
function siteTexts(root: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        let text = bytes.toString('utf8');
        try {
          text = gunzipSync(bytes).toString('utf8');
        } catch {
          // not compressed
        }
        out.push([path.slice(root.length), text]);
      }
    }
  };
  walk(root);
  return out;
}

describe('scheduled publishing', () => {
  it('an announcement dated after the as-of day is on no page, list, feed, data file or search index', () => {
    const files = siteTexts(dir);
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.filter(([, text]) => text.includes('待发布公布QZXJ') || text.includes('scheduled-result'));
    expect(leaks.map(([path]) => path)).toEqual([]);
    // The same build publishes the announcement dated before the as-of day.
    expect(files.some(([path]) => path.startsWith('/announcements/hostile-announcement/'))).toBe(true);
  });
});

describe('hostile content', () => {
  it('never runs: no dialog, no inline script, no event handler, no javascript: link on any page', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      await d.dismiss();
    });
    const found: string[] = [];
    for (const path of readSitemap(dir)) {
      await page.goto(url + path);
      const bad = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) {
            if (attr.startsWith('on')) out.push(`<${el.tagName.toLowerCase()} ${attr}>`);
            // A named <meta> (Keywords, policy:topics …) holds text for machines, never a link the browser follows.
            if (el.tagName === 'META' && attr === 'content' && el.hasAttribute('name')) continue;
            const value = el.getAttribute(attr) ?? '';
            if (/^\s*(java|vb)script:/i.test(value)) out.push(`<${el.tagName.toLowerCase()} ${attr}="${value}">`);
          }
        }
        for (const s of document.querySelectorAll('script:not([src])'))
          out.push(`inline script: ${s.textContent?.slice(0, 40)}`);
        // The site's own build-time charts (BarChart.astro, data-site-chart) are the only SVG allowed in main.
        for (const tag of ['iframe', 'svg:not([data-site-chart])', 'style', 'img[src="x"]'])
          if (document.querySelector(`main ${tag}`)) out.push(`injected ${tag}`);
        return out;
      });
      found.push(...bad.map((b) => `${path}: ${b}`));
    }
    expect(found).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the markup as the literal text it is', async () => {
    const page = await newPage();
    await page.goto(`${url}/clusters/hostile-a/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "<script>alert('name')</script>冠县集群",
    );
    await page.goto(`${url}/clusters/hostile-b/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "莘县集群</td></tr></table><script>alert('b')</script>",
    );
    await page.goto(`${url}/policies/hostile-policy/`);
    await expect(page.title()).resolves.toContain("<script>alert('title')</script>管理办法");
  });

  it('escapes it in the HTML source', () => {
    const html = readFileSync(join(dir, 'clusters/hostile-a/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;冠县集群');
    // Inside a quoted attribute value (<meta content="…">) a "<" is plain text; everywhere else it must be escaped.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x|<svg|<iframe/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSite } from '../../scripts/check-site.ts';

describe('the built-HTML lint', () => {
  it('finds each kind of problem in a deliberately broken site', async () => {
    const report = await checkSite(new URL('../fixtures/built', import.meta.url).pathname);
    const found = report.problems.map((p) => `${p.page} [${p.rule}] ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '/ [third-party] <script src="https://cdn.example.com/x.js"> loads from another origin',
        '/ [fragment] <a href="/a/#第九条">: no element with id "第九条" in /a/',
        '/ [link] <a href="/missing/"> points to /missing/, which does not exist',
        '/a/ [link] <img src="/nope.png"> points to /nope.png, which does not exist',
        '/a/, /b/ [title] 2 pages share the title "重复的标题"',
        '/b/ [html-validate/no-implicit-close] 10:13 Element <p> is implicitly closed by parent </div>',
      ]),
    );
    expect(found.some((f) => f.includes('第一条'))).toBe(false);
    expect(report.externalLinks).toBe(1);
  });
});

import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeUrlsPlugin } from '../../src/markdown/safe-urls.ts';

describe('safe URLs in rendered Markdown', () => {
  it('accepts web, mail, phone, site-relative and fragment URLs', () => {
    for (const url of [
      'https://www.gov.cn/',
      'http://example.com/a',
      'mailto:a@b.cn',
      'tel:0635',
      '/policies/x/',
      '#第一条',
      'a/b',
      '../c',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses scripts and documents, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html,<script>x</script>',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });

  it('strips them from links and images, keeping the text', async () => {
    const { html } = await markdownToHtml('[点此](javascript:alert(1)) ![图](data:text/html,x) [本站](/about/)', {
      hastPlugins: [safeUrlsPlugin],
    });
    expect(html).toBe('<p><a>点此</a> <img alt="图"> <a href="/about/">本站</a></p>\n');
  });
});

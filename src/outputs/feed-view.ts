/**
 * The XSLT stylesheet every feed names (<?xml-stylesheet?>): a browser that
 * opens a feed shows a Chinese page — what the feed is, how to subscribe,
 * and its entries linked — instead of raw XML under an English banner. Feed
 * readers ignore it. Served from our own origin, with a CSS file of our own,
 * so the site's Content-Security-Policy holds.
 */
import { feedViewText as V } from '../i18n/open-data.ts';
import { xmlEscape } from './atom.ts';
import { feedStylesPath, paths } from '../rules/routes.ts';

/** The stylesheet as text; `siteName` titles the page. */
export function feedViewXsl(siteName: string): string {
  const x = xmlEscape;
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/a:feed">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="a:title"/></title>
        <link rel="stylesheet" href="${x(feedStylesPath)}"/>
      </head>
      <body>
        <main>
          <p class="site"><a href="${x(paths.home)}">${x(siteName)}</a></p>
          <h1><xsl:value-of select="a:title"/></h1>
          <p class="about">${x(V.what)}<xsl:value-of select="a:subtitle"/>。</p>
          <p class="about">${x(V.how)}</p>
          <h2>${x(V.entries)}（<xsl:value-of select="count(a:entry)"/>）</h2>
          <ol>
            <xsl:for-each select="a:entry">
              <li>
                <h3><a href="{a:link[@rel='alternate']/@href}"><xsl:value-of select="a:title"/></a></h3>
                <p class="meta">${x(V.updated)}：<xsl:value-of select="concat(substring(a:updated, 1, 4), '${x(V.year)}', number(substring(a:updated, 6, 2)), '${x(V.month)}', number(substring(a:updated, 9, 2)), '${x(V.day)}')"/>
                  <xsl:for-each select="a:category"> · <xsl:value-of select="@term"/></xsl:for-each></p>
                <p><xsl:value-of select="a:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
          <p><a href="{a:link[@rel='alternate']/@href}">${x(V.back)}</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}

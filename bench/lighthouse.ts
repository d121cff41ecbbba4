/**
 * Lighthouse scores for the main page types of a built site, in Debian's
 * Chromium (a measurement, not a test):
 *
 *   npm run bench:lighthouse            # builds nothing; serves dist/
 *   npm run bench:lighthouse -- .tmp/e2e/real
 *
 * Prints performance, accessibility, best-practices and SEO per page, using
 * Lighthouse's desktop preset (no simulated phone throttling of a 2-core VM
 * that would mostly measure the VM).
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM } from '../scripts/browser.ts';
import { serveStatic } from '../scripts/static-server.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const PAGES: [string, string][] = [
  ['首页', '/'],
  ['政策文件列表', '/policies/'],
  ['政策文件（长文）', '/policies/new-old-kinetic-energy-plan-2018-2022/'],
  ['政策文件（管理办法）', '/policies/cluster-management-measures-2021/'],
  ['集群名录', '/clusters/'],
  ['集群页面', '/clusters/shenxian-green-food-processing/'],
  ['公布', '/announcements/2022-municipal-clusters/'],
  ['公示列表', '/notices/'],
  ['关于本站', '/about/'],
];

const { server, url } = await serveStatic(dir);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, desktop preset, ${dir}`,
);
console.log(['page', ...categories].join(' | '));
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(
      url + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      desktopConfig,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no result for ${path}`);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(
      `${name} ${path} | ${scores.join(' | ')}${failing.length ? `   (failing: ${failing.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  server.close();
}

/**
 * Screenshots pages of a running site, for people to look at:
 *   node scripts/screenshot.ts http://127.0.0.1:4321 /policies/x/ [/other/ …]
 * Writes PNGs to .tmp/screens/ (width 1280 and 390 for each path).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser.ts';

const [base, ...paths] = process.argv.slice(2);
mkdirSync('.tmp/screens', { recursive: true });
const browser = await launchBrowser();
for (const width of [1280, 390]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(base + path);
    const name = (path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home') + `-${width}.png`;
    await page.screenshot({ path: `.tmp/screens/${name}`, fullPage: process.env.FULL === '1' });
    console.log(`.tmp/screens/${name}`);
  }
  await context.close();
}
await browser.close();

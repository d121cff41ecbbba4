/** One browser per test file; each test gets a fresh page. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';

/** `options` overrides the context settings for one page, e.g. { javaScriptEnabled: false }. */
export function useBrowser(
  viewport = { width: 1280, height: 900 },
): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
    return context.newPage();
  };
}

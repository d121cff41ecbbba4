/**
 * The one accessibility check of the e2e suite: axe-core over the page as it
 * stands, with the WCAG 2.2 AA rule set the site promises (docs/quality.md).
 * Each violation is one line naming the rule and the elements, prefixed by
 * `label` (usually the path), so that a failing test lists every problem at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const prefix = label ? `${label}: ` : '';
  return violations.map((v) => `${prefix}${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

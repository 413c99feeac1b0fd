import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

/** WCAG 2.2 level AA, as axe tags it: each version's A and AA rules. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Waits for a page's heading and for its loaders to finish, so axe reads what a person reads. */
export async function settle(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
  // Mantine's transitions (modals, toasts) and the charts' first paint take up to a few hundred ms.
  await page.waitForTimeout(400);
}

/**
 * Runs axe over the whole document (dialogs and toasts are portalled to <body>) and records, as a
 * soft failure, every serious or critical violation with the elements it was found on.
 */
export async function expectNoSeriousViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  // One line per page: the figures the accessibility work is measured by.
  const elements = blocking.reduce((sum, violation) => sum + violation.nodes.length, 0);
  console.log(`axe ${label}: ${blocking.length} serious or critical rules broken on ${elements} elements (${violations.length} rules in all)`);
  const described = blocking.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect.soft(described, `serious or critical axe violations on ${label}`).toEqual([]);
}

/** Opens an address, waits for it to settle and checks it. */
export async function visitAndCheck(page: Page, path: string, label = path) {
  await page.goto(path);
  await settle(page);
  // Landmarks are "moderate" for axe, but a page without its main one has nothing to skip to.
  await expect.soft(page.getByRole('main'), `${label} has one main landmark`).toHaveCount(1);
  await expectNoSeriousViolations(page, label);
}

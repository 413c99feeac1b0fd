import { type Page, expect } from '@playwright/test';

/** Opens the Account page through the main navigation (behind the burger at phone width). */
export async function openAccount(page: Page) {
  const burger = page.getByRole('button', { name: 'Open navigation' });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
}

/** The list on the Sessions card. */
export function sessionList(page: Page) {
  return page.getByRole('region', { name: 'Sessions' }).getByRole('list', { name: 'Your sessions' });
}

import { type Locator, type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'onward-demo-password';

/** Logs a demo person in through the form and waits for their home page. */
export async function logInAsDemo(page: Page, key: string, firstName: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${key}@northwind.example`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${firstName}` })).toBeVisible();
}

/** Opens a page of the main navigation and waits for its heading. */
export async function openFromNav(page: Page, link: string, heading = link) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/**
 * Picks an option of a Mantine Select or MultiSelect by the field's label. A MultiSelect's own
 * input sits under its pills box, which takes the click (as it does for a person), hence `force`.
 */
export async function pick(scope: Page | Locator, page: Page, label: string, option: string, { multiple = false } = {}) {
  await scope.getByRole('combobox', { name: label }).click({ force: multiple });
  await page.getByRole('option', { name: option }).click();
}

/** The row of the team table for one report. */
export const teamRow = (page: Page, name: string) => page.getByRole('table', { name: 'Direct reports' }).getByRole('row', { name: new RegExp(name) });

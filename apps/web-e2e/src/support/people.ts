import { type Page, expect } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

/** A name and email nobody has used in this database yet. */
export function uniquePerson(first: string, last: string) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `${first} ${last}`, firstName: first, email: `${first.toLowerCase()}.${tag}@e2e.example` };
}

/** Fills the signup form and waits for the new admin's home page. */
export async function signUp(page: Page, admin: { name: string; firstName: string; email: string }, organizationName: string) {
  await page.goto('/signup');
  await page.getByLabel('Organization name').fill(organizationName);
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${admin.firstName}` })).toBeVisible();
}

/** Logs in through the form and waits for the home page. */
export async function logIn(page: Page, person: { email: string; firstName: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${person.firstName}` })).toBeVisible();
}

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

/** As an admin on the People page: sets someone's manager through the edit dialog. */
export async function setManager(page: Page, personName: string, managerName: string) {
  await page.getByRole('button', { name: `Actions for ${personName}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${personName}` });
  await dialog.getByLabel('Manager').click();
  await dialog.getByLabel('Manager').fill(managerName.split(' ')[0]);
  await page.getByRole('option', { name: managerName }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: new RegExp(personName) })).toContainText(managerName);
}

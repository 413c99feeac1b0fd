import { expect, test, type Browser, type Page } from '@playwright/test';
import { logInAsDemo, MAYA, PRIYA } from './support/roles';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The number in the bell's name ("Inbox: 3 open nudges"). */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.getByRole('banner').getByRole('link', { name: /^Inbox/ }).getAttribute('aria-label')) ?? '';
  const match = /(\d+) open nudge/.exec(name);
  return match ? Number(match[1]) : 0;
}

const bellSaying = (page: Page, count: number) =>
  page.getByRole('banner').getByRole('link', { name: count === 0 ? 'Inbox: no open nudges' : `Inbox: ${count} open ${count === 1 ? 'nudge' : 'nudges'}` });

/** Picks a filter of the inbox, by the label the segmented control shows. */
async function showOnly(page: Page, label: string): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Show nudges' }).getByText(label, { exact: true }).click();
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
}

/** Priya, in a browser of her own, adds a role (through the API her page uses) and shares it from its page. */
async function priyaShares(browser: Browser, title: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInAsDemo(page, PRIYA);
  const created = await page.request.post('/graphql', {
    data: { query: 'mutation ($input: CreateInterestingRoleInput!) { createInterestingRole(input: $input) { id } }', variables: { input: { title } } },
  });
  const { data } = (await created.json()) as { data: { createInterestingRole: { id: string } } };
  await page.goto(`/roles/${data.createInterestingRole.id}`);
  await page.getByRole('button', { name: 'Share with Maya Okafor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with Maya Okafor' });
  await dialog.getByRole('button', { name: 'Share with Maya' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Sharing' })).toContainText('Shared with your current manager, Maya Okafor');
  await context.close();
}

test('a role Priya shares shows on Maya’s open page, bell and “Needs attention”, then in her inbox, without a reload', async ({ page, browser }) => {
  const title = `Staff Engineer at Wonka ${unique()}`;
  const sentence = `Priya Raman shared “${title}” with you.`;
  await logInAsDemo(page, MAYA);
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('list', { name: 'Open nudges' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /^Inbox: \d+ open nudges?$/ })).toBeVisible();
  const before = await bellCount(page);
  // Survives only as long as the page is not loaded again.
  await page.evaluate('window.stillTheSamePage = true');

  await priyaShares(browser, title);

  await expect(bellSaying(page, before + 1)).toBeVisible();
  await expect(attention.getByRole('list', { name: 'Open nudges' }).getByRole('listitem').first()).toContainText(sentence);
  await expect(attention.getByRole('link', { name: /in your inbox|Open your inbox/ })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: /^Inbox/ }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  const item = page.getByRole('list', { name: 'Open nudges' }).getByRole('listitem').filter({ hasText: sentence });
  await expect(item).toBeVisible();
  await expect(item.getByRole('link', { name: 'Open the role' })).toHaveAttribute('href', /^\/roles\//);
  expect(await page.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);

  // And while the inbox is open, the next share arrives in it too.
  const next = `Principal Engineer at Wonka ${unique()}`;
  await priyaShares(browser, next);
  await expect(page.getByRole('list', { name: 'Open nudges' }).getByRole('listitem').first()).toContainText(`Priya Raman shared “${next}” with you.`);
  await expect(bellSaying(page, before + 2)).toBeVisible();
  expect(await page.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
});

test('Maya snoozes one nudge until a day and dismisses another; each moves to its list and the bell counts down', async ({ page, browser }) => {
  const snoozed = `Staff Engineer at Gringotts ${unique()}`;
  const dismissed = `Staff Engineer at Ollivanders ${unique()}`;
  await priyaShares(browser, snoozed);
  await priyaShares(browser, dismissed);
  await logInAsDemo(page, MAYA);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  const open = page.getByRole('list', { name: 'Open nudges' });
  const itemAbout = (title: string) => open.getByRole('listitem').filter({ hasText: title });
  await expect(itemAbout(snoozed)).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /^Inbox: \d+ open nudges?$/ })).toBeVisible();
  const before = await bellCount(page);

  await test.step('snooze until the 15th of next month, with the date picker', async () => {
    await itemAbout(snoozed).getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('menuitem', { name: 'Until a date…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snooze until a date' });
    await dialog.getByRole('button', { name: 'Comes back on' }).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    const now = new Date();
    const day = new Date(now.getFullYear(), now.getMonth() + 1, 15);
    const dayName = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(day);
    await page.getByRole('button', { name: dayName, exact: true }).click();
    await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(itemAbout(snoozed)).toHaveCount(0);
    await expect(bellSaying(page, before - 1)).toBeVisible();
    await showOnly(page, 'Snoozed');
    const item = page.getByRole('list', { name: 'Snoozed nudges' }).getByRole('listitem').filter({ hasText: snoozed });
    const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(day);
    await expect(item).toContainText(`snoozed until ${shown}`);
  });

  await test.step('dismiss the other', async () => {
    await showOnly(page, 'Open');
    await itemAbout(dismissed).getByRole('button', { name: 'Dismiss' }).click();
    await expect(itemAbout(dismissed)).toHaveCount(0);
    await expect(bellSaying(page, before - 2)).toBeVisible();
    await showOnly(page, 'Dismissed');
    await expect(page.getByRole('list', { name: 'Dismissed nudges' }).getByRole('listitem').filter({ hasText: dismissed })).toContainText('dismissed');
  });
});

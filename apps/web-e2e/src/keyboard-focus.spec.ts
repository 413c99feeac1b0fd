import { type Page, expect, test } from '@playwright/test';
import { graphqlAs } from './support/dashboards';
import { logInAsDemo, openFromNav } from './support/growth';

// Where keyboard focus goes: the skip link first, the page's heading after a navigation, and
// somewhere on the page (not <body>) after a dialog whose trigger went away.

/** The focused element's tag (the e2e project has no DOM types: the script is a string). */
const focusedTag = (page: Page) => page.evaluate<string>('document.activeElement ? document.activeElement.tagName : "none"');

test('the skip link comes first, navigation focuses the new heading, a closed dialog leaves focus on the page', async ({ page }) => {
  await test.step('on the log-in page, the first Tab shows "Skip to main content", which moves to the main landmark', async () => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Log in to Onward', level: 1 })).toBeVisible();
    // On first load focus stays where the browser puts it.
    expect(await focusedTag(page)).toBe('BODY');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL(/\/login$/);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Email')).toBeFocused();
  });

  await test.step('going to another page focuses its heading', async () => {
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  await logInAsDemo(page, 'priya', 'Priya');
  await test.step('signing in lands on the home page heading', async () => {
    await expect(page.getByRole('heading', { name: 'Hello, Priya', level: 1 })).toBeFocused();
  });

  await test.step('in the app, the skip link is first too and a menu link focuses the page heading', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Hello, Priya', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await openFromNav(page, 'My roles');
    await expect(page.getByRole('heading', { name: 'My roles', level: 1 })).toBeFocused();
  });

  await test.step('after sharing a role, focus goes to the Sharing section rather than falling to <body>', async () => {
    // A role of its own, so that the demo roles other specs read stay as they are.
    const { createInterestingRole } = await graphqlAs<{ createInterestingRole: { id: string } }>(
      page,
      'mutation ($input: CreateInterestingRoleInput!) { createInterestingRole(input: $input) { id } }',
      { input: { title: `Platform Engineer at Focus Works ${Date.now().toString(36)}` } },
    );
    await page.goto(`/roles/${createInterestingRole.id}`);
    await page.getByRole('button', { name: 'Share with Maya Okafor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with Maya Okafor' });
    await dialog.getByRole('button', { name: 'Share with Maya' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Sharing', level: 2 })).toBeFocused();
  });
});

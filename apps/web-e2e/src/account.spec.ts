import { expect, test } from '@playwright/test';
import { openAccount, sessionList } from './support/account';
import { logIn, signUp, uniquePerson } from './support/people';

const PHONE_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test('a person sees where they are signed in and signs another browser out', async ({ page, browser }) => {
  const admin = uniquePerson('Katherine', 'Johnson');
  await signUp(page, admin, `Trajectories ${Date.now()}`);

  const phone = await browser.newContext({ userAgent: PHONE_AGENT, viewport: { width: 390, height: 844 } });
  const phonePage = await phone.newPage();
  await logIn(phonePage, admin);

  await test.step('the Sessions card lists this device first, then the phone', async () => {
    await openAccount(page);
    const items = sessionList(page).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('This device');
    await expect(items.nth(1)).toContainText('Safari on iPhone');
  });

  await test.step('signing the phone out ends its session there', async () => {
    await page.getByRole('button', { name: /^Sign out Safari on iPhone/ }).click();
    await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();
    await phonePage.reload();
    await expect(phonePage).toHaveURL(/\/login/);
  });

  await test.step('at phone width the card fits the screen', async () => {
    await logIn(phonePage, admin);
    await openAccount(phonePage);
    await expect(sessionList(phonePage).getByRole('listitem').first()).toContainText('Safari on iPhone');
    expect(await phonePage.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });
  await phone.close();
});

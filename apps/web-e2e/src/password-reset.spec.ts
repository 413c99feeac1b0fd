import { expect, test } from '@playwright/test';
import { linkInMail } from './support/mail';
import { PASSWORD, signUp, uniquePerson } from './support/people';

const NEW_PASSWORD = 'a new passphrase, long enough';

test('someone who forgot their password gets a link by email, chooses a new one and is signed out everywhere', async ({ page, browser }) => {
  const admin = uniquePerson('Grace', 'Hopper');
  await signUp(page, admin, `Compilers ${Date.now()}`);
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();

  await test.step('the login page links to a form that answers without telling who has an account', async () => {
    await otherPage.goto('/login');
    await otherPage.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(otherPage.getByRole('heading', { name: 'Forgot your password?', level: 1 })).toBeVisible();
    await otherPage.getByLabel('Email').fill(admin.email);
    await otherPage.getByRole('button', { name: 'Send me a reset link' }).click();
    await expect(otherPage.getByRole('status')).toContainText(`If an Onward account uses ${admin.email}, we have sent it a link`);
  });

  const link = await linkInMail(admin.email, 'Reset your Onward password', /http:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/);

  await test.step('the link sets a new password and leads to the login page', async () => {
    await otherPage.goto(link);
    await expect(otherPage.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
    await otherPage.getByLabel('New password').fill(NEW_PASSWORD);
    await otherPage.getByRole('button', { name: 'Save the new password' }).click();
    await expect(otherPage).toHaveURL(/\/login\?password=changed$/);
    await expect(otherPage.getByRole('status')).toContainText('Your password is changed and you were signed out everywhere');
  });

  await test.step('the first browser was signed out, and only the new password works', async () => {
    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { name: `Hello, ${admin.firstName}` })).toBeVisible();
  });

  await test.step('the link works once', async () => {
    await otherPage.goto(link);
    await otherPage.getByLabel('New password').fill('yet another long passphrase');
    await otherPage.getByRole('button', { name: 'Save the new password' }).click();
    await expect(otherPage.getByRole('heading', { name: 'This reset link has been used', level: 1 })).toBeVisible();
  });
  await elsewhere.close();
});

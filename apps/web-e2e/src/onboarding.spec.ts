import { expect, test } from '@playwright/test';
import { PASSWORD, signUp, uniquePerson } from './support/people';

test('an admin signs up, invites a person, and becomes their manager', async ({ page, browser }) => {
  const admin = uniquePerson('Ada', 'Lovelace');
  const invitee = uniquePerson('Grace', 'Hopper');
  const organizationName = `Analytical Engines ${Date.now()}`;

  await test.step('sign up a new organization', async () => {
    await signUp(page, admin, organizationName);
    await expect(page.getByRole('heading', { name: `Hello, ${admin.firstName}`, level: 1 })).toBeVisible();
    // Nobody reports to a new admin yet: no empty "Your direct reports" section.
    await expect(page.getByRole('heading', { name: 'Your direct reports' })).toHaveCount(0);
  });

  let invitationPath = '';
  await test.step('invite a person from the people page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Invite person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a person' });
    await dialog.getByLabel('Email').fill(invitee.email);
    await dialog.getByLabel('Name').fill(invitee.name);
    await dialog.getByLabel('Title').fill('Senior Software Engineer');
    await dialog.getByRole('button', { name: 'Create invitation' }).click();

    const link = page.getByRole('dialog').getByLabel('Invitation link');
    await expect(link).toHaveValue(/\/invite\/.+/);
    invitationPath = new URL(await link.inputValue()).pathname;
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: new RegExp(invitee.name) })).toContainText('Invited');
  });

  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await test.step('the invited person accepts with a password', async () => {
    await inviteePage.goto(invitationPath);
    await expect(inviteePage.getByRole('heading', { name: `Join ${organizationName} on Onward` })).toBeVisible();
    await expect(inviteePage.getByLabel('Email')).toHaveValue(invitee.email);
    await expect(inviteePage.getByLabel('Your name')).toHaveValue(invitee.name);
    await inviteePage.getByLabel('Password').fill(PASSWORD);
    await inviteePage.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(inviteePage.getByRole('heading', { name: `Hello, ${invitee.firstName}` })).toBeVisible();
    await expect(inviteePage.getByRole('region', { name: 'Your manager' })).toContainText('You have no manager in Onward yet');
  });

  await test.step('the admin makes themselves the manager of the invited person', async () => {
    await page.getByRole('button', { name: `Actions for ${invitee.name}` }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${invitee.name}` });
    await dialog.getByLabel('Manager').click();
    await dialog.getByLabel('Manager').fill('Ada');
    await page.getByRole('option', { name: admin.name }).click();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: new RegExp(invitee.name) })).toContainText(admin.name);
  });

  await test.step("the invited person's home shows the admin as their manager", async () => {
    await inviteePage.reload();
    await expect(inviteePage.getByRole('region', { name: 'Your manager' })).toContainText(admin.name);
  });

  await test.step("the admin's home lists the invited person as a direct report", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const reports = page.getByRole('list', { name: 'Direct reports' });
    await expect(reports.getByRole('listitem')).toHaveCount(1);
    await expect(reports).toContainText(invitee.name);
    await expect(reports).toContainText('Senior Software Engineer');
    // The name leads to the report's page.
    await reports.getByRole('link', { name: invitee.name }).click();
    await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: invitee.name, level: 1 })).toBeVisible();
  });

  await inviteeContext.close();
});

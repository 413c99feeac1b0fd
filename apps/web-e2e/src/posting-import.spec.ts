import { expect, test } from '@playwright/test';
import { logInAsDemo, PRIYA } from './support/roles';

/** Text as a person copies it from LinkedIn's job view, chrome included (an invented company). */
const LINKEDIN_PASTE = `Brightwave Labs
Share
Senior Backend Engineer
London, England, United Kingdom · Reposted 3 days ago · Over 100 applicants
£70K/yr - £85K/yr
Hybrid
Full-time
Easy Apply
Save
About the job
Brightwave Labs builds pricing software for small energy suppliers.
Show less`;

test('a report fills a role from a board’s text, and a link that cannot be read stays on the form', async ({ page }) => {
  await logInAsDemo(page, PRIYA);
  await page.goto('/roles/new');
  await expect(page.getByRole('heading', { name: 'Add a role', level: 1 })).toBeVisible();

  await test.step('pasted text from a job board fills the fields, without the board’s buttons', async () => {
    await page.getByLabel('Job posting').fill(LINKEDIN_PASTE);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The form is filled from the posting' })).toContainText('in the pasted text');
    await expect(page.getByLabel('Job title')).toHaveValue('Senior Backend Engineer');
    await expect(page.getByLabel('Company')).toHaveValue('Brightwave Labs');
    await expect(page.getByLabel('Location')).toHaveValue('London, England, United Kingdom (hybrid)');
    await expect(page.getByLabel('Can be done remotely')).not.toBeChecked();
    await expect(page.getByLabel('Salary from')).toHaveValue('70,000');
    await expect(page.getByLabel('Salary to')).toHaveValue('85,000');
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Brightwave Labs builds pricing software for small energy suppliers.');
  });

  await test.step('a link to a private address is refused in words, and kept as the role’s link', async () => {
    await page.getByRole('tab', { name: 'From a link' }).click();
    const link = 'http://10.0.0.7/jobs/42';
    await page.getByLabel('Link to the job page').fill(link);
    await page.getByRole('button', { name: 'Read the page' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Onward could not read this page' });
    await expect(alert).toContainText('private, local or reserved network address');
    await expect(alert).toContainText('The link is kept on the form below.');
    await expect(page.getByLabel('Link to the posting')).toHaveValue(link);
    // What was read before stays.
    await expect(page.getByLabel('Job title')).toHaveValue('Senior Backend Engineer');
  });
});

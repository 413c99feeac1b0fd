import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousViolations, settle, visitAndCheck } from './support/axe';
import { graphqlAs } from './support/dashboards';
import { logInAsDemo } from './support/growth';

// Every page each persona of the demo organization (apps/api/src/seed) can reach, checked with axe
// against WCAG 2.2 AA; any serious or critical violation fails. Dana is the admin (and a leader),
// Nora a leader, Maya a manager with debriefs and conversations, Priya a report who keeps roles.

/** Switches every chart card of a dashboard to its table (Mantine hides the radios behind labels). */
async function showTables(page: Page) {
  const toTable = page.getByRole('radio', { name: 'Table' });
  for (let i = 0; i < (await toTable.count()); i += 1) {
    await toTable.nth(i).locator('xpath=ancestor::*[contains(@class, "mantine-SegmentedControl-control")][1]').getByText('Table', { exact: true }).click();
  }
  await expect(page.getByRole('table').first()).toBeVisible();
}

test.describe('axe finds no serious or critical WCAG 2.2 AA violation', () => {
  // Each axe pass takes a second or two on a shared machine, and a persona has up to a dozen pages.
  test.describe.configure({ timeout: 180_000 });

  test('on the signed-out pages', async ({ page }) => {
    for (const path of ['/login', '/signup', '/forgot-password', '/reset-password/not-a-real-token', '/invite/not-a-real-token', '/no-such-page']) {
      await visitAndCheck(page, path);
    }
    await test.step('a refused log-in', async () => {
      await page.goto('/login');
      await page.getByLabel('Email').fill('nobody@northwind.example');
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoSeriousViolations(page, '/login (refused)');
    });
  });

  test('for a report', async ({ page }) => {
    await logInAsDemo(page, 'priya', 'Priya');
    await expectNoSeriousViolations(page, 'report /');
    for (const path of ['/roles', '/roles/new', '/growth', '/account', '/admin/ladder', '/admin/people', '/no-such-page']) {
      await visitAndCheck(page, path, `report ${path}`);
    }
    const { myInterestingRoles } = await graphqlAs<{ myInterestingRoles: { edges: { node: { id: string; isShared: boolean } }[] } }>(
      page,
      'query { myInterestingRoles(first: 50) { edges { node { id isShared } } } }',
    );
    const roles = myInterestingRoles.edges.map((edge) => edge.node);
    const shared = roles.find((role) => role.isShared);
    const privateRole = roles.find((role) => !role.isShared);
    if (shared) await visitAndCheck(page, `/roles/${shared.id}`, 'report /roles/:id (shared)');
    expect(privateRole, 'Priya keeps a role she has not shared').toBeDefined();
    await visitAndCheck(page, `/roles/${privateRole!.id}`, 'report /roles/:id (private)');
    await test.step('the share dialog', async () => {
      await page.getByRole('button', { name: /^Share with/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.waitForTimeout(300);
      await expectNoSeriousViolations(page, 'report share dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    });
    await test.step('at phone width, with the navigation open', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await visitAndCheck(page, '/', 'report / (390 px)');
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.waitForTimeout(300);
      await expectNoSeriousViolations(page, 'report navigation (390 px)');
    });
  });

  test('for a manager, on their pages', async ({ page }) => {
    await logInAsDemo(page, 'maya', 'Maya');
    await expectNoSeriousViolations(page, 'manager /');
    for (const path of ['/inbox', '/shared', '/team', '/growth', '/roles', '/account', '/admin/ladder']) {
      await visitAndCheck(page, path, `manager ${path}`);
    }
  });

  test('for a manager, on a report’s records and the dashboards', async ({ page }) => {
    await logInAsDemo(page, 'maya', 'Maya');
    const { me } = await graphqlAs<{ me: { directReports: { id: string; name: string }[] } }>(page, 'query { me { directReports { id name } } }');
    const priya = me.directReports.find((report) => report.name === 'Priya Raman');
    expect(priya).toBeDefined();
    await visitAndCheck(page, `/team/${priya!.id}`, 'manager /team/:reportId');
    await visitAndCheck(page, `/team/${priya!.id}/debriefs/new`, 'manager new debrief');
    await visitAndCheck(page, `/team/${priya!.id}/conversations/new`, 'manager new conversation');

    let debriefId: string | undefined;
    let conversationId: string | undefined;
    for (const report of me.directReports) {
      const records = await graphqlAs<{ debriefs: { id: string }[]; conversations: { id: string }[] }>(
        page,
        'query ($id: ID!) { debriefs(reportId: $id) { id } conversations(reportId: $id) { id } }',
        { id: report.id },
      );
      debriefId ??= records.debriefs[0]?.id;
      conversationId ??= records.conversations[0]?.id;
    }
    expect(debriefId, 'Maya has held a debrief').toBeDefined();
    expect(conversationId, 'Maya has held a conversation').toBeDefined();
    await visitAndCheck(page, `/debriefs/${debriefId}`, 'manager /debriefs/:id');
    await visitAndCheck(page, `/debriefs/${debriefId}/edit`, 'manager /debriefs/:id/edit');
    await visitAndCheck(page, `/conversations/${conversationId}`, 'manager /conversations/:id');

    const { sharedWithMe } = await graphqlAs<{ sharedWithMe: { edges: { node: { id: string } }[] } }>(page, 'query { sharedWithMe(first: 1) { edges { node { id } } } }');
    await visitAndCheck(page, `/roles/${sharedWithMe.edges[0].node.id}`, 'manager shared role');

    for (const path of ['/dashboards/team', '/dashboards/outside']) {
      await visitAndCheck(page, path, `manager ${path} (charts)`);
      await showTables(page);
      await expectNoSeriousViolations(page, `manager ${path} (tables)`);
    }
  });

  test('for a leader', async ({ page }) => {
    await logInAsDemo(page, 'nora', 'Nora');
    await expectNoSeriousViolations(page, 'leader /');
    await visitAndCheck(page, '/dashboards/org', 'leader /dashboards/org (charts)');
    await showTables(page);
    await expectNoSeriousViolations(page, 'leader /dashboards/org (tables)');
    await visitAndCheck(page, '/dashboards/outside', 'leader /dashboards/outside');
    await visitAndCheck(page, '/team', 'leader /team');
  });

  test('for an admin', async ({ page }) => {
    await logInAsDemo(page, 'dana', 'Dana');
    await expectNoSeriousViolations(page, 'admin /');
    for (const path of ['/admin/people', '/admin/import', '/admin/ladder', '/admin/settings', '/dashboards/org', '/dashboards/outside']) {
      await visitAndCheck(page, path, `admin ${path}`);
    }
    await test.step('the invite dialog', async () => {
      await page.goto('/admin/people');
      await settle(page);
      await page.getByRole('button', { name: 'Invite person' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.waitForTimeout(300);
      await expectNoSeriousViolations(page, 'admin invite dialog');
      await page.keyboard.press('Escape');
    });
    await test.step('a toast', async () => {
      await page.goto('/admin/settings');
      await settle(page);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Settings saved.')).toBeVisible();
      await page.waitForTimeout(300);
      await expectNoSeriousViolations(page, 'admin toast');
    });
  });
});

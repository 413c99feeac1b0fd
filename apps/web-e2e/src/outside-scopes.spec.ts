import { expect, test } from '@playwright/test';
import { card, tableOf } from './support/dashboards';
import { logInAsDemo, openFromNav } from './support/growth';

// Demo data (apps/api/src/seed): Nora leads Rhea, Mateo and Ulla, who manage teams of their own;
// Dana, an admin, leads everyone. Over a subtree the figures are many people's, so a company is
// named only when at least five different people debriefed about it.

test('a leader switches the outside perspective between their team and everyone under them; an admin’s is the whole organization', async ({ page, browser }, testInfo) => {
  await logInAsDemo(page, 'nora', 'Nora');
  await openFromNav(page, 'Outside perspective');
  const scope = page.getByRole('radiogroup', { name: 'Whose debriefs' });

  await test.step('her team first, with the choice of everyone under her', async () => {
    await expect(scope.getByRole('radio', { name: 'My team' })).toBeChecked();
    await expect(scope.getByRole('radio', { name: 'Everyone under me' })).not.toBeChecked();
  });

  await test.step('everyone under her: figures under the anonymity threshold, companies named by five people or more', async () => {
    // Mantine's SegmentedControl hides its radio inputs behind their labels.
    await scope.getByText('Everyone under me', { exact: true }).click();
    await expect(page).toHaveURL(/scope=subtree/);
    await expect(page.getByText('across everyone under you', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('These figures are about many people')).toBeVisible();
    const companies = await tableOf(page, 'Companies');
    expect(companies[0]).toEqual(['Company', 'Debriefs', 'Different people']);
    const named = companies.slice(1).filter(([name]) => name !== 'Other companies' && name !== 'No company known');
    for (const [, , people] of named) expect(Number(people)).toBeGreaterThanOrEqual(5);
    expect(companies.slice(1).map(([name]) => name)).toContain('Other companies');
    await page.screenshot({ path: testInfo.outputPath('outside-subtree-1280.png'), fullPage: true });
  });

  await test.step('the keyboard moves the choice back to her team', async () => {
    await scope.getByRole('radio', { name: 'Everyone under me' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(scope.getByRole('radio', { name: 'My team' })).toBeChecked();
    await expect(page).not.toHaveURL(/scope=/);
  });

  await test.step('at phone width nothing sticks out sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dashboards/outside?scope=subtree');
    await expect(card(page, 'Companies')).toBeVisible();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('outside-subtree-390.png'), fullPage: true });
  });

  const danaContext = await browser.newContext();
  const dana = await danaContext.newPage();
  await test.step('Dana, an admin, sees the whole organization', async () => {
    await logInAsDemo(dana, 'dana', 'Dana');
    await openFromNav(dana, 'Outside perspective');
    const danaScope = dana.getByRole('radiogroup', { name: 'Whose debriefs' });
    await danaScope.getByText('Whole organization', { exact: true }).click();
    await expect(danaScope.getByRole('radio', { name: 'Whole organization' })).toBeChecked();
    await expect(dana.getByText('across the organization', { exact: false }).first()).toBeVisible();
    await expect(card(dana, 'Companies')).toBeVisible();
  });
  await danaContext.close();
});

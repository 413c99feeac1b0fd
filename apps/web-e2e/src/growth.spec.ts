import { expect, test } from '@playwright/test';
import { logInAsDemo, openFromNav, pick, teamRow } from './support/growth';

// Demo data (apps/api/src/seed): Maya manages Priya, whose last interview practice was over a year
// ago (overdue), and who shares "Staff Software Engineer, Payments" at Lumen Pay with Maya.
const ROLE = 'Staff Software Engineer, Payments · Lumen Pay';
const PRIYA_ITEM = `Practise capacity estimates out loud ${Date.now().toString(36)}`;
const MAYA_ITEM = 'Book a mock system-design round with Chen';

test('a manager debriefs a report on a shared role; the report completes an item; the report becomes covered', async ({ page, browser }) => {
  await test.step('Maya sees Priya overdue on My team', async () => {
    await logInAsDemo(page, 'maya', 'Maya');
    await openFromNav(page, 'My team');
    await expect(teamRow(page, 'Priya Raman')).toContainText('Overdue');
    await expect(page.getByRole('status').filter({ hasText: /of 5 covered/ })).toBeVisible();
  });

  await test.step('she opens Priya and starts a debrief', async () => {
    await teamRow(page, 'Priya Raman').getByRole('link', { name: 'Priya Raman', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Priya Raman', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'New debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief with Priya Raman', level: 1 })).toBeVisible();
  });

  await test.step('she fills the debrief, linked to the shared role, with two action items', async () => {
    const form = page.getByRole('form', { name: 'Debrief' });
    await pick(form, page, 'Shared role', ROLE);
    await pick(form, page, 'Outcome', 'Interviewing');
    await form.getByLabel('What went well').fill('A crisp story about the ledger migration.');
    await form.getByLabel('What could have gone better').fill('Rushed the capacity estimates.');
    await form.getByLabel('Third-party feedback').fill('The panel read her as close to staff.');
    await pick(form, page, 'Assessed level', 'Staff (IC4)');
    await form.getByLabel('Their word for it').fill('Staff');
    await pick(form, page, 'Stages, in order', 'Recruiter screen', { multiple: true });
    await page.getByRole('option', { name: 'System design' }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('Number of stages').fill('4');
    await form.getByRole('combobox', { name: 'Themes' }).fill('payments');
    await page.keyboard.press('Enter');
    await form.getByRole('radiogroup', { name: 'Interviewers were prepared' }).getByRole('radio', { name: '4' }).check();
    await form.getByRole('radiogroup', { name: 'Treated with respect' }).getByRole('radio', { name: '5' }).check();

    await form.getByRole('button', { name: 'Add an action item' }).click();
    const first = form.getByRole('group', { name: 'Action item 1' });
    await first.getByLabel('What to do').fill(PRIYA_ITEM);
    await first.getByRole('radio', { name: 'Priya' }).check();
    await first.getByLabel('Due').fill('2030-01-15');
    await form.getByRole('button', { name: 'Add an action item' }).click();
    const second = form.getByRole('group', { name: 'Action item 2' });
    await second.getByLabel('What to do').fill(MAYA_ITEM);
    await second.getByRole('radio', { name: 'Me' }).check();

    await form.getByRole('button', { name: 'Save debrief' }).click();
  });

  await test.step('the debrief page shows it, level-set against her current level', async () => {
    await expect(page.getByRole('heading', { name: 'Debrief with Priya Raman', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: ROLE })).toHaveAttribute('href', /^\/roles\//);
    const levelSetting = page.getByRole('region', { name: 'Level-setting' });
    await expect(levelSetting).toContainText('Read externally as Staff; here Senior (IC3)');
    await expect(levelSetting).toContainText('Read above current level');
    await expect(page.getByRole('list', { name: 'Stages, in order' })).toContainText('1. Recruiter screen');
    await expect(page.getByRole('region', { name: 'Candidate experience' })).toContainText('4 of 5');
    const items = page.getByRole('list', { name: 'Open: Action items' });
    await expect(items.getByRole('checkbox', { name: PRIYA_ITEM })).not.toBeChecked();
    await expect(items.getByRole('listitem').filter({ hasText: PRIYA_ITEM })).toContainText('For Priya Raman');
    await expect(items.getByRole('listitem').filter({ hasText: MAYA_ITEM })).toContainText('For you');
  });

  const priyaContext = await browser.newContext();
  const priya = await priyaContext.newPage();
  await test.step('Priya finds the debrief on My growth and completes her action item', async () => {
    await logInAsDemo(priya, 'priya', 'Priya');
    await openFromNav(priya, 'My growth');
    await expect(priya.getByRole('region', { name: 'Interview practice' })).toContainText('Covered');
    const history = priya.getByRole('list', { name: 'Debriefs and conversations' });
    await expect(history.getByRole('link', { name: `Debrief about ${ROLE}` })).toBeVisible();

    const open = priya.getByRole('list', { name: 'Open: Your action items' });
    await expect(open.getByRole('listitem').filter({ hasText: PRIYA_ITEM })).toContainText('For you');
    // Ticked, it leaves the open list for the done one (so `check()`, which waits on it, does not fit).
    await open.getByRole('checkbox', { name: PRIYA_ITEM }).click();
    await expect(open.getByRole('checkbox', { name: PRIYA_ITEM })).toHaveCount(0);

    await priya.getByRole('button', { name: /^Show \d+ done$/ }).click();
    await expect(priya.getByRole('list', { name: 'Done: Your action items' }).getByRole('checkbox', { name: PRIYA_ITEM })).toBeChecked();

    await history.getByRole('link', { name: `Debrief about ${ROLE}` }).click();
    await expect(priya.getByRole('heading', { name: 'Your debrief', level: 1 })).toBeVisible();
    await expect(priya.getByRole('link', { name: 'Edit debrief' })).toHaveCount(0);
  });

  await test.step('Maya sees the item done and Priya covered', async () => {
    await page.reload();
    await page.getByRole('button', { name: /^Show \d+ done$/ }).click();
    await expect(page.getByRole('list', { name: 'Done: Action items' }).getByRole('checkbox', { name: PRIYA_ITEM })).toBeChecked();
    await openFromNav(page, 'My team');
    await expect(teamRow(page, 'Priya Raman')).toContainText('Covered');
    await expect(teamRow(page, 'Priya Raman')).not.toContainText('Overdue');
  });

  await priyaContext.close();
});

test('a satisfaction conversation from a same-level role does not count as practice; its items carry over', async ({ page }) => {
  const item = `Ask Jonas about the platform roadmap ${Date.now().toString(36)}`;
  await logInAsDemo(page, 'maya', 'Maya');
  await openFromNav(page, 'My team');
  await expect(teamRow(page, 'Jonas Becker')).toContainText('Overdue');

  await teamRow(page, 'Jonas Becker').getByRole('link', { name: 'Conversation with Jonas Becker' }).click();
  await expect(page.getByRole('heading', { name: 'Conversation with Jonas Becker', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Conversation' });
  await pick(form, page, 'Kind of conversation', 'Satisfaction');
  await pick(form, page, 'Shared role', 'Senior Platform Engineer · Northstar Cloud');
  await form.getByLabel('What keeps you here?').fill('The team, and owning the build system.');
  await form.getByLabel('Notes').fill('Pay came up; follow up with HR.');
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByRole('group', { name: 'Action item 1' }).getByLabel('What to do').fill(item);
  await form.getByRole('group', { name: 'Action item 1' }).getByRole('radio', { name: 'Me' }).check();
  await form.getByRole('button', { name: 'Save conversation' }).click();

  await expect(page.getByRole('heading', { name: 'Satisfaction conversation with Jonas Becker', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Senior Platform Engineer · Northstar Cloud' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('The team, and owning the build system.');

  await page.getByRole('link', { name: 'Back to Jonas' }).click();
  await expect(page.getByRole('heading', { name: 'Jonas Becker', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Debriefs and conversations' })).toContainText('Satisfaction conversation about Senior Platform Engineer');
  await expect(page.getByRole('list', { name: 'Open: Action items' }).getByRole('checkbox', { name: item })).toBeVisible();

  await page.getByRole('link', { name: 'Hold a conversation' }).click();
  await expect(page.getByRole('region', { name: 'Carried over: open action items' }).getByRole('checkbox', { name: item })).not.toBeChecked();
  await openFromNav(page, 'My team');
  await expect(teamRow(page, 'Jonas Becker')).toContainText('Overdue');
});

test('a manager corrects a debrief', async ({ page }) => {
  await logInAsDemo(page, 'maya', 'Maya');
  await openFromNav(page, 'My team');
  await teamRow(page, 'Leo Martins').getByRole('link', { name: 'Leo Martins', exact: true }).click();
  await page.getByRole('list', { name: 'Debriefs and conversations' }).getByRole('link', { name: /^Debrief about Senior Software Engineer/ }).click();
  await expect(page.getByRole('region', { name: 'Level-setting' })).toContainText('Read externally as Software Engineer II (IC2 on our ladder); here Mid-level (IC2)');

  await page.getByRole('link', { name: 'Edit debrief' }).click();
  const form = page.getByRole('form', { name: 'Debrief' });
  await form.getByLabel('Their word for it').fill('');
  await form.getByLabel('What could have gone better').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { name: 'Debrief with Leo Martins', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Level-setting' })).toContainText('Read externally as Mid-level; here Mid-level (IC2)');
  await expect(page.getByRole('region', { name: 'How it went' })).toContainText('Nothing recorded.');
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the team is a list of cards and the debrief form fits', async ({ page }) => {
    await logInAsDemo(page, 'maya', 'Maya');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await openFromNav(page, 'My team');
    const team = page.getByRole('list', { name: 'Direct reports' });
    await expect(team.getByRole('listitem')).toHaveCount(5);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await team.getByRole('link', { name: 'Debrief with Amara Nwosu' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief with Amara Nwosu', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Add an action item' }).click();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });
});

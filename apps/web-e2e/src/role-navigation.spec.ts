import { expect, test, type Page } from '@playwright/test';
import { graphqlAs } from './support/dashboards';
import { logInAsDemo, MAYA, PRIYA } from './support/roles';

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

interface Created {
  id: string;
  stretch: string;
}

/** Priya keeps a role (at her own level when `sameLevel`), shared with Maya unless `private`. */
async function keepRole(page: Page, input: { title: string; company: string }, options: { sameLevel?: boolean; private?: boolean } = {}): Promise<Created> {
  const { createInterestingRole } = await graphqlAs<{ createInterestingRole: Created }>(
    page,
    'mutation ($input: CreateInterestingRoleInput!) { createInterestingRole(input: $input) { id stretch } }',
    { input },
  );
  let role = createInterestingRole;
  if (options.sameLevel) {
    const { me } = await graphqlAs<{ me: { level: { key: string } } }>(page, '{ me { level { key } } }');
    const { setInterestingRoleLevel } = await graphqlAs<{ setInterestingRoleLevel: Created }>(
      page,
      'mutation ($id: ID!, $levelKey: String) { setInterestingRoleLevel(id: $id, levelKey: $levelKey) { id stretch } }',
      { id: role.id, levelKey: me.level.key },
    );
    role = setInterestingRoleLevel;
  }
  if (!options.private) await graphqlAs(page, 'mutation ($id: ID!) { shareInterestingRole(id: $id) { id } }', { id: role.id });
  return role;
}

test('a manager sees a report’s shared roles on their page, filters “Shared with me” and edits her comment', async ({ page, browser }) => {
  const tag = tagOf();
  await logInAsDemo(page, PRIYA);
  const same = await keepRole(page, { title: `Senior Engineer ${tag}`, company: `Harbor Labs ${tag}` }, { sameLevel: true });
  const other = await keepRole(page, { title: `Principal Engineer ${tag}`, company: `Quarry Systems ${tag}` });
  expect(same.stretch).toBe('SAME_LEVEL');
  expect(other.stretch).not.toBe('SAME_LEVEL');

  const mayaContext = await browser.newContext();
  const maya = await mayaContext.newPage();
  await logInAsDemo(maya, MAYA);

  await test.step('Priya’s page lists the roles she shares with Maya, new, with stretch and status', async () => {
    await maya.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
    await maya.getByRole('link', { name: 'Priya Raman' }).first().click();
    await expect(maya.getByRole('heading', { name: 'Priya Raman', level: 1 })).toBeVisible();
    const section = maya.getByRole('region', { name: 'Roles Priya shares with you' });
    const entry = section.getByRole('listitem').filter({ hasText: `Harbor Labs ${tag}` });
    await expect(entry).toContainText('Same level');
    await expect(entry).toContainText('Considering');
    await expect(entry.getByText('New', { exact: true })).toBeVisible();
    await expect(entry.getByRole('link', { name: `Senior Engineer ${tag}` })).toHaveAttribute('href', `/roles/${same.id}`);
    await expect(section.getByRole('listitem').filter({ hasText: `Quarry Systems ${tag}` })).toBeVisible();
  });

  const inbox = () => maya.getByRole('list', { name: 'Roles shared with me' });
  await test.step('“Shared with me” narrows to Priya, then to same-level roles, in the address, with the count of new ones', async () => {
    await maya.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shared with me' }).click();
    await expect(maya.getByRole('heading', { name: 'Shared with me', level: 1 })).toBeVisible();
    await expect(maya.getByText(/^\d+ new$/)).toBeVisible();
    await maya.getByRole('combobox', { name: 'Person' }).click();
    await maya.getByRole('option', { name: 'Priya Raman' }).click();
    await expect(maya).toHaveURL(/[?&]person=/);
    await maya.getByRole('combobox', { name: 'Stretch' }).click();
    await maya.getByRole('option', { name: 'Same level' }).click();
    await expect(maya).toHaveURL(/[?&]stretch=SAME_LEVEL/);
    await expect(inbox()).toContainText(`Harbor Labs ${tag}`);
    await expect(inbox()).not.toContainText(`Quarry Systems ${tag}`);
    for (const item of await inbox().getByRole('listitem').all()) await expect(item).toContainText('Priya Raman');
    await maya.reload();
    await expect(maya.getByRole('combobox', { name: 'Stretch' })).toHaveValue('Same level');
    await expect(inbox().getByRole('listitem').filter({ hasText: `Harbor Labs ${tag}` }).getByText('New', { exact: true })).toBeVisible();
    await inbox().getByRole('link', { name: `Senior Engineer ${tag}` }).click();
  });

  await test.step('Maya comments, edits her comment in place (marked edited), then deletes it after confirming', async () => {
    await expect(maya.getByRole('heading', { name: `Senior Engineer ${tag}`, level: 1 })).toBeVisible();
    const thread = maya.getByRole('region', { name: 'Thread' });
    await thread.getByLabel('Your comment').fill(`First thought ${tag}`);
    await thread.getByRole('button', { name: 'Post comment' }).click();
    const comments = thread.getByRole('list', { name: 'Comments' });
    await expect(comments).toContainText(`First thought ${tag}`);
    await comments.getByRole('button', { name: 'Edit this comment' }).click();
    const editor = comments.getByRole('form', { name: 'Editing a comment' });
    await editor.getByLabel('Comment text').fill(`Second thought ${tag}`);
    await editor.getByRole('button', { name: 'Save comment' }).click();
    await expect(comments).toContainText(`Second thought ${tag}`);
    await expect(comments).toContainText('(edited)');
    await maya.reload();
    await expect(maya.getByRole('region', { name: 'Thread' }).getByRole('list', { name: 'Comments' })).toContainText('(edited)');
    await maya.getByRole('region', { name: 'Thread' }).getByRole('button', { name: 'Delete this comment' }).click();
    const confirm = maya.getByRole('dialog', { name: 'Delete this comment?' });
    await confirm.getByRole('button', { name: 'Delete comment' }).click();
    await expect(maya.getByRole('region', { name: 'Thread' })).toContainText('No comments yet.');
  });

  await test.step('back in the filtered inbox the opened role is no longer new', async () => {
    await maya.goBack();
    await expect(maya).toHaveURL(/stretch=SAME_LEVEL/);
    await expect(inbox().getByRole('listitem').filter({ hasText: `Harbor Labs ${tag}` })).toBeVisible();
    await expect(inbox().getByRole('listitem').filter({ hasText: `Harbor Labs ${tag}` }).getByText('New', { exact: true })).toHaveCount(0);
  });

  await mayaContext.close();
});

for (const width of [1280, 390]) {
  test(`“My roles” searches, filters and sorts at ${width} px, with a way out of no match`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const tag = tagOf();
    await logInAsDemo(page, PRIYA);
    await keepRole(page, { title: `Data Engineer ${tag}`, company: `Zephyr ${tag}` }, { private: true });
    await keepRole(page, { title: `Platform Engineer ${tag}`, company: `Alder ${tag}` }, { private: true });
    await page.goto('/roles');
    await expect(page.getByRole('heading', { name: 'My roles', level: 1 })).toBeVisible();

    const search = page.getByRole('textbox', { name: 'Search' });
    await search.fill(tag);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
    const list = page.getByRole(width < 768 ? 'list' : 'table', { name: 'My roles' });
    await expect(list.getByRole('link')).toHaveCount(2);
    await expect(page.getByText('2 of', { exact: false })).toContainText('roles match');
    // Newest first, then by company.
    await expect(list.getByRole('link').first()).toHaveText(`Platform Engineer ${tag}`);
    await page.getByRole('combobox', { name: 'Sort' }).click();
    await page.getByRole('option', { name: 'Company, A to Z' }).click();
    await expect(page).toHaveURL(/[?&]sort=COMPANY/);
    await expect(list.getByRole('link').first()).toHaveText(`Platform Engineer ${tag}`);
    await expect(list.getByRole('link').last()).toHaveText(`Data Engineer ${tag}`);

    await page.getByRole('combobox', { name: 'Where you stand' }).click();
    await page.getByRole('option', { name: 'Offer received' }).click();
    await expect(page.getByRole('heading', { name: 'None of your roles matches' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'None of your roles matches' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue(tag);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);

    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('');
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(page.getByRole('heading', { name: 'None of your roles matches' })).toHaveCount(0);
    await expect(list.getByRole('link', { name: `Data Engineer ${tag}` })).toBeVisible();
  });
}

test('the role page keeps an open share dialog and unsaved checklist text across the phone/desktop width', async ({ page }) => {
  const tag = tagOf();
  await page.setViewportSize({ width: 1280, height: 900 });
  await logInAsDemo(page, PRIYA);
  const role = await keepRole(page, { title: `Staff Engineer ${tag}`, company: `Birch ${tag}` }, { private: true });
  await page.goto(`/roles/${role.id}`);
  await expect(page.getByRole('heading', { name: `Staff Engineer ${tag}`, level: 1 })).toBeVisible();

  const why = page.getByRole('region', { name: 'Prep checklist' }).getByLabel('My why');
  await why.fill(`Unsaved why ${tag}`);
  await page.getByRole('button', { name: 'Share with Maya Okafor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with Maya Okafor' });
  await dialog.getByLabel('Message for Maya (optional)').fill(`Unsent message ${tag}`);

  for (const width of [390, 1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Message for Maya (optional)')).toHaveValue(`Unsent message ${tag}`);
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(why).toHaveValue(`Unsaved why ${tag}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(why).toHaveValue(`Unsaved why ${tag}`);
  // On a phone the level comes before the checklist; on a desktop it sits beside it.
  const levelBox = await page.getByRole('region', { name: 'Level' }).boundingBox();
  const checklistBox = await page.getByRole('region', { name: 'Prep checklist' }).boundingBox();
  expect(levelBox!.x).toBeGreaterThan(checklistBox!.x);
  await page.setViewportSize({ width: 390, height: 900 });
  const levelPhone = await page.getByRole('region', { name: 'Level' }).boundingBox();
  const checklistPhone = await page.getByRole('region', { name: 'Prep checklist' }).boundingBox();
  expect(levelPhone!.y).toBeLessThan(checklistPhone!.y);
  await expect(why).toHaveValue(`Unsaved why ${tag}`);
});

import { expect, test, type Page } from '@playwright/test';
import { logInAsDemo, openFromNav, pick, teamRow } from './support/growth';

// Demo data (apps/api/src/seed): Maya manages Chen Wei. What is written here is deleted again, or
// is a career conversation, which does not count toward the practice cadence other specs read.
const stamp = Date.now().toString(36);

async function startFromTeam(page: Page, link: 'Debrief' | 'Conversation') {
  await openFromNav(page, 'My team');
  await teamRow(page, 'Chen Wei').getByRole('link', { name: `${link} with Chen Wei` }).click();
  await expect(page.getByRole('heading', { name: `${link} with Chen Wei`, level: 1 })).toBeVisible();
}

test('an empty debrief is refused in words; once it says something it saves, is edited, and is deleted after confirming', async ({ page }) => {
  const first = `Calm, clear answers on the data model ${stamp}`;
  const edited = `Edited: strong on the data model, rushed the estimates ${stamp}`;
  await logInAsDemo(page, 'maya', 'Maya');
  await startFromTeam(page, 'Debrief');
  const form = page.getByRole('form', { name: 'Debrief' });

  await test.step('the form says what counts, and refuses a debrief with only a date and an outcome', async () => {
    await expect(form.getByRole('note')).toContainText('What makes a debrief count');
    await expect(form).toContainText('write at least 10 characters in what went well');
    await pick(form, page, 'Outcome', 'The other company said no');
    await form.getByRole('button', { name: 'Save debrief' }).click();
    await expect(form.getByRole('alert')).toContainText('nothing that counts is written yet');
    await expect(form.getByLabel('What went well')).toBeFocused();
    await form.getByLabel('What went well').fill('ok');
    await form.getByRole('button', { name: 'Save debrief' }).click();
    await expect(form.getByRole('alert')).toContainText('nothing that counts is written yet');
    await expect(page.getByRole('heading', { name: 'Debrief with Chen Wei', level: 1 })).toBeVisible();
  });

  await test.step('written out, it saves without asking about unsaved changes', async () => {
    await form.getByLabel('What went well').fill(first);
    await form.getByRole('button', { name: 'Save debrief' }).click();
    await expect(page.getByRole('region', { name: 'How it went' })).toContainText(first);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('Maya edits it', async () => {
    await page.getByRole('link', { name: 'Edit debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Edit the debrief with Chen Wei', level: 1 })).toBeVisible();
    await page.getByLabel('What went well').fill(edited);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('region', { name: 'How it went' })).toContainText(edited);
  });

  await test.step('deleting asks first; cancelling gives the focus back to the button', async () => {
    const remove = page.getByRole('button', { name: 'Delete debrief' });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Delete this debrief?' });
    await expect(dialog).toContainText('no longer counts as their interview practice');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();
    await remove.click();
    await page.getByRole('dialog', { name: 'Delete this debrief?' }).getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByRole('heading', { name: 'Chen Wei', level: 1 })).toBeVisible();
    await expect(page.getByText('Deleted the debrief with Chen Wei.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Debriefs and conversations' })).not.toContainText(edited);
  });
});

test('a conversation with nothing said is refused; one that says something is saved and edited', async ({ page }) => {
  const notes = `Wants to lead the storage rewrite ${stamp}`;
  const edited = `Edited: lead the storage rewrite, then a platform team ${stamp}`;
  await logInAsDemo(page, 'maya', 'Maya');
  await startFromTeam(page, 'Conversation');
  const form = page.getByRole('form', { name: 'Conversation' });
  await pick(form, page, 'Kind of conversation', 'Career');
  await expect(form).toContainText('answer an agenda question or write notes');
  await form.getByRole('button', { name: 'Save conversation' }).click();
  await expect(form.getByRole('alert')).toContainText('nothing that counts is written yet');
  await expect(form.getByLabel('Notes')).toBeFocused();

  await form.getByLabel('Notes').fill(notes);
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByRole('group', { name: 'Action item 1' }).getByLabel('What to do').fill(`Find Chen a storage mentor ${stamp}`);
  await form.getByRole('group', { name: 'Action item 1' }).getByRole('radio', { name: 'Me' }).check();
  await form.getByRole('button', { name: 'Save conversation' }).click();
  await expect(page.getByRole('heading', { name: 'Career conversation with Chen Wei', level: 1 })).toBeVisible();

  await test.step('Maya rewords the action item she wrote, then deletes it after confirming', async () => {
    await page.getByRole('button', { name: `Change or delete “Find Chen a storage mentor ${stamp}”` }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const editItem = page.getByRole('dialog', { name: 'Edit the action item' });
    await editItem.getByLabel('What to do').fill(`Find Chen a storage mentor by March ${stamp}`);
    await editItem.getByLabel('Due').fill('2030-03-01');
    await editItem.getByRole('button', { name: 'Save' }).click();
    const items = page.getByRole('list', { name: 'Open: Action items' });
    await expect(items).toContainText(`Find Chen a storage mentor by March ${stamp}`);
    await page.getByRole('button', { name: `Change or delete “Find Chen a storage mentor by March ${stamp}”` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this action item?' }).getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByRole('region', { name: 'Action items' })).toContainText('No action items were agreed.');
    // Its menu button went with it: the focus is on the card's heading, not lost to the page.
    await expect(page.getByRole('heading', { name: 'Action items', level: 2 })).toBeFocused();
  });

  await page.getByRole('link', { name: 'Edit conversation' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the career conversation with Chen Wei', level: 1 })).toBeVisible();
  const editForm = page.getByRole('form', { name: 'Conversation' });
  await expect(editForm.getByRole('combobox', { name: 'Kind of conversation' })).toBeDisabled();
  await expect(editForm.getByLabel('Notes')).toHaveValue(notes);
  await editForm.getByLabel('What are your dreams, at the peak of your career?').fill('Architect of a storage engine');
  await editForm.getByLabel('Notes').fill(edited);
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda).toContainText(edited);
  await expect(agenda).toContainText('Architect of a storage engine');
});

test('leaving a long form with unsaved changes asks first; an untouched one does not', async ({ page }) => {
  await logInAsDemo(page, 'maya', 'Maya');
  await openFromNav(page, 'My roles');
  await page.getByRole('link', { name: 'Add a role' }).first().click();
  await expect(page.getByRole('heading', { name: 'Add a role', level: 1 })).toBeVisible();

  await test.step('an untouched form lets Maya go', async () => {
    await openFromNav(page, 'My team');
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Add a role', level: 1 })).toBeVisible();
  });

  await test.step('with a title typed, leaving asks; keeping on editing keeps the text', async () => {
    const title = page.getByRole('form', { name: 'The role' }).getByLabel('Job title');
    await title.fill(`Staff Engineer ${stamp}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toContainText('has not been saved');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Add a role', level: 1 })).toBeVisible();
    await expect(title).toHaveValue(`Staff Engineer ${stamp}`);

    // The back button too: the step is put back and the same question asked.
    await page.evaluate('history.back()');
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Keep editing' }).click();
    await expect(page).toHaveURL(/\/roles\/new$/);
    await expect(title).toHaveValue(`Staff Engineer ${stamp}`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page.getByRole('heading', { name: 'My team', level: 1 })).toBeVisible();
  });

  await test.step('a debrief with text typed asks on Cancel too', async () => {
    await teamRow(page, 'Chen Wei').getByRole('link', { name: 'Debrief with Chen Wei' }).click();
    const form = page.getByRole('form', { name: 'Debrief' });
    await form.getByLabel('What could have gone better').fill('Half a thought');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page.getByRole('heading', { name: 'Chen Wei', level: 1 })).toBeVisible();
  });
});

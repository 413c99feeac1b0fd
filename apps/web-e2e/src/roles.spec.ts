import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { jobPageHtml, logInAsDemo, MAYA, PRIYA } from './support/roles';

test('a report imports a role, shares it, sees her manager’s view and comment, then revokes', async ({ page, browser }) => {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const company = `Kettle Dynamics ${tag}`;
  const why = `Owning a platform end to end (${tag}).`;
  const privateAnswer = `A staff title and a team I learn from (${tag}).`;
  const shareMessage = `A recruiter reached out: a real step up? (${tag})`;
  const comment = `Let us do a mock system design first (${tag}).`;

  await test.step('Priya pastes a job page; a broken paste keeps her text and says why', async () => {
    await logInAsDemo(page, PRIYA);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My roles' }).click();
    await expect(page.getByRole('heading', { name: 'My roles', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Add a role' }).click();

    const pasted = page.getByLabel('Job posting');
    await pasted.fill('{"@type": "JobPosting", "title": ');
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Onward could not read this posting' })).toContainText('JSON');
    await expect(pasted).toHaveValue('{"@type": "JobPosting", "title": ');

    await pasted.fill(jobPageHtml({ title: 'Staff Engineer', company, city: 'Lisbon' }));
    await page.getByRole('button', { name: 'Read the posting' }).click();
    const found = page.getByRole('status').filter({ hasText: 'The form is filled from the posting' });
    await expect(found).toContainText('structured data (JSON-LD)');
    await expect(found).toContainText('Staff (IC4)');
    await expect(page.getByLabel('Job title')).toHaveValue('Staff Engineer');
    await expect(page.getByLabel('Company')).toHaveValue(company);
    await expect(page.getByLabel('Location')).toHaveValue('Lisbon, PT');
  });

  await test.step('she saves it and lands on the role page, private and tagged', async () => {
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByRole('heading', { name: 'Staff Engineer', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Level' })).toContainText('Step up');
    await expect(page.getByRole('region', { name: 'Sharing' })).toContainText('Private: only you can see this role.');
    await expect(page.getByRole('region', { name: 'Who has seen this' })).toContainText('Nobody else has opened this role.');
  });

  await test.step('removing an interview asks first; keeping it changes nothing', async () => {
    const interviews = page.getByRole('region', { name: 'Interviews' });
    await interviews.getByLabel('Kind of interview').click();
    await page.getByRole('option', { name: 'Technical' }).click();
    await interviews.getByRole('button', { name: 'Add interview' }).click();
    const remove = interviews.getByRole('button', { name: /^Remove the interview: Technical on / });
    await expect(remove).toBeVisible();
    await remove.click();
    const dialog = page.getByRole('dialog', { name: /^Remove the technical interview of / });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toBeHidden();
    await expect(remove).toBeVisible();
    await remove.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove interview' }).click();
    await expect(remove).toHaveCount(0);
  });
  const roleUrl = new URL(page.url()).pathname;

  await test.step('she works the checklist and keeps her answer private', async () => {
    const checklist = page.getByRole('region', { name: 'Prep checklist' });
    await checklist.getByLabel('I told them up front that I am not actively looking').check();
    await checklist.getByLabel('I received the job description').check();
    await checklist.getByLabel('My why').fill(why);
    await checklist.getByLabel('What would it take for me to move?').fill(privateAnswer);
    await expect(checklist.getByLabel('Share this answer with my manager')).not.toBeChecked();
    await checklist.getByRole('button', { name: 'Save checklist' }).click();
    await expect(checklist.getByRole('button', { name: 'Save checklist' })).toBeDisabled();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Prep checklist' }).getByLabel('What would it take for me to move?')).toHaveValue(privateAnswer);
    await expect(page.getByRole('region', { name: 'Prep checklist' }).getByLabel('I told them up front that I am not actively looking')).toBeChecked();
  });

  await test.step('she shares it with Maya, with a message', async () => {
    await page.getByRole('button', { name: 'Share with Maya Okafor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with Maya Okafor' });
    await dialog.getByLabel('Message for Maya (optional)').fill(shareMessage);
    await dialog.getByRole('button', { name: 'Share with Maya' }).click();
    await expect(dialog).toBeHidden();
    const sharing = page.getByRole('region', { name: 'Sharing' });
    await expect(sharing).toContainText('Shared with your current manager, Maya Okafor');
    await expect(sharing).toContainText('If your manager changes, the role stays shared with whoever manages you then.');
    await expect(sharing).toContainText(shareMessage);
  });

  const mayaContext = await browser.newContext();
  const maya = await mayaContext.newPage();
  const inboxEntry = () => maya.getByRole('list', { name: 'Roles shared with me' }).getByRole('listitem').filter({ hasText: company });
  await test.step('Maya finds it in “Shared with me”, new and tagged Step up, as a summary', async () => {
    await logInAsDemo(maya, MAYA);
    await maya.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shared with me' }).click();
    await expect(maya.getByRole('heading', { name: 'Shared with me', level: 1 })).toBeVisible();
    const entry = inboxEntry();
    await expect(entry).toContainText('Step up');
    await expect(entry).toContainText('Priya Raman');
    await expect(entry.getByText('New', { exact: true })).toBeVisible();
    // The message and the checklist come only from opening the role, which Priya's access log records.
    await expect(entry).not.toContainText(shareMessage);
    await expect(entry).not.toContainText(why);
    // The newest share comes first.
    await expect(maya.getByRole('list', { name: 'Roles shared with me' }).getByRole('listitem').first()).toContainText(company);
    await entry.getByRole('link', { name: 'Staff Engineer' }).click();
  });

  await test.step('she opens it without seeing the private answer, and comments', async () => {
    await expect(maya.getByRole('heading', { name: 'Staff Engineer', level: 1 })).toBeVisible();
    await expect(maya.getByText('Shared by Priya Raman')).toBeVisible();
    await expect(maya.getByRole('region', { name: 'Priya’s message' })).toContainText(shareMessage);
    const checklist = maya.getByRole('region', { name: 'Prep checklist' });
    await expect(checklist).toContainText(why);
    await expect(checklist).not.toContainText('What would it take');
    await expect(maya.getByText(privateAnswer)).toHaveCount(0);
    await expect(maya.getByRole('link', { name: 'Run a debrief' })).toHaveAttribute('href', /\/team\/[^/]+\/debriefs\/new\?roleId=/);

    const thread = maya.getByRole('region', { name: 'Thread' });
    await thread.getByLabel('Your comment').fill(comment);
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await expect(thread.getByRole('list', { name: 'Comments' })).toContainText(comment);
    await expect(thread.getByLabel('Your comment')).toHaveValue('');
  });

  await test.step('back in her inbox, the role is no longer new', async () => {
    await maya.getByRole('link', { name: 'Shared with me' }).first().click();
    await expect(maya.getByRole('heading', { name: 'Shared with me', level: 1 })).toBeVisible();
    await expect(inboxEntry()).toContainText('Step up');
    await expect(inboxEntry().getByText('New', { exact: true })).toHaveCount(0);
    await maya.reload();
    await expect(inboxEntry()).toContainText('Step up');
    await expect(inboxEntry().getByText('New', { exact: true })).toHaveCount(0);
    await maya.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(maya.getByRole('heading', { name: 'Hello, Maya' })).toBeVisible();
  });

  await test.step('Priya sees Maya in “Who has seen this”, and her comment', async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: 'Who has seen this' }).getByRole('list', { name: 'Views' })).toContainText('Maya Okafor');
    await expect(page.getByRole('region', { name: 'Thread' })).toContainText(comment);
  });

  await test.step('Priya stops sharing', async () => {
    await page.getByRole('region', { name: 'Sharing' }).getByRole('button', { name: 'Stop sharing' }).click();
    await expect(page.getByRole('region', { name: 'Sharing' })).toContainText('Private: only you can see this role.');
    await expect(page.getByRole('region', { name: 'Thread' })).toHaveCount(0);
    await page.getByRole('link', { name: 'My roles' }).first().click();
    const row = page.getByRole('table', { name: 'My roles' }).getByRole('row').filter({ hasText: company });
    await expect(row).toContainText('Private');
  });

  await test.step('Maya no longer sees it, in her inbox or at its address', async () => {
    await maya.getByRole('link', { name: 'Shared with me' }).first().click();
    await expect(maya.getByRole('heading', { name: 'Shared with me', level: 1 })).toBeVisible();
    await expect(maya.getByRole('list', { name: 'Roles shared with me' })).not.toContainText(company);
    await maya.goto(roleUrl);
    await expect(maya.getByRole('heading', { name: 'This role doesn’t exist or isn’t shared with you' })).toBeVisible();
    await expect(maya.getByText(why)).toHaveCount(0);
  });

  await test.step('Priya exports her data as one JSON file holding the role', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^onward-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = readFileSync(file, 'utf8');
    expect(() => JSON.parse(exported)).not.toThrow();
    expect(exported).toContain(company);
    expect(exported).toContain(privateAnswer);
  });

  await mayaContext.close();
});

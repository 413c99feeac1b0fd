import { type Page, expect, test } from '@playwright/test';
import { logInAsDemo, openFromNav, teamRow } from './support/growth';
import { setManager } from './support/people';

// Demo data (apps/api/src/seed): Maya manages Leo and debriefed him on the role he shares,
// "Senior Software Engineer" at Canopy; Sam manages another team; Dana is the admin.
const EARLIER_DEBRIEF = 'Debrief about Senior Software Engineer · Canopy';
const PRIVATE_LINE = 'Records Leo had with earlier managers stay private unless Leo shares them with you.';

async function openLeoAsManager(page: Page) {
  await openFromNav(page, 'My team');
  await teamRow(page, 'Leo Martins').getByRole('link', { name: 'Leo Martins', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Leo Martins', level: 1 })).toBeVisible();
}

test('a report lets a new manager see the records of an earlier one, then stops', async ({ page: dana, browser }) => {
  await test.step('the admin makes Sam Leo’s manager', async () => {
    await logInAsDemo(dana, 'dana', 'Dana');
    await openFromNav(dana, 'People');
    await setManager(dana, 'Leo Martins', 'Sam Lindqvist');
  });

  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  const leoContext = await browser.newContext();
  const leo = await leoContext.newPage();
  try {
    await test.step('Sam sees Leo’s shared role, but not the debrief Maya held, and a first practice due soon', async () => {
      await logInAsDemo(sam, 'sam', 'Sam');
      await openFromNav(sam, 'Shared with me');
      await expect(sam.getByRole('list', { name: 'Roles shared with me' }).getByRole('listitem').filter({ hasText: 'Canopy' })).toContainText('Leo Martins');
      await openLeoAsManager(sam);
      await expect(sam.getByText('No debrief or conversation with Leo yet.', { exact: false })).toBeVisible();
      await expect(sam.getByRole('link', { name: EARLIER_DEBRIEF })).toHaveCount(0);
      await expect(sam.getByText(PRIVATE_LINE)).toBeVisible();
      await expect(sam.getByRole('main')).toContainText('Due soon');
    });

    const card = leo.getByRole('region', { name: 'Records with earlier managers' });
    await test.step('Leo shares his earlier records with Sam from My growth', async () => {
      await logInAsDemo(leo, 'leo', 'Leo');
      await openFromNav(leo, 'My growth');
      await expect(card).toContainText(/Sam Lindqvist does not see your 1 debrief or conversation with earlier managers/);
      await expect(card).toContainText('ends by itself if your manager changes');
      await card.getByRole('button', { name: 'Let Sam Lindqvist see them' }).click();
      await expect(card).toContainText('Sam Lindqvist sees your 1 debrief or conversation with earlier managers');
      await expect(card.getByRole('list', { name: 'Sharing history' }).getByRole('listitem').first()).toContainText('Sam Lindqvist');
      await expect(card.getByRole('list', { name: 'Sharing history' }).getByRole('listitem').first()).toContainText('Shared now');
    });

    await test.step('Sam now sees the debrief Maya held, and can open it', async () => {
      await sam.reload();
      const history = sam.getByRole('list', { name: 'Debriefs and conversations' });
      await expect(history.getByRole('link', { name: EARLIER_DEBRIEF })).toBeVisible();
      await expect(history.getByRole('listitem').filter({ hasText: EARLIER_DEBRIEF })).toContainText('by Maya Okafor');
      await history.getByRole('link', { name: EARLIER_DEBRIEF }).click();
      await expect(sam.getByRole('heading', { name: 'Debrief with Leo Martins', level: 1 })).toBeVisible();
      await expect(sam.getByRole('region', { name: 'How it went' })).toContainText('Clear, calm communication');
    });

    await test.step('Leo stops sharing', async () => {
      await card.getByRole('button', { name: 'Stop sharing' }).click();
      await expect(card.getByRole('button', { name: 'Let Sam Lindqvist see them' })).toBeVisible();
      await expect(card.getByRole('list', { name: 'Sharing history' }).getByRole('listitem').first()).toContainText('You stopped sharing');
    });

    await test.step('after a reload Sam sees the debrief neither at its address nor in Leo’s history', async () => {
      await sam.reload();
      await expect(sam.getByRole('alert').filter({ hasText: 'This debrief could not be loaded' })).toBeVisible();
      await openLeoAsManager(sam);
      await expect(sam.getByText(PRIVATE_LINE)).toBeVisible();
      await expect(sam.getByRole('link', { name: EARLIER_DEBRIEF })).toHaveCount(0);
    });
  } finally {
    // The other browser tests expect the demo's reporting lines.
    await samContext.close();
    await leoContext.close();
    await dana.reload();
    await setManager(dana, 'Leo Martins', 'Maya Okafor');
  }
});

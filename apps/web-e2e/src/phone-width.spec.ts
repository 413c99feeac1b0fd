import { expect, test } from '@playwright/test';
import { logIn, PASSWORD, uniquePerson } from './support/people';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('at phone width the navigation sits behind a burger menu', async ({ page, request }) => {
  const admin = uniquePerson('Mary', 'Jackson');
  const signUp = await request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }',
      variables: { input: { organizationName: `Langley ${Date.now()}`, name: admin.name, email: admin.email, password: PASSWORD } },
    },
  });
  expect(await signUp.json()).toMatchObject({ data: { signUp: { id: expect.any(String) } } });

  await logIn(page, admin);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'People' })).toBeHidden();

  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
  await nav.getByRole('link', { name: 'People' }).click();

  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'People' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People' })).toContainText(admin.name);

  // Nothing sticks out sideways at 390 px.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
});

import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect } from '@playwright/test';

/** Sends one GraphQL operation with the page's session cookie and returns its data (no errors allowed). */
export async function graphqlAs<T = Record<string, unknown>>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** "YYYY-MM-DD" this many days ago (the demo organization's time zone is UTC). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A dashboard card (a section named by its heading). */
export const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** The value of a headline figure in a summary card. */
export const summaryValue = (region: Locator, term: string) => region.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/** Switches a card to its table and returns the table's rows as text, header row first. */
export async function tableOf(page: Page, title: string): Promise<string[][]> {
  const region = card(page, title);
  const toTable = region.getByRole('radio', { name: 'Table' });
  // Mantine's SegmentedControl hides its radio inputs behind their labels.
  if (await toTable.count()) await region.getByText('Table', { exact: true }).click();
  const table = region.getByRole('table', { name: title });
  await expect(table).toBeVisible();
  const rows: string[][] = [];
  for (const row of await table.locator('tr').all()) rows.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()));
  return rows;
}

/** Clicks a card's "Download CSV" and returns the file's name and text. */
export async function downloadCsv(page: Page, title: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await card(page, title).getByRole('button', { name: `Download CSV: ${title}` }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

import { type Page, expect } from '@playwright/test';

/** Every demo login shares this password (apps/api/src/seed/demo-organization.ts). */
export const DEMO_PASSWORD = 'onward-demo-password';

export const PRIYA = { email: 'priya@northwind.example', name: 'Priya Raman', firstName: 'Priya' };
export const MAYA = { email: 'maya@northwind.example', name: 'Maya Okafor', firstName: 'Maya' };

/** Logs a demo person in through the form and waits for their home page. */
export async function logInAsDemo(page: Page, person: { email: string; firstName: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${person.firstName}` })).toBeVisible();
}

/** A small job page as boards publish them: a title, and the posting as schema.org JSON-LD. */
export function jobPageHtml(posting: { title: string; company: string; city: string }) {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    hiringOrganization: { '@type': 'Organization', name: posting.company },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: posting.city, addressCountry: 'PT' } },
    employmentType: 'FULL_TIME',
    datePosted: '2026-11-01',
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 95000, maxValue: 125000, unitText: 'YEAR' } },
    description: '<p>Lead the design of our platform &amp; mentor engineers.</p>',
  };
  return [
    '<!doctype html><html><head>',
    `<title>${posting.title} at ${posting.company}</title>`,
    `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`,
    '</head><body><h1>Careers</h1></body></html>',
  ].join('\n');
}

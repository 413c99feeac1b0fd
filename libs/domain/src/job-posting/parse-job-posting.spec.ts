import { GREENHOUSE_PAGE } from './fixtures/greenhouse-page';
import { MULTI_BLOCK_PAGE } from './fixtures/multi-block-page';
import { OPEN_GRAPH_PAGE } from './fixtures/open-graph-page';
import { YOAST_GRAPH_PAGE } from './fixtures/yoast-graph-page';
import type { JobPostingDraft, ParseFailureReason, ParseResult } from './job-posting-draft';
import { HEADINGS_ONLY_WARNING, parseJobPosting } from './parse-job-posting';

function expectSuccess(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a draft, got ${result.reason}: ${result.message}`);
  return result;
}

const ldJsonScript = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('parseJobPosting from a page with JSON-LD', () => {
  it('reads sparse Greenhouse-style JSON-LD with an entity-escaped description, url from og:url', () => {
    const result = expectSuccess(parseJobPosting(GREENHOUSE_PAGE));
    expect(result.source).toBe('JSON_LD');
    expect(result.warnings).toEqual([]);
    expect(result.draft).toEqual<JobPostingDraft>({
      title: 'Senior Software Engineer, Payments',
      company: 'Acme',
      location: 'San Francisco, CA',
      remote: false,
      workplace: null,
      description: [
        'About Acme',
        '',
        "We move money for small businesses & their customers. It's hard.",
        '',
        'What you’ll do',
        '',
        '- Design the ledger',
        '- Mentor engineers',
      ].join('\n'),
      url: 'https://boards.greenhouse.io/acme/jobs/4012345',
      salary: null,
      employmentType: [],
      datePosted: '2024-05-02',
      validThrough: null,
      fieldsFound: ['title', 'company', 'location', 'description', 'url', 'datePosted'],
    });
  });

  it('reads a Yoast-style @graph, following the @id reference to the organization', () => {
    const { source, draft } = expectSuccess(parseJobPosting(YOAST_GRAPH_PAGE));
    expect(source).toBe('JSON_LD');
    expect(draft).toMatchObject<Partial<JobPostingDraft>>({
      title: 'Lead Product Designer',
      company: 'Northwind Traders',
      location: 'Berlin, DE; Lisbon, Lisboa, PT',
      url: 'https://northwind.example/jobs/lead-designer/',
      salary: { min: 70000, max: 90000.5, currency: 'EUR', unit: 'YEAR' },
      employmentType: ['FULL_TIME', 'CONTRACTOR'],
      datePosted: '2024-06-01T09:00:00+02:00',
      validThrough: '2024-08-01',
      description: 'Own the design system.\n\nWork with four product teams.',
    });
  });

  it('reads every ld+json block: the JobPosting sits after a BreadcrumbList, nested in a WebPage', () => {
    const { source, draft, warnings } = expectSuccess(parseJobPosting(MULTI_BLOCK_PAGE));
    expect(source).toBe('JSON_LD');
    expect(warnings).toEqual([]);
    expect(draft).toMatchObject<Partial<JobPostingDraft>>({
      title: 'Staff Site Reliability Engineer',
      company: 'Contoso',
      location: 'United States; Canada',
      remote: true,
      salary: { min: 85, max: 85, currency: 'USD', unit: 'HOUR' },
      employmentType: ['FULL_TIME'],
      description: 'Keep the lights on.\nBuild the pager rotation you want to be on.',
      url: null,
    });
  });

  it('skips a broken block with a warning and still reads the valid one', () => {
    const html = [
      ldJsonScript('{"@context": "https://schema.org", "@type": "Organization", "name": "Broken",}'),
      ldJsonScript('{"@type": "JobPosting", "title": "Principal Engineer", "hiringOrganization": "Tailspin"}'),
    ].join('\n');
    const { draft, warnings } = expectSuccess(parseJobPosting(html));
    expect(draft).toMatchObject({ title: 'Principal Engineer', company: 'Tailspin' });
    expect(warnings).toEqual(['Structured data block 1 of 2 is not valid JSON and was skipped.']);
  });

  it('warns when a page holds several job postings and uses the first', () => {
    const html = ldJsonScript('[{"@type": "JobPosting", "title": "First"}, {"@type": "JobPosting", "title": "Second"}]');
    const { draft, warnings } = expectSuccess(parseJobPosting(html));
    expect(draft.title).toBe('First');
    expect(warnings).toEqual(['Found 2 job postings; the first one was used.']);
  });

  it.each([
    ['single quotes', `<script type='application/ld+json'>`],
    ['upper case and spaces', `<script TYPE = " APPLICATION/LD+JSON ">`],
    ['a charset parameter', `<script type="application/ld+json; charset=utf-8">`],
    ['other attributes first', `<script id="jp" nonce="abc" type="application/ld+json">`],
  ])('accepts a type attribute with %s', (_description, openingTag) => {
    const html = `<html>${openingTag}{"@type": "JobPosting", "title": "Engineer II"}</script></html>`;
    expect(expectSuccess(parseJobPosting(html)).draft.title).toBe('Engineer II');
  });

  it('ignores scripts of other types', () => {
    const html = `<title>Careers</title><script type="text/javascript">var x = {"@type": "JobPosting"};</script>`;
    expect(expectSuccess(parseJobPosting(html))).toMatchObject({ source: 'HTML_HEADINGS', draft: { title: 'Careers' } });
  });
});

describe('parseJobPosting from a page without a JobPosting', () => {
  it('falls back to Open Graph tags', () => {
    const { source, draft, warnings } = expectSuccess(parseJobPosting(OPEN_GRAPH_PAGE));
    expect(source).toBe('OPEN_GRAPH');
    expect(warnings).toEqual([]);
    expect(draft).toMatchObject<Partial<JobPostingDraft>>({
      title: 'Fabrikam - Engineering Manager, Developer Experience',
      company: 'Fabrikam',
      description: 'Fabrikam is hiring an Engineering Manager to lead our DevEx team & tooling.',
      url: 'https://jobs.lever.co/fabrikam/8d9e',
    });
    expect(draft.fieldsFound).toEqual(['title', 'company', 'description', 'url']);
  });

  // Without og: tags the source says so (it said OPEN_GRAPH before), and the report is warned.
  it('uses <title> and the canonical link when there are no og: tags, and says why', () => {
    const html = `<html><head><title> Data Engineer &ndash; Woodgrove </title>
      <link rel="canonical" href="https://woodgrove.example/jobs/42">
      ${ldJsonScript('{"@type": "BreadcrumbList", "itemListElement": []}')}</head></html>`;
    const { source, draft, warnings } = expectSuccess(parseJobPosting(html));
    expect(source).toBe('HTML_HEADINGS');
    expect(draft).toMatchObject({ title: 'Data Engineer – Woodgrove', url: 'https://woodgrove.example/jobs/42' });
    expect(warnings).toEqual([
      'The page’s structured data has no JobPosting; the fields come from its meta tags and title.',
      HEADINGS_ONLY_WARNING,
    ]);
  });

  it('keeps the og: fields and warns when the only JSON-LD block is broken', () => {
    const html = `<meta property="og:title" content="QA Lead">${ldJsonScript('{"@type": "JobPosting", "title": ')}`;
    const result = expectSuccess(parseJobPosting(html));
    expect(result).toMatchObject({ source: 'OPEN_GRAPH', draft: { title: 'QA Lead' } });
    expect(result.warnings).toEqual(['Structured data block 1 of 1 is not valid JSON and was skipped.']);
  });
});

describe('parseJobPosting from JSON-LD pasted on its own', () => {
  it('reads a JobPosting object', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Engineering Manager',
      hiringOrganization: { '@type': 'Organization', name: 'Litware' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 180000, maxValue: 150000, unitText: 'YEAR' } },
    });
    const { source, draft, warnings } = expectSuccess(parseJobPosting(json));
    expect(source).toBe('JSON_LD');
    expect(draft).toMatchObject({ company: 'Litware', location: 'Austin, TX, US' });
    expect(draft.salary).toEqual({ min: 150000, max: 180000, currency: 'USD', unit: 'YEAR' });
    expect(warnings).toEqual(['The salary range was given highest first; it has been put the right way round.']);
  });

  it('reads a JSON array at the top level', () => {
    const json = `[{"@type": "Organization", "name": "Proseware"}, {"@type": "JobPosting", "title": "Junior Developer", "employmentType": "INTERN"}]`;
    const { draft } = expectSuccess(parseJobPosting(`\ufeff  ${json}\n`));
    expect(draft).toMatchObject({ title: 'Junior Developer', employmentType: ['INTERN'] });
  });
});

describe('parseJobPosting from plain text', () => {
  it('takes the first non-empty line as the title and the rest as the description', () => {
    const text = '\n\n  Senior Backend Engineer at Acme Corp  \n\nWe build payments.\r\n\r\n\r\n- Go\n- Postgres\n';
    const { source, draft } = expectSuccess(parseJobPosting(text));
    expect(source).toBe('PLAIN_TEXT');
    expect(draft).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Acme Corp',
      description: 'We build payments.\n\n- Go\n- Postgres',
    });
    expect(draft.fieldsFound).toEqual(['title', 'company', 'description']);
  });

  it('does not mistake "[Remote]" at the start for JSON', () => {
    expect(expectSuccess(parseJobPosting('[Remote] Staff Engineer')).draft.title).toBe('[Remote] Staff Engineer');
  });
});

describe('parseJobPosting failures', () => {
  it.each<[string, string, ParseFailureReason]>([
    ['empty input', '', 'EMPTY'],
    ['only whitespace', ' \n\t ', 'EMPTY'],
    ['broken JSON', '{"@type": "JobPosting", "title": "Engineer"', 'INVALID_JSON'],
    ['JSON that is not a JobPosting', '{"@type": "Organization", "name": "Acme"}', 'NO_JOB_POSTING'],
    ['a JSON array without a JobPosting', '[{"@type": "BreadcrumbList"}]', 'NO_JOB_POSTING'],
    ['a page with nothing to read', '<html><head><meta charset="utf-8"></head><body><div></div></body></html>', 'NOTHING_USABLE'],
    ['a page whose only JSON-LD is broken', `<html><head>${ldJsonScript('{"@type": "JobPosting",')}</head></html>`, 'INVALID_JSON'],
  ])('%s → %s', (_description, input, reason) => {
    const result = parseJobPosting(input);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.message.length > 0).toBe(true);
  });

  it.each([
    [2_000_000, true],
    [2_000_001, false],
  ])('accepts up to 2,000,000 characters by default (%i characters → ok: %p)', (length, ok) => {
    const input = 'Engineer\n'.padEnd(length, 'x');
    expect(parseJobPosting(input)).toMatchObject(ok ? { ok: true } : { ok: false, reason: 'TOO_LARGE' });
  });

  // Lazy regular expressions over unclosed tags take minutes on such input; this must finish well within
  // Jest's timeout.
  it.each([
    ['unclosed scripts', '<script>'],
    ['unclosed comments', '<!--'],
    ['unclosed titles', '<title>'],
    ['unclosed attribute quotes', '<meta content="'],
  ])('stays fast on a page made of %s', (_description, fragment) => {
    const input = `<html>${fragment.repeat(Math.floor(1_900_000 / fragment.length))}`;
    expect(parseJobPosting(input)).toMatchObject({ ok: false, reason: 'NOTHING_USABLE' });
  });

  it('honours a smaller maxLength', () => {
    expect(parseJobPosting('Senior Engineer', { maxLength: 10 })).toMatchObject({ ok: false, reason: 'TOO_LARGE' });
  });
});

import { LOOSE_MICRODATA_PAGE, MICRODATA_PAGE } from './fixtures/microdata-page';
import type { JobPostingDraft } from './job-posting-draft';
import { findMicrodataJobPostings } from './microdata';
import { parseJobPosting } from './parse-job-posting';

function draftOf(html: string) {
  const result = parseJobPosting(html);
  if (!result.ok) throw new Error(`expected a draft, got ${result.reason}`);
  return result;
}

describe('parseJobPosting from a page with microdata only', () => {
  it('reads nested items, content attributes and <time datetime>, and says MICRODATA', () => {
    const { source, draft, warnings } = draftOf(MICRODATA_PAGE);
    expect(source).toBe('MICRODATA');
    expect(warnings).toEqual([]);
    expect(draft).toEqual<JobPostingDraft>({
      title: 'Senior Logistics Analyst',
      company: 'Tidewater Freight',
      location: 'Rotterdam, NL',
      remote: false,
      workplace: null,
      description: 'Tidewater moves containers between Rotterdam and the Rhine ports.\n\n- Forecast barge capacity\n- Own the weekly planning report',
      url: 'https://careers.tidewater-freight.example/jobs/1187',
      salary: { min: 58_000, max: 66_000, currency: 'EUR', unit: 'YEAR' },
      employmentType: ['FULL_TIME'],
      datePosted: '2025-03-04',
      validThrough: '2025-04-30',
      fieldsFound: ['title', 'company', 'location', 'description', 'url', 'salary', 'employmentType', 'datePosted', 'validThrough'],
    });
  });

  it('reads loose hand-written microdata and takes the title from the clean <h1>, not "Jobs | …"', () => {
    const { source, draft } = draftOf(LOOSE_MICRODATA_PAGE);
    expect(source).toBe('MICRODATA');
    expect(draft).toMatchObject<Partial<JobPostingDraft>>({
      title: 'Motion Designer',
      company: 'Ferncliff Studio',
      location: 'Lisbon; Porto',
      employmentType: ['PART_TIME', 'CONTRACTOR'],
      description: 'Make our explainer films move.\n\nTwo days a week in the studio.',
    });
  });

  it('prefers JSON-LD when a page has both', () => {
    const html = `<script type="application/ld+json">{"@type": "JobPosting", "title": "From JSON-LD"}</script>
      <div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">From microdata</h1></div>`;
    expect(draftOf(html)).toMatchObject({ source: 'JSON_LD', draft: { title: 'From JSON-LD' } });
  });
});

describe('findMicrodataJobPostings', () => {
  it('finds nothing on a page without a JobPosting item', () => {
    expect(findMicrodataJobPostings('<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span></div>')).toEqual([]);
  });

  it('keeps a property with its own item, not the outer one', () => {
    const html = `<div itemscope itemtype="https://schema.org/JobPosting"><span itemprop="title">Editor</span>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Quire Press</span></div></div>`;
    expect(findMicrodataJobPostings(html)).toEqual([
      { '@type': 'https://schema.org/JobPosting', title: 'Editor', hiringOrganization: { '@type': 'https://schema.org/Organization', name: 'Quire Press' } },
    ]);
  });

  it('finds a JobPosting nested in another item (a WebPage’s mainEntity)', () => {
    const html = `<body itemscope itemtype="https://schema.org/WebPage"><main itemprop="mainEntity" itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Sous-chef</h1></main></body>`;
    expect(findMicrodataJobPostings(html)).toMatchObject([{ title: 'Sous-chef' }]);
  });

  // A lazy or backtracking reading of such pages takes minutes; this must finish well within Jest's timeout.
  it.each([
    ['unclosed elements', '<div itemprop="description">'],
    ['stray closing tags', '</span>'],
    ['nested items', '<div itemscope itemtype="https://schema.org/JobPosting" itemprop="x">'],
    ['unclosed attribute quotes', '<span itemprop="title'],
  ])('stays fast on a page made of %s', (_description, fragment) => {
    const html = `<div itemscope itemtype="https://schema.org/JobPosting">${fragment.repeat(Math.floor(1_900_000 / fragment.length))}`;
    expect(() => findMicrodataJobPostings(html)).not.toThrow();
  });
});

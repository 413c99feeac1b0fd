import { CAREERS_SITE_HEADINGS_PAGE, INDEED_HEADINGS_PAGE, LINKEDIN_OPEN_GRAPH_PAGE } from './fixtures/heading-pages';
import { HEADINGS_ONLY_WARNING, parseJobPosting } from './parse-job-posting';
import { isJobSiteName, readSiteTitle, type SiteTitle } from './page-title';

describe('readSiteTitle', () => {
  it.each<[string, Omit<SiteTitle, 'site'>]>([
    ['Senior Engineer - Acme | Indeed.com', { title: 'Senior Engineer', company: 'Acme', location: null }],
    ['Senior Data Engineer - Northbeam Analytics - Austin, TX 78701 - Indeed.com', { title: 'Senior Data Engineer', company: 'Northbeam Analytics', location: 'Austin, TX 78701' }],
    ['Staff Engineer at Acme | LinkedIn', { title: 'Staff Engineer', company: 'Acme', location: null }],
    ['Acme hiring Senior Engineer in Paris, Île-de-France, France | LinkedIn', { title: 'Senior Engineer', company: 'Acme', location: 'Paris, Île-de-France, France' }],
    ['Cobaltline hiring Staff Product Designer Job in New York, NY | Glassdoor', { title: 'Staff Product Designer', company: 'Cobaltline', location: 'New York, NY' }],
    ['Backend Engineer (Python) - Helix Health - Welcome to the Jungle', { title: 'Backend Engineer (Python)', company: 'Helix Health', location: null }],
    ['Senior DevOps Engineer (m/w/d) | StepStone', { title: 'Senior DevOps Engineer (m/w/d)', company: null, location: null }],
    ['Software Engineer – Payments - Contoso | Indeed.com', { title: 'Software Engineer – Payments', company: 'Contoso', location: null }],
    ['Software Engineer - Payments | Indeed.com', { title: 'Software Engineer - Payments', company: null, location: null }],
    ['Job Application for Senior Software Engineer, Payments at Acme', { title: 'Senior Software Engineer, Payments', company: 'Acme', location: null }],
    // Not a job site: left as it is.
    ['Data Engineer – Woodgrove', { title: 'Data Engineer – Woodgrove', company: null, location: null }],
    ['Careers', { title: 'Careers', company: null, location: null }],
  ])('%j → %j', (text, expected) => {
    expect(readSiteTitle(text)).toMatchObject(expected);
  });

  it('reads the employer’s own name at the end when the page names it elsewhere', () => {
    expect(readSiteTitle('Senior Platform Engineer | Marlow Robotics', ['Marlow Robotics'])).toMatchObject({ title: 'Senior Platform Engineer', company: 'Marlow Robotics' });
  });

  it.each([['LinkedIn', true], ['Indeed.com', true], ['fr.indeed.com', true], ['Welcome to the Jungle', true], ['Fabrikam', false]])(
    '%j is a job site: %p',
    (name, site) => {
      expect(isJobSiteName(name)).toBe(site);
    },
  );
});

describe('parseJobPosting from a page’s headings', () => {
  it('prefers the clean <h1> over the <title> with the site’s name, keeps what the title adds, and warns', () => {
    const result = parseJobPosting(INDEED_HEADINGS_PAGE);
    expect(result).toMatchObject({
      ok: true,
      source: 'HTML_HEADINGS',
      draft: { title: 'Senior Data Engineer', company: 'Northbeam Analytics', location: 'Austin, TX 78701' },
      warnings: [HEADINGS_ONLY_WARNING],
    });
  });

  it('says OPEN_GRAPH only when og: tags were read, and never takes the board for the company', () => {
    const result = parseJobPosting(LINKEDIN_OPEN_GRAPH_PAGE);
    expect(result).toMatchObject({
      ok: true,
      source: 'OPEN_GRAPH',
      draft: { title: 'Senior Backend Engineer', company: 'Brightwave Labs', location: 'London, England, United Kingdom' },
      warnings: [],
    });
  });

  it('takes the employer from a careers site’s own title', () => {
    expect(parseJobPosting(CAREERS_SITE_HEADINGS_PAGE)).toMatchObject({
      source: 'HTML_HEADINGS',
      draft: { title: 'Senior Platform Engineer', company: 'Marlow Robotics' },
      warnings: [HEADINGS_ONLY_WARNING],
    });
  });

  it('keeps a <title> that reads as a job over an <h1> that is the site’s logo', () => {
    const html = '<title>Principal Engineer | Kestrel</title><h1>Kestrel</h1>';
    expect(parseJobPosting(html)).toMatchObject({ draft: { title: 'Principal Engineer', company: 'Kestrel' } });
  });

  it('ignores a generic <h1> such as "Careers"', () => {
    expect(parseJobPosting('<title>Site Reliability Engineer - Umber</title><h1>Careers</h1>')).toMatchObject({
      draft: { title: 'Site Reliability Engineer - Umber' },
    });
  });
});

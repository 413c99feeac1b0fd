import { draftFromPlainText, splitTitleAndCompany } from './draft-from-plain-text';

describe('splitTitleAndCompany', () => {
  it.each<[string, string, string | null]>([
    ['Senior Engineer at Acme', 'Senior Engineer', 'Acme'],
    ['Senior Engineer at Acme Inc.', 'Senior Engineer', 'Acme Inc.'],
    ['Product Designer @ Northwind Traders', 'Product Designer', 'Northwind Traders'],
    ['Staff Engineer - Contoso', 'Staff Engineer', 'Contoso'],
    ['Staff Engineer – Contoso', 'Staff Engineer', 'Contoso'],
    ['Staff Engineer | Contoso', 'Staff Engineer', 'Contoso'],
    // Left whole: a team, a place or a contract after the dash, or more than one separator.
    ['Software Engineer - Payments', 'Software Engineer - Payments', null],
    ['Senior Engineer - Remote', 'Senior Engineer - Remote', null],
    ['Engineer - Full-time', 'Engineer - Full-time', null],
    ['Engineer - Platform - Contoso', 'Engineer - Platform - Contoso', null],
    ['Engineer at Acme at Night', 'Engineer at Acme at Night', null],
    // Left whole: what follows does not read like a short name.
    ['Engineer at a fast-growing startup', 'Engineer at a fast-growing startup', null],
    ['Engineer at Acme, the best company in the whole world', 'Engineer at Acme, the best company in the whole world', null],
    ['Engineer - Apply now!', 'Engineer - Apply now!', null],
    ['Data Scientist', 'Data Scientist', null],
    ['Senior Engineer-Contoso', 'Senior Engineer-Contoso', null],
    ['at Acme', 'at Acme', null],
  ])('%j → title %j, company %j', (line, title, company) => {
    expect(splitTitleAndCompany(line)).toEqual({ title, company });
  });
});

describe('draftFromPlainText', () => {
  it('warns when the first line is too long to be a title', () => {
    const warnings: string[] = [];
    const paragraph = 'We are looking for someone who '.repeat(6);
    const fields = draftFromPlainText(`${paragraph}\nMore text`, warnings);
    expect(fields.description).toBe('More text');
    expect(warnings).toEqual(['The first line is long for a job title; check that the title is right.']);
  });

  it('leaves the description empty when there is only a title', () => {
    expect(draftFromPlainText('Principal Engineer', [])).toEqual({
      title: 'Principal Engineer',
      company: null,
      description: null,
    });
  });
});

import { findJobPostings, parseJsonLenient } from './json-ld';

const titlesIn = (document: unknown) => findJobPostings(document).map((posting) => posting['title']);

describe('findJobPostings', () => {
  it.each<[string, unknown, unknown[]]>([
    ['a single node', { '@type': 'JobPosting', title: 'A' }, ['A']],
    ['@type as a list', { '@type': ['Thing', 'JobPosting'], title: 'A' }, ['A']],
    ['a prefixed @type', { '@type': 'schema:JobPosting', title: 'A' }, ['A']],
    ['a full IRI @type', { '@type': 'http://schema.org/JobPosting', title: 'A' }, ['A']],
    ['a top-level array', [{ '@type': 'Organization' }, { '@type': 'JobPosting', title: 'A' }], ['A']],
    ['an @graph', { '@graph': [{ '@type': 'WebSite' }, { '@type': 'JobPosting', title: 'A' }] }, ['A']],
    ['a nested mainEntity', { '@type': 'WebPage', mainEntity: { '@type': 'JobPosting', title: 'A' } }, ['A']],
    ['several, in order', [{ '@type': 'JobPosting', title: 'A' }, { '@graph': [{ '@type': 'JobPosting', title: 'B' }] }], ['A', 'B']],
    ['another type', { '@type': 'JobPostingCollection', title: 'A' }, []],
    ['no @type', { title: 'A' }, []],
    ['not an object', 'JobPosting', []],
  ])('%s', (_description, document, titles) => {
    expect(titlesIn(document)).toEqual(titles);
  });

  it('replaces @id references with the node they name', () => {
    const organization = { '@type': 'Organization', '@id': '#org', name: 'Acme' };
    const document = {
      '@graph': [{ '@type': 'JobPosting', hiringOrganization: { '@id': '#org' }, jobLocation: [{ '@id': '#nowhere' }] }, organization],
    };
    const [posting] = findJobPostings(document);
    expect(posting['hiringOrganization']).toEqual(organization);
    expect(posting['jobLocation']).toEqual([{ '@id': '#nowhere' }]);
  });

  it('stops at a nesting depth no real page reaches', () => {
    let document: unknown = { '@type': 'JobPosting', title: 'deep' };
    for (let level = 0; level < 100; level++) document = { child: document };
    expect(findJobPostings(document)).toEqual([]);
  });
});

describe('parseJsonLenient', () => {
  it.each<[string, string, unknown]>([
    ['valid JSON', '{"a": 1}', { a: 1 }],
    ['raw line breaks inside a string', '{"d": "line one\nline two\ttabbed"}', { d: 'line one\nline two\ttabbed' }],
    ['an escaped quote before the line break', '{"d": "say \\"hi\\"\nbye"}', { d: 'say "hi"\nbye' }],
  ])('reads %s', (_description, text, expected) => {
    expect(parseJsonLenient(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['{"a": 1,}'], ['{"a": '], ['not json']])('reports %j as broken', (text) => {
    expect(parseJsonLenient(text)).toMatchObject({ ok: false });
  });
});

import { linkFailureHint, listInWords, postingFailureHint, postingFoundSentence } from './posting-summary';

describe('postingFoundSentence', () => {
  it('names what was found, in words, and where', () => {
    expect(postingFoundSentence(['title', 'company', 'url', 'employmentType'], 'JSON_LD')).toBe(
      'Found the title, company, link and employment type in the page’s structured data (JSON-LD).',
    );
    expect(postingFoundSentence(['title'], 'OPEN_GRAPH')).toBe('Found the title in the page’s title and meta tags.');
  });

  it('says how far to trust the fields by where they came from', () => {
    expect(postingFoundSentence(['title', 'company'], 'MICRODATA')).toBe('Found the title and company in the page’s structured data (microdata).');
    expect(postingFoundSentence(['title'], 'HTML_HEADINGS')).toBe('Found the title in the page’s title and main heading only.');
    expect(postingFoundSentence(['title', 'workplace'], 'PLAIN_TEXT')).toBe('Found the title and remote policy in the pasted text.');
  });

  it('says so when nothing was found', () => {
    expect(postingFoundSentence([], 'PLAIN_TEXT')).toBe('Nothing usable was found in the pasted text.');
  });
});

describe('listInWords', () => {
  it('joins with commas and a final “and”', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('postingFailureHint', () => {
  it('suggests what to paste instead, by the parser’s reason', () => {
    expect(postingFailureHint('INVALID_JSON')).toMatch(/whole block/);
    expect(postingFailureHint('NO_JOB_POSTING')).toMatch(/HTML or the posting’s text/);
    expect(postingFailureHint(undefined)).toMatch(/by hand/);
  });
});

describe('linkFailureHint', () => {
  it.each([
    ['URL_NOT_ALLOWED', /public address/],
    ['FETCH_FAILED', /paste it instead/],
    ['TOO_MANY_REDIRECTS', /address you land on/],
    ['TOO_LARGE', /text instead/],
    ['TIMEOUT', /Try again/],
    ['NOT_HTML', /web page/],
    ['POSTING_UNUSABLE', /no posting Onward can read/],
    [undefined, /paste the page/],
  ])('%s: says what to try next, and that the link is kept', (reason, hint) => {
    expect(linkFailureHint(reason)).toMatch(hint);
    expect(linkFailureHint(reason)).toMatch(/The link is kept on the form below\.$/);
  });
});

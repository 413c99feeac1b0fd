import type { JobPostingSource } from '../../../generated/gql/graphql';

const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  company: 'company',
  location: 'location',
  remote: 'remote',
  workplace: 'remote policy',
  description: 'description',
  url: 'link',
  salary: 'salary',
  employmentType: 'employment type',
  employmentTypes: 'employment type',
  datePosted: 'date posted',
  validThrough: 'closing date',
};

const SOURCE_WORDS: Record<JobPostingSource, string> = {
  JSON_LD: 'the page’s structured data (JSON-LD)',
  MICRODATA: 'the page’s structured data (microdata)',
  OPEN_GRAPH: 'the page’s title and meta tags',
  HTML_HEADINGS: 'the page’s title and main heading only',
  PLAIN_TEXT: 'the pasted text',
};

/** "title, company and location" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Found the title, company and salary in the page’s structured data (JSON-LD)." */
export function postingFoundSentence(fieldsFound: string[], source: JobPostingSource): string {
  const where = SOURCE_WORDS[source] ?? 'the posting';
  const words = [...new Set(fieldsFound.map((field) => FIELD_WORDS[field] ?? field))];
  if (words.length === 0) return `Nothing usable was found in ${where}.`;
  return `Found the ${listInWords(words)} in ${where}.`;
}

const FAILURE_HINTS: Record<string, string> = {
  EMPTY: 'Paste a job page’s HTML, its JSON-LD, or the text of the posting.',
  TOO_LARGE: 'Paste only the posting’s JSON-LD block or its text instead of the whole page.',
  INVALID_JSON: 'Check that you copied the whole block, or paste the page’s HTML or the posting’s text instead.',
  NO_JOB_POSTING: 'Paste the page’s HTML or the posting’s text instead; the form below also works by hand.',
  NOTHING_USABLE: 'Copy the posting’s text and paste that, or fill in the form below by hand.',
};

/** What to try next after a failed import, by the parser's reason (`extensions.postingFailure`). */
export function postingFailureHint(failure: unknown): string {
  return (typeof failure === 'string' && FAILURE_HINTS[failure]) || 'You can also fill in the form below by hand.';
}

const LINK_FAILURE_HINTS: Record<string, string> = {
  URL_NOT_ALLOWED: 'Use the posting’s public address, as your browser shows it (https://…).',
  FETCH_FAILED: 'Some sites do not let servers read their pages. Open the posting, copy the page or its text, and paste it instead.',
  TOO_MANY_REDIRECTS: 'Open the link in your browser and copy the address you land on, or paste the page instead.',
  TOO_LARGE: 'Paste the posting’s text instead.',
  TIMEOUT: 'Try again in a moment, or paste the page instead.',
  NOT_HTML: 'Link to the posting’s web page, or paste its text instead.',
  POSTING_UNUSABLE: 'The page holds no posting Onward can read: paste the posting’s text instead, or fill in the form by hand.',
};

/**
 * What to try next after a link could not be read, by the API's reason (`extensions.reason`). The link is
 * kept on the form either way.
 */
export function linkFailureHint(reason: unknown): string {
  const hint = (typeof reason === 'string' && LINK_FAILURE_HINTS[reason]) || 'You can also paste the page, or fill in the form by hand.';
  return `${hint} The link is kept on the form below.`;
}

import { draftFromJsonLd } from './draft-from-json-ld';
import { draftFromPlainText } from './draft-from-plain-text';
import { extractJsonLdBlocks, looksLikeHtml, readCanonicalUrl, readMetaTags } from './html-scan';
import { findJobPostings, parseJsonLenient, type JsonObject } from './json-ld';
import { completeDraft, type ParseFailureReason, type ParseResult, type ParseSource } from './job-posting-draft';
import { findMicrodataJobPostings } from './microdata';
import { isJobSiteName } from './page-title';
import { readPageHeading } from './page-heading';

/** Far beyond any real job page (a few hundred kB), small enough to scan with regular expressions. */
export const DEFAULT_MAX_POSTING_LENGTH = 2_000_000;

export interface ParseJobPostingOptions {
  maxLength?: number;
}

/** Said whenever only a page's title and headings could be read, so the report knows to check. */
export const HEADINGS_ONLY_WARNING =
  'Only the page’s title and main heading could be read: it has no job posting data and no Open Graph tags. Check the title and fill in the rest.';

/**
 * Fills an interesting role from what a report pasted: a job page's HTML (its schema.org JobPosting
 * JSON-LD or microdata, else its Open Graph tags, else its <h1> and <title>), a JobPosting JSON-LD
 * document, or plain text.
 * Expected failures are results, not exceptions, so the UI can say what went wrong.
 */
export function parseJobPosting(input: string, options: ParseJobPostingOptions = {}): ParseResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_POSTING_LENGTH;
  if (typeof input !== 'string' || input.trim() === '') {
    return failure('EMPTY', 'Nothing was pasted. Paste a job page, its JSON-LD, or the text of the posting.');
  }
  if (input.length > maxLength) {
    return failure('TOO_LARGE', `The pasted text is longer than ${maxLength.toLocaleString('en-US')} characters.`);
  }
  const text = input.replace(/^\ufeff/, '').trim();
  if (looksLikeJson(text)) return parseJsonDocument(text);
  if (looksLikeHtml(text)) return parseHtmlPage(text);
  const warnings: string[] = [];
  return { ok: true, source: 'PLAIN_TEXT', draft: completeDraft(draftFromPlainText(text, warnings)), warnings };
}

/** An object, or an array of objects or arrays; "[Remote] Engineer" stays plain text. */
function looksLikeJson(text: string): boolean {
  return /^(?:\{|\[\s*[{["\]])/.test(text);
}

function parseJsonDocument(text: string): ParseResult {
  const parsed = parseJsonLenient(text);
  if (!parsed.ok) return failure('INVALID_JSON', `The pasted JSON could not be read: ${parsed.error}`);
  const postings = findJobPostings(parsed.value);
  if (postings.length === 0) {
    return failure('NO_JOB_POSTING', 'The pasted JSON is not a schema.org JobPosting.');
  }
  return fromJobPostings(postings, []);
}

function parseHtmlPage(html: string): ParseResult {
  const warnings: string[] = [];
  const postings: JsonObject[] = [];
  const blocks = extractJsonLdBlocks(html);
  let brokenBlocks = 0;
  blocks.forEach((block, index) => {
    const parsed = parseJsonLenient(block);
    if (parsed.ok) {
      postings.push(...findJobPostings(parsed.value));
    } else {
      brokenBlocks += 1;
      warnings.push(`Structured data block ${index + 1} of ${blocks.length} is not valid JSON and was skipped.`);
    }
  });

  const meta = readMetaTags(html);
  const pageUrl = meta.get('og:url') ?? readCanonicalUrl(html);
  const heading = readPageHeading(html, meta);

  const microdata = postings.length > 0 ? [] : findMicrodataJobPostings(html);
  if (postings.length > 0 || microdata.length > 0) {
    const source: ParseSource = postings.length > 0 ? 'JSON_LD' : 'MICRODATA';
    const result = fromJobPostings(postings.length > 0 ? postings : microdata, warnings, source);
    if (!result.ok) return result;
    // Sparse structured data (Greenhouse leaves out the url) is completed from the page itself. The company
    // is not taken from og:site_name here: on job boards that names the board, not the employer.
    const { title, url } = result.draft;
    const draft = completeDraft({ ...result.draft, title: title ?? heading.title, url: url ?? pageUrl });
    return { ...result, draft };
  }

  const hasOpenGraph = Array.from(meta.keys()).some((key) => key.startsWith('og:'));
  const siteName = meta.get('og:site_name');
  const draft = completeDraft({
    title: heading.title,
    company: (siteName && !isJobSiteName(siteName) ? siteName : null) ?? heading.company,
    location: heading.location,
    description: meta.get('og:description') ?? meta.get('description') ?? null,
    url: pageUrl,
  });
  if (draft.fieldsFound.length === 0) {
    return brokenBlocks > 0
      ? failure('INVALID_JSON', 'The page’s structured data is not valid JSON, and the page has nothing else to read.')
      : failure('NOTHING_USABLE', 'The page has no job posting data, no Open Graph tags and no title.');
  }
  if (blocks.length > brokenBlocks) {
    warnings.push('The page’s structured data has no JobPosting; the fields come from its meta tags and title.');
  }
  if (!hasOpenGraph) warnings.push(HEADINGS_ONLY_WARNING);
  return { ok: true, source: hasOpenGraph ? 'OPEN_GRAPH' : 'HTML_HEADINGS', draft, warnings };
}

function fromJobPostings(postings: readonly JsonObject[], warnings: string[], source: ParseSource = 'JSON_LD'): ParseResult {
  if (postings.length > 1) warnings.push(`Found ${postings.length} job postings; the first one was used.`);
  const draft = completeDraft(draftFromJsonLd(postings[0], warnings));
  return { ok: true, source, draft, warnings };
}

function failure(reason: ParseFailureReason, message: string): ParseResult {
  return { ok: false, reason, message };
}

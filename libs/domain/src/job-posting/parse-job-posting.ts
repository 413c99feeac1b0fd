import { draftFromJsonLd } from './draft-from-json-ld';
import { draftFromPlainText } from './draft-from-plain-text';
import {
  extractJsonLdBlocks,
  looksLikeHtml,
  readCanonicalUrl,
  readFirstElementText,
  readMetaTags,
} from './html-scan';
import { findJobPostings, parseJsonLenient, type JsonObject } from './json-ld';
import { completeDraft, type ParseFailureReason, type ParseResult } from './job-posting-draft';

/** Far beyond any real job page (a few hundred kB), small enough to scan with regular expressions. */
export const DEFAULT_MAX_POSTING_LENGTH = 2_000_000;

export interface ParseJobPostingOptions {
  maxLength?: number;
}

/**
 * Fills an interesting role from what a report pasted: a job page's HTML (its schema.org JobPosting
 * JSON-LD, else its Open Graph tags and <title>), a JobPosting JSON-LD document, or plain text.
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
  const pageTitle = meta.get('og:title') ?? readFirstElementText(html, 'title') ?? readFirstElementText(html, 'h1');

  if (postings.length > 0) {
    const result = fromJobPostings(postings, warnings);
    if (!result.ok) return result;
    // Sparse JSON-LD (Greenhouse leaves out the url) is completed from the page itself. The company is not
    // taken from og:site_name here: on job boards that names the board, not the employer.
    const { title, url } = result.draft;
    const draft = completeDraft({ ...result.draft, title: title ?? pageTitle, url: url ?? pageUrl });
    return { ...result, draft };
  }

  const draft = completeDraft({
    title: pageTitle,
    company: meta.get('og:site_name') ?? null,
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
  return { ok: true, source: 'OPEN_GRAPH', draft, warnings };
}

function fromJobPostings(postings: readonly JsonObject[], warnings: string[]): ParseResult {
  if (postings.length > 1) warnings.push(`Found ${postings.length} job postings; the first one was used.`);
  const draft = completeDraft(draftFromJsonLd(postings[0], warnings));
  return { ok: true, source: 'JSON_LD', draft, warnings };
}

function failure(reason: ParseFailureReason, message: string): ParseResult {
  return { ok: false, reason, message };
}

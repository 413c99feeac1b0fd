import type { JobPostingFields } from './job-posting-draft';

/** A first line longer than this is probably a paragraph, not a title; the report is told to check it. */
const LONG_TITLE_CHARACTERS = 150;
const MAX_COMPANY_WORDS = 5;
const MAX_COMPANY_CHARACTERS = 60;

/**
 * Words after a dash that name a team, a place or a contract rather than a company ("Engineer - Remote",
 * "Engineer – Payments"): the dash pattern is ambiguous, so it only splits when none of these leads.
 */
const NOT_A_COMPANY = new Set([
  'remote', 'hybrid', 'onsite', 'on-site', 'office', 'full-time', 'full', 'part-time', 'part', 'contract',
  'contractor', 'freelance', 'temporary', 'temp', 'permanent', 'internship', 'usa', 'us', 'uk', 'eu', 'emea',
  'apac', 'latam', 'americas', 'europe', 'worldwide', 'anywhere', 'global', 'platform', 'payments',
  'infrastructure', 'backend', 'back-end', 'frontend', 'front-end', 'fullstack', 'full-stack', 'mobile', 'ios',
  'android', 'data', 'ml', 'ai', 'security', 'growth', 'core', 'api', 'cloud', 'devops', 'sre', 'web', 'product',
  'design', 'search', 'ads', 'billing', 'identity', 'reliability', 'team', 'new', 'urgent', 'senior', 'junior',
]);

/**
 * Plain text: the first non-empty line is the title, the rest the description. "Title at Company" (or
 * "@") and "Title - Company" (or "–", "—", "|") are split only when the separator appears once and what
 * follows it reads like a short, capitalised name; otherwise the whole line stays the title.
 */
export function draftFromPlainText(text: string, warnings: string[]): Partial<JobPostingFields> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const titleIndex = lines.findIndex((line) => line !== '');
  const firstLine = titleIndex === -1 ? '' : lines[titleIndex];
  const description = lines
    .slice(titleIndex + 1)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  if (firstLine.length > LONG_TITLE_CHARACTERS) {
    warnings.push('The first line is long for a job title; check that the title is right.');
  }
  const { title, company } = splitTitleAndCompany(firstLine);
  return { title: title || null, company, description: description || null };
}

/** "at" is the clearer signal: when a line has one, a dash in it is part of the title or company. */
export function splitTitleAndCompany(line: string): { title: string; company: string | null } {
  const whole = { title: line, company: null };
  const atSplit = splitOnce(line, /\s(?:at|@)\s/g);
  if (atSplit) {
    return atSplit.before && isCompanyName(atSplit.after) ? { title: atSplit.before, company: atSplit.after } : whole;
  }
  const dashSplit = splitOnce(line, /\s(?:-|–|—|\|)\s/g);
  if (dashSplit?.before && isCompanyName(dashSplit.after) && !startsWithNonCompanyWord(dashSplit.after)) {
    return { title: dashSplit.before, company: dashSplit.after };
  }
  return whole;
}

/** The text around the separator when it occurs exactly once. */
function splitOnce(line: string, separator: RegExp): { before: string; after: string } | null {
  const matches = Array.from(line.matchAll(separator));
  if (matches.length !== 1) return null;
  const [match] = matches;
  return { before: line.slice(0, match.index).trim(), after: line.slice(match.index + match[0].length).trim() };
}

function isCompanyName(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length > 0 &&
    text.length <= MAX_COMPANY_CHARACTERS &&
    words.length <= MAX_COMPANY_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[!?:;,]$/.test(text) // "Acme Inc." is a name; "…: " is not
  );
}

function startsWithNonCompanyWord(text: string): boolean {
  const firstWord = text.split(/[\s,(/]/)[0].toLowerCase();
  return NOT_A_COMPANY.has(firstWord);
}

import { looksLikePlace } from './plain-text/place-text';
import { readsAsCompanyAfterDash, splitTitleAndCompany } from './plain-text/title-line';

/**
 * A page's <title> or og:title names the job and then the site: "Senior Engineer - Acme | Indeed.com",
 * "Acme hiring Senior Engineer in Paris, France | LinkedIn". The site is not part of the job's title, and
 * on a job board the rest follows the board's pattern, which also names the company and the place.
 */

const JOB_SITES = [
  'linkedin', 'indeed', 'glassdoor', 'stepstone', 'xing', 'welcome to the jungle', 'monster', 'totaljobs', 'reed', 'reed.co.uk', 'cv-library',
  'jobs.ch', 'jobup.ch', 'karriere.at', 'greenhouse', 'lever', 'workable', 'personio', 'join', 'otta', 'wellfound', 'angellist', 'dice',
  'ziprecruiter', 'simplyhired', 'careerbuilder', 'hellowork', 'apec', 'cadremploi', 'france travail', 'pôle emploi', 'jobteaser', 'kununu',
  'jobware', 'stack overflow', 'builtin', 'built in', 'smartrecruiters', 'recruitee', 'teamtailor', 'ashby', 'breezy hr', 'bamboohr',
];
const JOB_SITE_NAMES = new Set(JOB_SITES);
/** What separates the job from the site: " | ", " - ", " – ", " — ", " · ", " :: ". */
const SITE_SEPARATOR = /\s+(?:\||-|–|—|·|::)\s+/g;
const APPLICATION_PREFIX = /^(?:job application for|apply for|candidature pour|bewerbung als)\s+/i;
/** "Indeed.com", "fr.indeed.com", "Reed.co.uk", "Welcome to the Jungle". */
const DOMAIN = /^(?:[a-z0-9-]+\.)*([a-z0-9-]+)\.(?:com|co\.uk|fr|de|ch|at|io|co|net|org|jobs)$/i;

export interface SiteTitle {
  title: string;
  company: string | null;
  location: string | null;
  /** The title named a job site, which was taken off. */
  site: string | null;
}

/** Whether a name (og:site_name, a title's last part) is a job site rather than an employer. */
export function isJobSiteName(name: string): boolean {
  const key = name.trim().toLowerCase();
  return JOB_SITE_NAMES.has(key) || JOB_SITE_NAMES.has(DOMAIN.exec(key)?.[1] ?? '');
}

/**
 * The job's title (and company and place, when the site's pattern gives them) from a page title.
 * `employerNames` are names the page gives its own site elsewhere (og:site_name, a logo heading): a
 * careers site's "Senior Engineer | Acme" ends with its employer, not a job board.
 */
export function readSiteTitle(text: string, employerNames: ReadonlyArray<string | null> = []): SiteTitle {
  const trimmed = text.trim();
  const cuts = Array.from(trimmed.matchAll(SITE_SEPARATOR), (match) => ({ start: match.index, end: match.index + match[0].length }));
  const lastCut = cuts.at(-1);
  const lastPart = lastCut ? trimmed.slice(lastCut.end).trim() : '';
  if (lastCut && employerNames.some((name) => name && name.trim().toLowerCase() === lastPart.toLowerCase()) && !isJobSiteName(lastPart)) {
    return { title: trimmed.slice(0, lastCut.start).trim(), company: lastPart, location: null, site: null };
  }
  if (!lastCut || !isJobSiteName(lastPart)) {
    // Greenhouse's boards title a page "Job Application for Senior Engineer at Acme", with no site name.
    const application = APPLICATION_PREFIX.exec(trimmed);
    if (!application) return { title: trimmed, company: null, location: null, site: null };
    return { ...splitTitleAndCompany(trimmed.slice(application[0].length)), location: null, site: null };
  }
  const site = trimmed.slice(lastCut.end).trim();
  const rest = trimmed.slice(0, lastCut.start).trim();

  // LinkedIn: "Acme hiring Senior Engineer in Paris, France"; Glassdoor: "Acme hiring Senior Engineer Job in Paris".
  const hiring = /^(.+?) (?:is )?hiring (?:a |an )?(.+?)(?: job)? in (.+)$/i.exec(rest);
  if (hiring) return { title: hiring[2].trim(), company: hiring[1].trim(), location: hiring[3].trim(), site };
  // Glassdoor: "Senior Engineer job in Paris at Acme".
  const jobIn = /^(.+?) job in (.+?) at (.+)$/i.exec(rest);
  if (jobIn) return { title: jobIn[1].trim(), company: jobIn[3].trim(), location: jobIn[2].trim(), site };
  const job = rest.replace(APPLICATION_PREFIX, '');
  const parts = cuts.slice(0, -1);
  const pieces = piecesBetween(rest, parts);
  // Indeed: "Senior Engineer - Acme - Austin, TX": the last piece is a place, the one before the company.
  if (pieces.length >= 3 && looksLikePlace(pieces.at(-1) ?? '') && readsAsCompanyAfterDash(pieces.at(-2) ?? '')) {
    return { title: pieces.slice(0, -2).join(' - '), company: pieces.at(-2) ?? null, location: pieces.at(-1) ?? null, site };
  }
  // "Senior Engineer - Acme", "Staff Engineer – Payments - Acme": the last piece, when it reads as a name.
  if (pieces.length >= 2 && readsAsCompanyAfterDash(pieces.at(-1) ?? '')) {
    const lastPart = parts.at(-1);
    return { title: lastPart ? rest.slice(0, lastPart.start).trim() : rest, company: pieces.at(-1) ?? null, location: null, site };
  }
  const split = splitTitleAndCompany(job);
  return { title: split.title, company: split.company, location: null, site };
}

/** The text between separators. */
function piecesBetween(text: string, cuts: ReadonlyArray<{ start: number; end: number }>): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut.start).trim());
    from = cut.end;
  }
  pieces.push(text.slice(from).trim());
  return pieces.filter(Boolean);
}

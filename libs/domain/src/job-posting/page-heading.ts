import { readFirstElementText } from './html-scan';
import { isJobSiteName, readSiteTitle } from './page-title';
import { looksLikeJobTitle, readsAsCompanyAfterDash } from './plain-text/title-line';

/** What a page's headings say about the job when it has no structured data. */
export interface PageHeading {
  title: string | null;
  company: string | null;
  location: string | null;
}

const LONG_HEADING_CHARACTERS = 150;
/** Headings that name the page, not the job. */
const GENERIC_HEADING = /^(?:jobs?|careers?|job details|job description|emplois?|offres? d'emploi|carrières?|stellenangebote?|karriere|jobs? bei .+|join us)$/i;

/**
 * The job's title from the page: og:title (without the site's name) unless it merely wraps the <h1>; else
 * the <h1> when it is a clean heading, since the <title> carries the site's name ("Senior Engineer -
 * Acme | Indeed.com"); else the <title> without it. A <title> that reads as a job title beats an <h1>
 * that does not (a careers site's logo in an <h1>).
 */
export function readPageHeading(html: string, meta: ReadonlyMap<string, string>): PageHeading {
  const h1 = cleanHeading(readFirstElementText(html, 'h1'));
  const openGraph = meta.get('og:title') ?? null;
  const titleTag = readFirstElementText(html, 'title');
  const employerNames = [meta.get('og:site_name') ?? null, readFirstElementText(html, 'h1')];

  if (openGraph) {
    const site = readSiteTitle(openGraph, employerNames);
    const title = h1 && contains(site.title, h1) ? h1 : site.title;
    return { title, company: site.company, location: site.location };
  }
  const site = titleTag ? readSiteTitle(titleTag, employerNames) : null;
  if (h1 && (!site || contains(site.title, h1) || looksLikeJobTitle(h1) || !looksLikeJobTitle(site.title))) {
    const sameJob = site !== null && contains(site.title, h1);
    const company = (sameJob ? site.company : null) ?? (titleTag ? nameBesideHeading(titleTag, h1) : null);
    return { title: h1, company, location: sameJob ? site.location : null };
  }
  return site ? { title: site.title || null, company: site.company, location: site.location } : { title: null, company: null, location: null };
}

/** "Senior Engineer | Acme" or "Acme - Senior Engineer" around an <h1> "Senior Engineer": the site's own name. */
function nameBesideHeading(titleTag: string, h1: string): string | null {
  const at = titleTag.toLowerCase().indexOf(h1.toLowerCase());
  if (at === -1) return null;
  const before = /^(.+?)\s+(?:\||-|–|—|·|::)\s*$/u.exec(titleTag.slice(0, at))?.[1];
  const after = /^\s*(?:\||-|–|—|·|::|at|@)\s+(.+)$/u.exec(titleTag.slice(at + h1.length))?.[1];
  const name = (after ?? before)?.trim();
  return name && readsAsCompanyAfterDash(name) && !isJobSiteName(name) ? name : null;
}

function cleanHeading(text: string | null): string | null {
  if (!text || text.length > LONG_HEADING_CHARACTERS || GENERIC_HEADING.test(text.replace(/[’]/g, "'"))) return null;
  return text;
}

function contains(text: string, part: string): boolean {
  return text.toLowerCase().includes(part.toLowerCase());
}

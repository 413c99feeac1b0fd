import type { SalaryRange, Workplace } from '../job-posting-draft';
import { isChromeLine, readPostedBy, readSaveLabel } from './board-chrome';
import { readLabelledLine } from './line-labels';
import { looksLikePlace, mayBeTownName, splitWorkplaceNote } from './place-text';
import { findSalary } from './salary-text';
import { matchingKey } from './text-keys';
import { hasCompanySuffix, isCompanyName, looksLikeJobTitle, splitTitleAndCompany } from './title-line';
import { readWorkTerms } from './work-terms';

/** What the lines above a posting's description say: the board's layout, read line by line. */
export interface HeaderFacts {
  title: string | null;
  company: string | null;
  location: string | null;
  salary: SalaryRange | null;
  employmentTypes: string[];
  workplace: Workplace | null;
  /** The lines carried a board's marks (chrome or recognisable facts), not just a title. */
  fromBoard: boolean;
}

type LineKind = 'blank' | 'chrome' | 'fact' | 'candidate';

/** Company evidence, strongest first: the board names it, a rating follows it, a legal form ends it. */
const Evidence = { NAMED: 0, RATED: 1, BESIDE_PLACE: 2, LEGAL_FORM: 3 } as const;
type Evidence = (typeof Evidence)[keyof typeof Evidence];

const RATING = /^\d[.,]\d(?: ?(?:★|☆|\*|out of 5 stars|sur 5 étoiles|von 5 sternen|stars?))?$/;
/** A town the place list does not know is looked for this close to the title, and no further. */
const TOWN_LINES_AFTER_TITLE = 3;
/** Glassdoor puts the rating on the company's line: "Cobaltline 4.3 ★". */
const TRAILING_RATING = /\s+\d[.,]\d\s*[★☆*]?$/u;
/** Pieces of a line: LinkedIn joins facts with "·", others with "•" or "|". */
const SEGMENT_SEPARATOR = /\s+[·•|]\s+/;
/** After a salary, a spaced dash starts the next fact: "$145,000 - $170,000 a year - Full-time". */
const SALARY_REST_SEPARATOR = /\s+[·•|]\s+|\s+[-–—]\s+|^\s*[-–—,]\s*/;

/** Reads title, company, place, pay, contract and workplace from the header lines of a paste. */
export function readHeader(lines: readonly string[]): HeaderFacts {
  const facts: HeaderFacts = { title: null, company: null, location: null, salary: null, employmentTypes: [], workplace: null, fromBoard: false };
  const kinds: LineKind[] = [];
  const candidates: Array<{ index: number; text: string }> = [];
  const companies: Array<{ evidence: Evidence; name: string }> = [];
  let saveLabel: { title: string; company: string } | null = null;

  const addTerms = (text: string): boolean => {
    const terms = readWorkTerms(text);
    for (const type of terms.employmentTypes) if (!facts.employmentTypes.includes(type)) facts.employmentTypes.push(type);
    facts.workplace ??= terms.workplace;
    return terms.onlyTerms;
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return kinds.push('blank');
    const save = readSaveLabel(line);
    if (save) saveLabel ??= save;
    const postedBy = readPostedBy(line);
    if (postedBy) companies.push({ evidence: Evidence.NAMED, name: postedBy });
    if (isChromeLine(line, 'header')) {
      if (RATING.test(matchingKey(line))) rateNearestCandidate(candidates, companies);
      return kinds.push('chrome');
    }

    const labelled = readLabelledLine(line);
    if (labelled) {
      if (labelled.kind === 'salary') facts.salary ??= findSalary(labelled.value)?.salary ?? null;
      if (labelled.kind === 'employment' || labelled.kind === 'workplace') addTerms(labelled.value);
      if (labelled.kind === 'location') facts.location ??= labelled.value;
      if (labelled.kind === 'company') companies.push({ evidence: Evidence.NAMED, name: labelled.value });
      return kinds.push('fact');
    }

    let rest = line;
    let separator = SEGMENT_SEPARATOR;
    const salary = findSalary(line);
    if (salary) {
      facts.salary ??= salary.salary;
      rest = `${line.slice(0, salary.start)} ${line.slice(salary.end)}`;
      separator = SALARY_REST_SEPARATOR;
    }
    let found = salary !== null;
    const unread: string[] = [];
    let placeInLine = false;
    for (const segment of rest.split(separator).map((s) => s.trim()).filter(Boolean)) {
      if (isChromeLine(segment, 'header')) continue;
      if (addTerms(segment)) {
        found = true;
        continue;
      }
      const { place, note } = splitWorkplaceNote(segment);
      if (!looksLikeJobTitle(place) && !hasCompanySuffix(place) && looksLikePlace(place)) {
        if (note) addTerms(note);
        facts.location ??= place;
        found = placeInLine = true;
        continue;
      }
      if (hasCompanySuffix(segment) && !looksLikeJobTitle(segment)) {
        companies.push({ evidence: Evidence.LEGAL_FORM, name: segment });
        found = true;
        continue;
      }
      unread.push(segment);
    }
    if (placeInLine) {
      for (const name of unread) if (isCompanyName(name) && !looksLikeJobTitle(name)) companies.push({ evidence: Evidence.BESIDE_PLACE, name });
    }
    if (found) return kinds.push('fact');
    if (unread.length === 0) return kinds.push('chrome');
    const trailingRating = TRAILING_RATING.exec(line);
    if (trailingRating && unread.length === 1) {
      companies.push({ evidence: Evidence.RATED, name: line.slice(0, trailingRating.index).trim() });
      return kinds.push('fact');
    }
    candidates.push({ index, text: line });
    return kinds.push('candidate');
  });

  facts.fromBoard = kinds.some((kind) => kind === 'chrome' || kind === 'fact');
  // On a board the title need not come first (LinkedIn leads with the company); in plain text it does.
  const titleCandidate = (facts.fromBoard ? candidates.find((c) => looksLikeJobTitle(c.text)) : undefined) ?? candidates[0] ?? null;
  const named = saveLabel as { title: string; company: string } | null;
  facts.title = named?.title ?? titleCandidate?.text ?? null;
  if (named) companies.push({ evidence: Evidence.NAMED, name: named.company });

  companies.sort((a, b) => a.evidence - b.evidence);
  facts.company = companies[0]?.name ?? null;
  if (facts.company === null && facts.title !== null) {
    // A board's header with no sign of which line is the company: the short name beside the title, then
    // the "Title at Company" forms; a paste that is only text keeps to the latter.
    const beside = facts.fromBoard && titleCandidate ? companyBeside(titleCandidate.index, kinds, candidates) : null;
    const split = beside ? null : splitTitleAndCompany(facts.title);
    facts.company = beside ?? split?.company ?? null;
    if (split?.company) facts.title = split.title;
  }
  if (facts.location === null && facts.fromBoard && titleCandidate) facts.location = townBelowTitle(titleCandidate.index, candidates, facts);
  return facts;
}

/**
 * Boards list the place a line or two below the title (StepStone: title, company, "Kiel"); a town the
 * place list does not know is taken from there when nothing else gave one.
 */
function townBelowTitle(titleIndex: number, candidates: ReadonlyArray<{ index: number; text: string }>, facts: HeaderFacts): string | null {
  const town = candidates.find(
    (c) =>
      c.index > titleIndex &&
      c.index <= titleIndex + TOWN_LINES_AFTER_TITLE &&
      c.text !== facts.title &&
      c.text !== facts.company &&
      mayBeTownName(c.text) &&
      !looksLikeJobTitle(c.text),
  );
  return town?.text ?? null;
}

/** A rating line marks the closest line above it as the company ("Northbeam Analytics" / "4.1 out of 5 stars"). */
function rateNearestCandidate(candidates: Array<{ index: number; text: string }>, companies: Array<{ evidence: Evidence; name: string }>): void {
  const last = candidates.at(-1);
  if (!last || looksLikeJobTitle(last.text) || !isCompanyName(last.text)) return;
  candidates.pop();
  companies.push({ evidence: Evidence.RATED, name: last.text });
}

/**
 * The unread line next to the title, skipping chrome, stopping at a fact: after it (Indeed, StepStone)
 * or before it (LinkedIn, Welcome to the Jungle).
 */
function companyBeside(titleIndex: number, kinds: readonly LineKind[], candidates: ReadonlyArray<{ index: number; text: string }>): string | null {
  for (const step of [1, -1]) {
    for (let index = titleIndex + step; index >= 0 && index < kinds.length; index += step) {
      const kind = kinds[index];
      if (kind === 'blank' || kind === 'chrome') continue;
      if (kind === 'fact') break;
      const text = candidates.find((c) => c.index === index)?.text ?? '';
      if (isCompanyName(text) && !looksLikeJobTitle(text)) return text;
      break;
    }
  }
  return null;
}

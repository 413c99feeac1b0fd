import type { JobPostingFields } from './job-posting-draft';
import { isBoardMarker, isChromeLine, isContentHeading, tailAt } from './plain-text/board-chrome';
import { readHeader, type HeaderFacts } from './plain-text/board-header';
import { readLabelledLine } from './plain-text/line-labels';
import { findSalary, hasSalaryLabel } from './plain-text/salary-text';
import { readWorkTerms } from './plain-text/work-terms';

export { splitTitleAndCompany } from './plain-text/title-line';

/** A first line longer than this is probably a paragraph, not a title; the report is told to check it. */
const LONG_TITLE_CHARACTERS = 150;
/** Boards put a screenful of chrome and facts above the description, never more. */
const MAX_HEADER_LINES = 60;
/** Longer than a board's header line: a sentence of the posting. */
const PROSE_CHARACTERS = 90;

/**
 * Plain text, typically a job board's page selected and copied. The lines above the posting's own text
 * (the header) carry the title, company, place, pay, contract and workplace in the board's layout, among
 * buttons and counters; the description is the posting's text without them. A paste with no such header
 * reads as before: the first line is the title ("Title at Company" is split), the rest the description.
 */
export function draftFromPlainText(text: string, warnings: string[]): Partial<JobPostingFields> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const first = lines.findIndex((line) => line !== '');
  if (first === -1) return { title: null, company: null, description: null };

  const { headerEnd, descriptionStart } = findDescriptionStart(lines, first);
  const tail = findTail(lines, descriptionStart);
  const header = readHeader(lines.slice(first, headerEnd));
  const bodyLines = lines.slice(descriptionStart, tail.index);
  const facts = withBodyFacts(header, bodyLines);

  const title = facts.title ?? lines[first];
  if (title.length > LONG_TITLE_CHARACTERS) {
    warnings.push('The first line is long for a job title; check that the title is right.');
  }
  const description = describe(bodyLines);
  const fields: Partial<JobPostingFields> = { title, company: facts.company ?? tail.company, description: description || null };
  if (facts.location) fields.location = facts.location;
  if (facts.salary) fields.salary = facts.salary;
  if (facts.employmentTypes.length > 0) fields.employmentType = facts.employmentTypes;
  if (facts.workplace) {
    fields.workplace = facts.workplace;
    fields.remote = facts.workplace === 'REMOTE';
  }
  return fields;
}

/**
 * Where the posting's text begins. A board's heading ("About the job", "Description du poste",
 * "Stellenbeschreibung") starts it and is dropped; the posting's own first heading ("Ihre Aufgaben",
 * "About us") starts it and stays. Either only counts when nothing above it reads as prose, so a
 * posting's own "Job description" heading halfway down keeps its first paragraphs. Without one, the
 * header runs as long as its lines read like a board's (chrome and facts).
 */
function findDescriptionStart(lines: readonly string[], first: number): { headerEnd: number; descriptionStart: number } {
  const limit = Math.min(lines.length, first + MAX_HEADER_LINES);
  for (let index = first + 1; index < limit; index++) {
    const line = lines[index];
    if (isBoardMarker(line)) {
      let start = index + 1;
      while (start < lines.length && (lines[start] === '' || isBoardMarker(lines[start]))) start++;
      return { headerEnd: index, descriptionStart: start };
    }
    if (isContentHeading(line)) return { headerEnd: index, descriptionStart: index };
    if (isProse(line)) break;
  }
  const end = boardHeaderEnd(lines, first);
  return { headerEnd: end, descriptionStart: end };
}

/** Just past the last line of a board's header, or just past the title when the paste has none. */
function boardHeaderEnd(lines: readonly string[], first: number): number {
  let end = first + 1;
  const limit = Math.min(lines.length, first + MAX_HEADER_LINES);
  for (let index = first + 1; index < limit; index++) {
    const line = lines[index];
    if (line === '') continue;
    if (isProse(line)) break;
    const facts = readHeader([line]);
    if (facts.fromBoard) end = index + 1;
  }
  return end;
}

function isProse(line: string): boolean {
  if (isChromeLine(line, 'header')) return false;
  return line.length > PROSE_CHARACTERS || (/[.!?]$/.test(line) && line.split(' ').length >= 4);
}

/** Where the board's matter after the posting starts (similar jobs, alerts, the company box). */
function findTail(lines: readonly string[], from: number): { index: number; company: string | null } {
  for (let index = from; index < lines.length; index++) {
    const tail = tailAt(lines, index);
    if (tail) return { index, company: tail.company };
  }
  return { index: lines.length, company: null };
}

/**
 * What the header did not say may be in the posting's text, but only where the text says so: a labelled
 * line ("Type de contrat : CDD", "Rémunération : jusqu’à 38 K€") or a salary with its period ("€60,000 –
 * €75,000 a year"). A sentence that mentions "contract" or "remote" in passing is not read.
 */
function withBodyFacts(header: HeaderFacts, body: readonly string[]): HeaderFacts {
  const facts = { ...header, employmentTypes: [...header.employmentTypes] };
  for (const line of body) {
    if (facts.salary === null) {
      const found = findSalary(line);
      if (found && (found.hasPeriod || hasSalaryLabel(line))) facts.salary = found.salary;
    }
    const labelled = readLabelledLine(line);
    if (!labelled) continue;
    if (labelled.kind === 'employment' && facts.employmentTypes.length === 0) facts.employmentTypes = readWorkTerms(labelled.value).employmentTypes;
    if (labelled.kind === 'workplace') facts.workplace ??= readWorkTerms(labelled.value).workplace;
    if (labelled.kind === 'location' && labelled.value.length <= 80) facts.location ??= labelled.value;
  }
  return facts;
}

/** The posting's lines without the board's buttons and notes, blank runs shortened to one. */
function describe(body: readonly string[]): string {
  return body
    .filter((line) => !isChromeLine(line, 'body'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

import { matchingKey, phraseAlternation, WORD_END, WORD_START } from './text-keys';

const MAX_COMPANY_WORDS = 5;
const MAX_COMPANY_CHARACTERS = 60;

/**
 * Words that make a line a job title rather than a company or a place, in English, French and German.
 * Not "engineering", "design" or "support": companies are named with them as often as jobs are.
 * German joins words ("Softwareentwickler", "Projektleiterin"), so its nouns also count at a word's end.
 */
const JOB_WORDS = [
  'engineer', 'developer', 'programmer', 'designer', 'manager', 'director', 'head of', 'product owner',
  'lead', 'leader', 'scientist', 'analyst', 'architect', 'consultant', 'specialist', 'administrator', 'coordinator', 'officer', 'intern',
  'internship', 'associate', 'assistant', 'advisor', 'strategist', 'researcher', 'recruiter', 'accountant', 'technician', 'writer', 'editor',
  'marketer', 'representative', 'executive', 'sre', 'devops', 'qa', 'tester', 'vp', 'cto', 'ceo', 'cfo', 'coo', 'cpo', 'president',
  'senior', 'junior', 'staff', 'principal', 'sr', 'jr', 'trainee', 'apprentice', 'operator', 'nurse', 'teacher', 'controller',
  'ingénieur', 'ingénieure', 'développeur', 'développeuse', 'concepteur', 'conceptrice', 'chef de projet', 'cheffe de projet', 'responsable',
  'directeur', 'directrice', 'chargé', 'chargée', 'consultante', 'technicien', 'technicienne', 'architecte', 'stagiaire', 'alternant',
  'alternante', 'assistante', 'analyste', 'gestionnaire', 'stage', 'h/f', 'f/h',
  'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'leiter', 'leiterin', 'berater', 'beraterin', 'referent', 'referentin',
  'sachbearbeiter', 'sachbearbeiterin', 'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'praktikum', 'techniker', 'spezialist',
  'spezialistin', 'architekt', 'architektin', 'assistent', 'assistentin', 'koordinator', 'koordinatorin', 'mitarbeiter', 'mitarbeiterin',
  'm/w/d', 'w/m/d', 'm/f/d', 'f/m/d', 'd/m/w', 'm/w/x', 'all genders',
];
const JOB_WORD = new RegExp(`${WORD_START}(?:${phraseAlternation(JOB_WORDS)})${WORD_END}`, 'u');
const GERMAN_COMPOUND = /(?:entwickler|ingenieur|leiter|berater|manager|architekt|analyst|designer|administrator|referent|techniker|spezialist|assistent|koordinator)(?:in)?(?![\p{L}])/u;

/** Legal forms at the end of a name: "Blauwerk GmbH", "Alpenfirn AG", "Quayside Payments Ltd", "Lumen SAS". */
const COMPANY_SUFFIX = /\s(?:GmbH(?: & Co\.? KG)?|AG|SE|KG|KGaA|OHG|UG(?: \(haftungsbeschränkt\))?|e\.V\.|SAS|SASU|SA|SARL|SCIC SA|S\.A\.|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|PLC|plc|LLP|B\.?V\.?|N\.?V\.?|AB|ApS|A\/S|Oy|S\.?r\.?l\.?|Corp\.?|Corporation|Co\.)$/u;

export function looksLikeJobTitle(text: string): boolean {
  const key = matchingKey(text);
  return JOB_WORD.test(key) || GERMAN_COMPOUND.test(key);
}

export function hasCompanySuffix(text: string): boolean {
  return COMPANY_SUFFIX.test(text.trim());
}

/** Short, capitalised, not a sentence: "Acme Inc." is a name; "…:" or "Apply now!" is not. */
export function isCompanyName(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length > 0 &&
    text.length <= MAX_COMPANY_CHARACTERS &&
    words.length <= MAX_COMPANY_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[!?:;,]$/.test(text)
  );
}

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
 * "Title at Company" (or "@") and "Title - Company" (or "–", "—", "|") are split only when the separator
 * appears once and what follows it reads like a short, capitalised name; otherwise the whole line stays
 * the title. "at" is the clearer signal: when a line has one, a dash in it is part of the title or company.
 */
export function splitTitleAndCompany(line: string): { title: string; company: string | null } {
  const whole = { title: line, company: null };
  const atSplit = splitOnce(line, /\s(?:at|@)\s/g);
  if (atSplit) {
    return atSplit.before && isCompanyName(atSplit.after) ? { title: atSplit.before, company: atSplit.after } : whole;
  }
  const dashSplit = splitOnce(line, /\s(?:-|–|—|\|)\s/g);
  if (dashSplit?.before && readsAsCompanyAfterDash(dashSplit.after)) {
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

/** What follows a dash is a company's name, not a team, place or contract ("Engineer - Payments"). */
export function readsAsCompanyAfterDash(text: string): boolean {
  return isCompanyName(text) && !startsWithNonCompanyWord(text);
}

function startsWithNonCompanyWord(text: string): boolean {
  const firstWord = text.split(/[\s,(/]/)[0].toLowerCase();
  return NOT_A_COMPANY.has(firstWord);
}

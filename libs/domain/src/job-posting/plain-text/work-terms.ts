import type { Workplace } from '../job-posting-draft';
import { matchingKey, phraseAlternation, WORD_END, WORD_START } from './text-keys';

/**
 * schema.org employmentType values, plus PERMANENT: "CDI", "Festanstellung" and "Permanent" say how long
 * the contract runs, not how many hours, and schema.org has no word for that. Reading them as FULL_TIME
 * would state hours the posting did not give. CDD and "befristet" (fixed-term) are TEMPORARY.
 */
const EMPLOYMENT_TERMS: Readonly<Record<string, readonly string[]>> = {
  FULL_TIME: ['full-time', 'full time', 'fulltime', 'temps plein', 'temps complet', 'vollzeit'],
  PART_TIME: ['part-time', 'part time', 'temps partiel', 'mi-temps', 'teilzeit', 'werkstudent', 'werkstudentin', 'working student'],
  CONTRACTOR: ['contract', 'contractor', 'freelance', 'freelancer', 'contract to hire', 'contract-to-hire', 'indépendant', 'portage salarial',
    'freiberuflich', 'freie mitarbeit', 'freelancer:in'],
  TEMPORARY: ['temporary', 'temp', 'fixed-term', 'fixed term', 'fixed-term contract', 'seasonal', 'cdd', 'contrat à durée déterminée', 'intérim',
    'interim', 'saisonnier', 'befristet', 'befristete anstellung', 'befristeter vertrag', 'zeitarbeit'],
  INTERN: ['internship', 'intern', 'stage', 'stagiaire', 'praktikum', 'pflichtpraktikum', 'praktikant', 'praktikantin'],
  PERMANENT: ['permanent', 'permanent contract', 'permanent position', 'permanent role', 'cdi', 'contrat à durée indéterminée', 'festanstellung',
    'feste anstellung', 'unbefristet', 'unbefristete anstellung'],
};

/**
 * WTTJ grades remote work ("total", "fréquent", "occasionnel", "non autorisé"); only the first is fully
 * remote. "Homeoffice möglich" (home office possible) is hybrid.
 */
const WORKPLACE_TERMS: Readonly<Record<Workplace, readonly string[]>> = {
  REMOTE: ['remote', 'fully remote', 'full remote', 'fully-remote', '100% remote', 'remote only', 'remote-only', 'work from home', 'télétravail total',
    'full télétravail', '100% télétravail', 'télétravail complet', 'vollständig remote', '100% homeoffice', 'remote-first'],
  HYBRID: ['hybrid', 'hybride', 'hybrid work', 'hybrid remote', 'partially remote', 'partial remote', 'occasional remote', 'frequent remote',
    'a few days at home', 'télétravail partiel', 'télétravail fréquent', 'télétravail occasionnel', 'télétravail hybride', 'hybrides arbeiten',
    'homeoffice möglich', 'home office möglich', 'home-office möglich', 'teilweise homeoffice', 'teilweise remote', 'mobiles arbeiten',
    'mobiles arbeiten möglich', 'remote möglich'],
  ON_SITE: ['on-site', 'onsite', 'on site', 'in office', 'in-office', 'office-based', 'no remote work', 'no remote', 'sur site', 'présentiel',
    'en présentiel', 'télétravail non autorisé', 'pas de télétravail', 'vor ort', 'kein homeoffice', 'präsenz'],
};

type Term = { kind: 'employment'; value: string } | { kind: 'workplace'; value: Workplace };

const TERMS = new Map<string, Term>();
for (const [value, phrases] of Object.entries(EMPLOYMENT_TERMS)) {
  for (const phrase of phrases) TERMS.set(phrase, { kind: 'employment', value });
}
for (const [value, phrases] of Object.entries(WORKPLACE_TERMS) as Array<[Workplace, readonly string[]]>) {
  for (const phrase of phrases) TERMS.set(phrase, { kind: 'workplace', value });
}
const TERM = new RegExp(`${WORD_START}(?:${phraseAlternation([...TERMS.keys()])})${WORD_END}`, 'gu');
/** What may sit between terms in a line that holds nothing else: "CDI, Temps plein", "Vollzeit / Teilzeit". */
const FILLER = /^(?:[\s,;/&+·•|()-]|and|or|et|ou|und|oder)*$/u;

export interface WorkTerms {
  employmentTypes: string[];
  workplace: Workplace | null;
  /** The text held nothing but such terms and separators. */
  onlyTerms: boolean;
}

/** The employment types (in order, once each) and the first workplace named in a piece of text. */
export function readWorkTerms(text: string): WorkTerms {
  const key = matchingKey(text);
  const employmentTypes: string[] = [];
  let workplace: Workplace | null = null;
  let rest = '';
  let last = 0;
  for (const match of key.matchAll(TERM)) {
    const term = TERMS.get(match[0]);
    if (!term) continue;
    if (term.kind === 'employment' && !employmentTypes.includes(term.value)) employmentTypes.push(term.value);
    if (term.kind === 'workplace' && workplace === null) workplace = term.value;
    rest += ` ${key.slice(last, match.index)}`;
    last = match.index + match[0].length;
  }
  rest += ` ${key.slice(last)}`;
  const found = employmentTypes.length > 0 || workplace !== null;
  return { employmentTypes, workplace, onlyTerms: found && rest.split(/\s+/).every((word) => FILLER.test(word)) };
}

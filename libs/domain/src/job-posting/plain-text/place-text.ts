import { matchingKey, phraseAlternation, WORD_END, WORD_START } from './text-keys';

/**
 * Telling a place from a company or a title in a board's header lines. Boards write places as "City,
 * Region, Country", with a postcode ("80331 München", "Austin, TX 78701"), a French department ("Lyon
 * (69)") or a UK district ("Bristol (BS1)"). Without such a shape, a line is a place only when it names a
 * country, a region or a large city of the markets the boards serve; a small town with no postcode stays
 * unread rather than a company being taken for a town.
 */
// Not "us" ("About us"), "nice" ("Nice to have") or "dach": words far more often than places in a posting.
const PLACES = [
  // Countries and groups, in English, French and German.
  'united states', 'usa', 'united kingdom', 'uk', 'england', 'scotland', 'wales', 'ireland', 'france', 'germany', 'deutschland',
  'allemagne', 'switzerland', 'schweiz', 'suisse', 'austria', 'österreich', 'autriche', 'belgium', 'belgique', 'belgien', 'netherlands',
  'nederland', 'pays-bas', 'niederlande', 'luxembourg', 'luxemburg', 'spain', 'espagne', 'spanien', 'portugal', 'italy', 'italie', 'italien',
  'canada', 'kanada', 'poland', 'pologne', 'polen', 'sweden', 'denmark', 'norway', 'finland', 'europe', 'europa', 'emea',
  // Regions.
  'île-de-france', 'ile-de-france', 'auvergne-rhône-alpes', 'nouvelle-aquitaine', 'occitanie', 'hauts-de-france', 'grand est', 'bretagne',
  'normandie', 'pays de la loire', "provence-alpes-côte d'azur", 'bayern', 'bavaria', 'hessen', 'nordrhein-westfalen', 'baden-württemberg',
  'sachsen', 'niedersachsen', 'greater london', 'greater manchester', 'california', 'new york', 'texas', 'washington', 'massachusetts',
  'ontario', 'quebec', 'québec',
  // Large cities.
  'london', 'manchester', 'birmingham', 'bristol', 'leeds', 'edinburgh', 'glasgow', 'cambridge', 'oxford', 'dublin', 'paris', 'lyon',
  'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes', 'strasbourg', 'montpellier', 'rennes', 'grenoble', 'berlin', 'hamburg',
  'münchen', 'munich', 'köln', 'cologne', 'frankfurt', 'frankfurt am main', 'stuttgart', 'düsseldorf', 'leipzig', 'dresden', 'hannover',
  'nürnberg', 'bremen', 'karlsruhe', 'bonn', 'mannheim', 'zürich', 'zurich', 'genève', 'geneva', 'genf', 'basel', 'bern', 'lausanne',
  'wien', 'vienna', 'amsterdam', 'rotterdam', 'brussels', 'bruxelles', 'brüssel', 'madrid', 'barcelona', 'lisbon', 'lisboa', 'lissabon',
  'milan', 'milano', 'rome', 'stockholm', 'copenhagen', 'oslo', 'helsinki', 'warsaw', 'prague', 'san francisco', 'seattle', 'austin',
  'boston', 'chicago', 'los angeles', 'denver', 'atlanta', 'toronto', 'vancouver', 'montreal', 'montréal',
];
const PLACE = new RegExp(`${WORD_START}(?:${phraseAlternation(PLACES)})${WORD_END}`, 'u');
/** "80331 München", "75008 Paris", "1010 Wien", "8001 Zürich". */
const POSTCODE_FIRST = /(?:^|,\s*)\d{4,5}\s+\p{Lu}/u;
/** "Austin, TX", "Austin, TX 78701". */
const US_STATE = /,\s*[A-Z]{2}(?:\s+\d{5})?$/;
/** "Lyon (69)", "Lille - 59", "Ajaccio (2A)", "Bristol (BS1)", "Leeds LS1". */
const DISTRICT = /\((?:\d{2,3}|2[AB]|[A-Z]{1,2}\d{1,2}[A-Z]?)\)$|\s-\s(?:\d{2,3}|2[AB])$|\s[A-Z]{1,2}\d{1,2}[A-Z]?$/;
/** A town's name alone: one to three capitalised words ("Kiel", "Saint-Malo", "Bad Homburg"). */
const TOWN_NAME = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const MAX_PLACE_CHARACTERS = 80;

/** A workplace note some boards add to the place: "London (Hybrid)", "Germany (Remote)". */
const WORKPLACE_SUFFIX = /\s*\((?:hybrid|hybride|remote|on-site|onsite|télétravail|homeoffice|sur site|vor ort)\)\s*$/iu;
/** Indeed's "Hybrid work in Austin, TX", "Remote in Berlin". */
const WORKPLACE_PREFIX = /^(?:hybrid work in|hybrid remote in|remote in|télétravail hybride à|télétravail à|hybrides arbeiten in)\s+/iu;

/** The place without a workplace note, and the note's words when there was one. */
export function splitWorkplaceNote(text: string): { place: string; note: string | null } {
  const suffix = WORKPLACE_SUFFIX.exec(text);
  if (suffix) return { place: text.slice(0, suffix.index).trim(), note: suffix[0].replace(/[()]/g, '').trim() };
  const prefix = WORKPLACE_PREFIX.exec(text);
  if (prefix) return { place: text.slice(prefix[0].length).trim(), note: prefix[0].replace(/\s+in\s*$|\s+à\s*$/iu, '').trim() };
  return { place: text.trim(), note: null };
}

/**
 * A line that may be a town the list above does not know, for where a board's layout puts the place (a
 * short line among the title, the company and the facts). Not a place anywhere else.
 */
export function mayBeTownName(text: string): boolean {
  return TOWN_NAME.test(text.trim());
}

/** Whether a short piece of a header line reads as a place. */
export function looksLikePlace(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_PLACE_CHARACTERS) return false;
  if (/[!?:;€$£]/.test(trimmed)) return false;
  if (POSTCODE_FIRST.test(trimmed) || US_STATE.test(trimmed) || DISTRICT.test(trimmed)) return /^\p{Lu}|^\d/u.test(trimmed);
  return PLACE.test(matchingKey(trimmed)) && /^\p{Lu}/u.test(trimmed) && !/\d/.test(trimmed);
}

import { lineKey, matchingKey } from './text-keys';

/**
 * What job boards put around a posting, in English, French and German: buttons, counters, badges and
 * section labels. A line is chrome when it is one of these as a whole; a posting's own sentence that
 * merely contains "apply" is never dropped.
 */
const CHROME_LINES = new Set(
  [
    // English
    'apply', 'apply now', 'easy apply', 'quick apply', 'apply on company site', 'apply on company website', 'apply on employer site',
    'save', 'saved', 'save job', 'share', 'show more', 'show less', 'see more', 'see less', '... more', '… more', 'more', 'show more options',
    'report', 'report job', 'report this job', 'follow', 'message', 'set alert', 'show match details', 'tailor my resume', 'help me stand out',
    'meet the hiring team', 'people you can reach out to', 'promoted', 'promoted by hirer', 'actively reviewing applicants',
    'responses managed off linkedin', 'be an early applicant', 'actively recruiting', 'urgently hiring', 'hiring multiple candidates',
    'featured', 'sponsored', 'profile insights', 'not interested', 'copy link', 'sign in', 'join now',
    'pulled from the full job description', 'employer est', 'glassdoor est', 'just posted', 'posted today', 'job alert', 'apply for this job',
    // French
    'postuler', 'postuler maintenant', 'candidature simplifiée', 'candidature simplifiee', 'postuler sur le site de l\'entreprise',
    'enregistrer', 'sauvegarder', 'partager', 'voir plus', 'voir moins', 'afficher plus', 'afficher moins', '... plus', '… plus',
    'afficher plus d\'options', 'signaler', 'signaler l\'offre', 'signaler cette offre', 'suivre', 'promu', 'promue',
    'promu par l\'employeur', 'examen actif des candidatures', 'soyez parmi les premiers candidats', 'rencontrez l\'équipe de recrutement',
    'recrutement urgent', 'nouvelle offre', 'publiée aujourd\'hui', 'créer une alerte',
    // German
    'bewerben', 'jetzt bewerben', 'einfach bewerben', 'schnellbewerbung', 'direkt bewerben', 'speichern', 'gespeichert', 'merken',
    'teilen', 'mehr anzeigen', 'weniger anzeigen', '... mehr', '… mehr', 'weitere optionen anzeigen', 'job melden', 'melden', 'folgen',
    'nachricht', 'gesponsert', 'gehalt anzeigen', 'top job', 'von arbeitgeber beworben',
    'bewerbungen werden aktiv geprüft', 'lerne das team kennen', 'lernen sie das team kennen', 'jobalarm erstellen',
    // Ratings shown as a lone star.
    '★', '☆', '*',
  ].map(lineKey),
);

/**
 * Labels and one-word badges that are chrome above a posting but may be a posting's own heading
 * ("Benefits", "Skills") or word further down: dropped only from the lines before the description.
 */
const HEADER_LABELS = new Set(
  [
    'new', 'today', 'more', 'job details', 'skills', 'yes', 'no', 'benefits', 'pay', 'job type', 'location', 'shift and schedule',
    'nouveau', 'aujourd\'hui', 'détails de l\'emploi', 'salaire', 'type de poste', 'lieu', 'avantages',
    'neu', 'heute', 'gestern', 'anzeige', 'jobdetails', 'gehalt', 'anstellungsart', 'arbeitsort', 'jobart', 'vorteile',
  ].map(lineKey),
);

/** Counters, dates and badges whose numbers vary. Tested against the line's matching key. */
const CHROME_PATTERNS: readonly RegExp[] = [
  // "Over 100 applicants", "87 applicants", "Plus de 100 candidats", "Über 100 Bewerber:innen", "23 Bewerbungen"
  /^(?:over |more than |plus de |über |mehr als )?\d[\d,. ]*\+? (?:applicants?|people clicked apply|candidats?|candidatures?|bewerber(?::innen|\*innen|innen)?|bewerbungen)$/,
  // "Posted 3 days ago", "Reposted 2 weeks ago", "30+ days ago", "Active 5 days ago"
  /^(?:(?:re)?posted |active |updated )?\d+\+? (?:minutes?|mins?|hours?|days?|weeks?|months?) ago$/,
  /^(?:(?:re)?posted|active) (?:today|yesterday|just now)$/,
  /^\d+\+?\s?[dhw]\+?$/, // Glassdoor's "30d+", "3d", "24h"
  // "il y a 2 jours", "Publiée il y a 3 jours", "Republiée il y a une semaine"
  /^(?:(?:re)?publiée? |mise à jour |actualisée )?il y a (?:\d+|un|une) (?:minutes?|heures?|jours?|semaines?|mois)$/,
  // "vor 3 Tagen", "Veröffentlicht: vor 5 Tagen", "Erschienen: vor 1 Woche", "Erneut veröffentlicht vor 2 Wochen"
  /^(?:(?:erneut )?veröffentlicht:? |erschienen:? |aktualisiert:? )?vor (?:\d+|einem|einer) (?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)$/,
  /^(?:veröffentlicht|erschienen):? (?:heute|gestern)$/,
  // "See who Acme has hired for this role", "Voir qui Acme a recruté pour ce poste", "Sehen Sie, wen Acme … eingestellt hat"
  /^see who .+ has hired for this role$/,
  /^voir qui .+ a recruté pour ce poste$/,
  /^sehen sie, wen .+ eingestellt hat$/,
  // Followers and ratings: "4,210 followers", "2 318 abonnés", "1.204 Follower", "4.1 out of 5 stars", "4,2 sur 5 étoiles", "(123 reviews)"
  /^[\d,. ]+ (?:followers?|abonnés?|follower:innen)$/,
  /^\d[.,]\d(?: ?(?:★|☆|\*|out of 5 stars|sur 5 étoiles|von 5 sternen|stars?))?$/,
  /^\(?\d[\d,. ]* (?:reviews?|avis|bewertungen)\)?$/,
  // LinkedIn's preference notes: "Matches your job preferences, workplace type is Hybrid."
  /^matches your job preferences, .+$/,
  /^correspond à vos préférences, .+$/,
  /^entspricht ihren präferenzen: .+$/,
  // Indeed's profile notes.
  /^here's how the job (?:qualifications|details) align with your profile$/,
  /^voici comment les détails du poste correspondent à votre profil$/,
  /^so passt dieser job zu ihrem profil$/,
  /^do you have (?:experience|a valid|the following) .+$/, // screener questions; the key has lost its "?"
];

/** "Posted 2 days ago by Harbourline Systems" (Reed): chrome that names the company. */
const POSTED_BY = /^(?:posted|published|veröffentlicht|publiée?) .+? (?:by|par|von) (.+)$/i;
/**
 * LinkedIn's save button, labelled with the posting: "Save Senior Engineer at Acme", "Enregistrer
 * Ingénieur chez Acme", "Senior Engineer bei Acme GmbH speichern".
 */
const SAVE_LABELS: readonly RegExp[] = [/^save (.+) at (.+)$/i, /^enregistrer (.+) chez (.+)$/i, /^(.+) bei (.+) speichern$/i];

/** Whether a line is the board's, not the posting's; `zone` says whether it sits above the description. */
export function isChromeLine(line: string, zone: 'header' | 'body'): boolean {
  const key = lineKey(line);
  if (CHROME_LINES.has(key) || (zone === 'header' && HEADER_LABELS.has(key))) return true;
  return CHROME_PATTERNS.some((pattern) => pattern.test(key)) || POSTED_BY.test(line) || SAVE_LABELS.some((label) => label.test(line));
}

/** The title and company a LinkedIn save button names, when this line is one. */
export function readSaveLabel(line: string): { title: string; company: string } | null {
  for (const label of SAVE_LABELS) {
    const match = label.exec(line.trim());
    if (match) return { title: match[1].trim(), company: match[2].trim() };
  }
  return null;
}

export function readPostedBy(line: string): string | null {
  return POSTED_BY.exec(line.trim())?.[1].trim() ?? null;
}

/**
 * Headings a board puts above the posting's own text; the description starts after them and they are
 * not part of it.
 */
const BOARD_MARKERS = new Set(
  [
    'about the job', 'job description', 'full job description', 'the position', 'job summary', 'description',
    'à propos de l\'offre d\'emploi', 'description du poste', 'descriptif du poste', 'le poste', 'description de l\'offre', "détail de l'offre",
    'info', 'über den job', 'stellenbeschreibung', 'vollständige stellenbeschreibung', 'jobbeschreibung', 'stellenanzeige',
  ].map(lineKey),
);

/** The posting's own first headings: the description starts with them. */
const CONTENT_HEADINGS = new Set(
  [
    'about us', 'who we are', 'about the role', 'the role', 'your role', 'what you\'ll do', 'what you will do', 'responsibilities', 'your mission',
    'qui sommes-nous', 'qui sommes nous', 'à propos de nous', 'vos missions', 'votre mission', 'tes missions', 'missions', 'ce que vous ferez', 'le rôle',
    'über uns', 'wer wir sind', 'ihre aufgaben', 'deine aufgaben', 'aufgaben', 'das erwartet dich', 'das erwartet sie', 'ihre rolle', 'deine rolle',
  ].map(lineKey),
);

/**
 * Where the board's own matter starts after the posting (similar jobs, alerts, the company box). A line
 * such as "About the company" is only an end when a follower count comes soon after: a posting may have
 * its own section of that name.
 */
const TAIL_MARKERS = new Set(
  [
    'set alert for similar jobs', 'similar jobs', 'people also viewed', 'more jobs like this', 'base pay range', 'company overview',
    'want to know more', 'créer une alerte pour des offres similaires', 'offres similaires', 'offres d\'emploi similaires',
    'envie d\'en savoir plus', 'ces entreprises recrutent aussi', 'jobalarm für ähnliche jobs erstellen', 'ähnliche jobs', 'ähnliche stellenangebote',
    'lust auf mehr',
  ].map(lineKey),
);
const COMPANY_BOX = new Set(['about the company', 'à propos de l\'entreprise', 'über das unternehmen'].map(lineKey));
const FOLLOWERS = /^[\d,. ]+ (?:followers?|abonnés?|follower(?::innen)?)$/;

export const isBoardMarker = (line: string) => BOARD_MARKERS.has(lineKey(line));
export const isContentHeading = (line: string) => CONTENT_HEADINGS.has(lineKey(line));

/** Whether the board's matter starts at `index`; for a company box, also the company it names. */
export function tailAt(lines: readonly string[], index: number): { company: string | null } | null {
  const key = lineKey(lines[index]);
  if (TAIL_MARKERS.has(key)) return { company: null };
  if (!COMPANY_BOX.has(key)) return null;
  const next = lines.slice(index + 1, index + 5);
  if (!next.some((line) => FOLLOWERS.test(matchingKey(line)))) return null;
  const company = next.find((line) => line.trim() !== '') ?? null;
  return { company: company && !FOLLOWERS.test(matchingKey(company)) ? company.trim() : null };
}

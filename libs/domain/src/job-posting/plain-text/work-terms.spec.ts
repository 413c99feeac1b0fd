import type { Workplace } from '../job-posting-draft';
import { readWorkTerms } from './work-terms';

describe('readWorkTerms: employment types', () => {
  it.each<[string, string[]]>([
    ['Full-time', ['FULL_TIME']],
    ['Full Time', ['FULL_TIME']],
    ['Vollzeit', ['FULL_TIME']],
    ['Temps plein', ['FULL_TIME']],
    ['Part-time', ['PART_TIME']],
    ['Teilzeit', ['PART_TIME']],
    ['Temps partiel', ['PART_TIME']],
    ['Werkstudent', ['PART_TIME']],
    ['Contract', ['CONTRACTOR']],
    ['Freelance', ['CONTRACTOR']],
    ['Freiberuflich', ['CONTRACTOR']],
    ['CDD', ['TEMPORARY']],
    ['Befristet', ['TEMPORARY']],
    ['Fixed-term contract', ['TEMPORARY']],
    ['Internship', ['INTERN']],
    ['Stage', ['INTERN']],
    ['Praktikum', ['INTERN']],
    ['CDI', ['PERMANENT']],
    ['Permanent contract', ['PERMANENT']],
    ['Festanstellung', ['PERMANENT']],
    ['Feste Anstellung', ['PERMANENT']],
    ['CDI, Temps plein', ['PERMANENT', 'FULL_TIME']],
    ['Vollzeit, Festanstellung', ['FULL_TIME', 'PERMANENT']],
    ['Teilzeit / Vollzeit', ['PART_TIME', 'FULL_TIME']],
    ['Permanent, full-time', ['PERMANENT', 'FULL_TIME']],
  ])('%j → %j, nothing else in the line', (text, employmentTypes) => {
    expect(readWorkTerms(text)).toEqual({ employmentTypes, workplace: null, onlyTerms: true });
  });

  it.each([
    ['Contract Frontend Developer (React)', ['CONTRACTOR']],
    ['CDD de 12 mois, temps plein.', ['TEMPORARY', 'FULL_TIME']],
  ])('%j holds more than terms: %j are found, onlyTerms is false', (text, employmentTypes) => {
    expect(readWorkTerms(text)).toMatchObject({ employmentTypes, onlyTerms: false });
  });

  it('does not read "temp" in "temps" or "intern" in "international"', () => {
    expect(readWorkTerms('International temps réel').employmentTypes).toEqual([]);
  });
});

describe('readWorkTerms: workplace', () => {
  it.each<[string, Workplace]>([
    ['Remote', 'REMOTE'],
    ['Fully remote', 'REMOTE'],
    ['Télétravail total', 'REMOTE'],
    ['Hybrid', 'HYBRID'],
    ['Hybride', 'HYBRID'],
    ['Hybrides Arbeiten', 'HYBRID'],
    ['Télétravail fréquent', 'HYBRID'],
    ['Télétravail occasionnel', 'HYBRID'],
    ['A few days at home', 'HYBRID'],
    ['Homeoffice möglich', 'HYBRID'],
    ['On-site', 'ON_SITE'],
    ['Télétravail non autorisé', 'ON_SITE'],
    ['Vor Ort', 'ON_SITE'],
  ])('%j → %s', (text, workplace) => {
    expect(readWorkTerms(text)).toMatchObject({ workplace, onlyTerms: true });
  });

  it('reads types and workplace together', () => {
    expect(readWorkTerms('Vollzeit, Homeoffice möglich')).toEqual({ employmentTypes: ['FULL_TIME'], workplace: 'HYBRID', onlyTerms: true });
  });
});

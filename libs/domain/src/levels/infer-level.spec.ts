import { inferLevelFromTitle } from './infer-level';
import { DEFAULT_LADDER, type LadderLevel } from './ladder';

describe('inferLevelFromTitle on the default ladder', () => {
  it.each([
    ['Software Engineer II', 'IC2', 'ii'],
    ['Engineer III', 'IC3', 'iii'],
    ['Senior Software Engineer', 'IC3', 'senior'],
    // "sr" and "sr." are the same words; the one listed first in the ladder is reported.
    ['Sr. Backend Engineer', 'IC3', 'sr'],
    ['Sr Backend Engineer', 'IC3', 'sr'],
    ['SENIOR engineer', 'IC3', 'senior'],
    ['Junior Developer', 'IC1', 'junior'],
    ['Graduate Software Engineer', 'IC1', 'graduate'],
    ['Staff Engineer', 'IC4', 'staff'],
    ['Tech Lead', 'IC4', 'tech lead'],
    ['Lead Data Scientist', 'IC4', 'lead'],
    ['Senior Staff Engineer', 'IC5', 'senior staff'],
    ['Principal Engineer', 'IC6', 'principal'],
    ['Distinguished Engineer', 'IC7', 'distinguished'],
    ['Engineering Manager', 'M1', 'engineering manager'],
    ['Senior Engineering Manager', 'M2', 'senior engineering manager'],
    ['Senior Manager, Platform', 'M2', 'senior manager'],
    ['Director of Engineering', 'M3', 'director'],
    ['Head of Data', 'M3', 'head of'],
    ['Senior Director', 'M4', 'senior director'],
    ['VP of Engineering', 'M5', 'vp'],
    ['Vice-President, Engineering', 'M5', 'vice president'],
    ['Chief Technology Officer', 'M5', 'chief'],
    ['CTO (Series A)', 'M5', 'cto'],
  ])('%s → %s via %s', (title, levelKey, matchedKeyword) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toEqual({ levelKey, confidence: 'HIGH', matchedKeyword });
  });

  // Abbreviations are read as the words they stand for before keywords are matched, so they can make a
  // longer, more specific keyword match ("Sr. Staff" is Senior Staff, not Staff).
  it.each([
    ['Sr. Staff Engineer', 'IC5', 'senior staff'],
    ['Sr Staff Software Engineer', 'IC5', 'senior staff'],
    ['SR. STAFF ENGINEER', 'IC5', 'senior staff'],
    ['Snr Staff Engineer', 'IC5', 'senior staff'],
    ['Sen. Staff Engineer', 'IC5', 'senior staff'],
    ['Snr Software Engineer', 'IC3', 'senior'],
    ['Sr. Manager, Platform', 'M2', 'senior manager'],
    ['Sr Manager', 'M2', 'senior manager'],
    ['Sr. Engineering Manager', 'M2', 'senior engineering manager'],
    ['Sr. Engineering Mgr', 'M2', 'senior engineering manager'],
    ['Engineering Mgr', 'M1', 'engineering manager'],
    ['Mgr, Data Platform', 'M1', 'manager'],
    ['Sr. Director of Engineering', 'M4', 'senior director'],
    ['Sr Dir, Product', 'M4', 'senior director'],
    ['Dir. of Engineering', 'M3', 'director'],
    ['Jr. Developer', 'IC1', 'junior'],
    ['Jr Data Analyst', 'IC1', 'junior'],
    ['Jnr Designer', 'IC1', 'junior'],
    // As "Associate Product Manager": the longer word wins, and it is an entry-level product role.
    ['Assoc. Product Manager', 'IC1', 'associate'],
    ['SVP Engineering', 'M5', 'vice president'],
    ['Sr.Staff Engineer', 'IC5', 'senior staff'],
  ])('%s → %s via %s (abbreviation read as words)', (title, levelKey, matchedKeyword) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toEqual({ levelKey, confidence: 'HIGH', matchedKeyword });
  });

  it.each([
    // "Sen" without its full stop is a name as often as an abbreviation.
    ['Sen Data Engineer', 'the name Sen, not Sen.'],
    // Only whole words are abbreviations.
    ['Sri Engineer', '"Sri" is not "Sr"'],
    ['Directory Engineer', '"Directory" is not "Dir"'],
    ['Jrn Engineer', '"Jrn" is not "Jr"'],
  ])('%s is not read as an abbreviation (%s)', (title) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toMatchObject({ levelKey: 'IC2', confidence: 'LOW' });
  });

  it('keeps punctuation as a phrase break after an abbreviation: "Sr / Staff" is not Senior Staff', () => {
    // As for "Senior/Staff Engineer": two separate words, the longer one wins.
    expect(inferLevelFromTitle('Sr / Staff Engineer', DEFAULT_LADDER)).toMatchObject({ levelKey: 'IC3', matchedKeyword: 'sr' });
  });

  it.each([
    ['Seniority Analyst', 'a longer word is not the keyword'],
    ['Team Leader', '"Leader" is not "lead"'],
    ['Chiefly Backend', '"Chiefly" is not "chief"'],
    ['Software Engineer', 'no seniority word'],
    ['Engineer IIII', 'not a roman numeral of the ladder'],
  ])('%s falls back to IC2 with low confidence (%s)', (title) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toEqual({
      levelKey: 'IC2',
      confidence: 'LOW',
      matchedKeyword: null,
    });
  });

  it.each([
    // Punctuation ends a phrase, so the two words are separate matches and never "senior staff" (IC5);
    // the longer word wins on characters.
    ['Senior/Staff Engineer', 'IC3', 'senior'],
    ['Staff / Principal Engineer', 'IC6', 'principal'],
    ['Lead (Senior) Engineer', 'IC3', 'senior'],
    ['Senior, Staff Engineer', 'IC3', 'senior'],
    ['Engineer - Senior Staff', 'IC5', 'senior staff'],
    ['Senior — Staff Engineer', 'IC3', 'senior'],
  ])('%s → %s: punctuation separates words', (title, levelKey, matchedKeyword) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toMatchObject({ levelKey, matchedKeyword });
  });

  it.each([[''], ['   '], ['\n\t'], ['— / —']])('%j has nothing to infer from → null', (title) => {
    expect(inferLevelFromTitle(title, DEFAULT_LADDER)).toBeNull();
  });
});

describe('inferLevelFromTitle on a custom ladder', () => {
  const level = (key: string, rank: number, keywords: string[]): LadderLevel => ({
    key,
    name: key,
    track: 'IC',
    rank,
    keywords,
  });
  const customLadder: readonly LadderLevel[] = [
    level('E3', 3, ['engineer']),
    level('E4', 4, ['senior engineer', 'builder']),
    level('E5', 5, ['staff']),
    level('E6', 6, ['guild']),
    level('E7', 7, ['head of guild']),
  ];

  it.each([
    ['Senior Engineer', 'E4', 'senior engineer', 'HIGH'],
    ['Software Engineer', 'E3', 'engineer', 'HIGH'],
    ['Head of Guild Operations', 'E7', 'head of guild', 'HIGH'],
    // Same words and characters: the higher rank wins the tie.
    ['Staff Guild', 'E6', 'guild', 'HIGH'],
    // More characters beat a higher rank.
    ['Guild Builder', 'E4', 'builder', 'HIGH'],
  ])('%s → %s', (title, levelKey, matchedKeyword, confidence) => {
    expect(inferLevelFromTitle(title, customLadder)).toEqual({ levelKey, confidence, matchedKeyword });
  });

  it('reads abbreviations in a custom ladder’s keywords too', () => {
    const abbreviated = [level('A', 3, ['sr analyst']), level('B', 4, ['analyst'])];
    expect(inferLevelFromTitle('Senior Analyst', abbreviated)).toEqual({ levelKey: 'A', confidence: 'HIGH', matchedKeyword: 'sr analyst' });
    expect(inferLevelFromTitle('Sr. Analyst', abbreviated)).toEqual({ levelKey: 'A', confidence: 'HIGH', matchedKeyword: 'sr analyst' });
  });

  it('prefers the keyword found as written when an abbreviation ties it', () => {
    const tie = [level('WORD', 5, ['senior']), level('ABBR', 3, ['sr'])];
    expect(inferLevelFromTitle('Sr Analyst', tie)).toMatchObject({ levelKey: 'ABBR', matchedKeyword: 'sr' });
    expect(inferLevelFromTitle('Senior Analyst', tie)).toMatchObject({ levelKey: 'WORD', matchedKeyword: 'senior' });
  });

  it('returns null for an unmatched title when the ladder has no fallback level', () => {
    expect(inferLevelFromTitle('Designer', customLadder)).toBeNull();
  });

  it('falls back to the fallback key when a custom ladder keeps it', () => {
    const withFallback = [...customLadder, level('IC2', 2, [])];
    expect(inferLevelFromTitle('Designer', withFallback)).toEqual({
      levelKey: 'IC2',
      confidence: 'LOW',
      matchedKeyword: null,
    });
  });

  it('ignores keywords that hold no letters or digits', () => {
    expect(inferLevelFromTitle('Senior Engineer', [level('X', 9, ['', ' - '])])).toBeNull();
  });
});

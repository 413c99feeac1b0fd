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

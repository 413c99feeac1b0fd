/** The two tracks of a level ladder; a move between them is a track change. */
export type Track = 'IC' | 'MANAGER';

/** One rung of an organization's ladder. `rank` is one scale shared by both tracks. */
export interface LadderLevel {
  key: string;
  name: string;
  track: Track;
  rank: number;
  /** Title words that point at this level, lower case; the longest match in a title wins. */
  keywords: string[];
}

/**
 * The ladder a new organization starts from (docs/product.md). IC2 has no seniority keyword of its own
 * beyond the roman numeral "ii": a title without any keyword falls back to it, with low confidence.
 */
export const DEFAULT_LADDER: readonly LadderLevel[] = [
  { key: 'IC1', name: 'Associate', track: 'IC', rank: 1, keywords: ['junior', 'associate', 'entry', 'graduate', 'intern'] },
  { key: 'IC2', name: 'Mid-level', track: 'IC', rank: 2, keywords: ['ii'] },
  { key: 'IC3', name: 'Senior', track: 'IC', rank: 3, keywords: ['senior', 'sr', 'sr.', 'iii'] },
  { key: 'IC4', name: 'Staff', track: 'IC', rank: 4, keywords: ['staff', 'lead', 'tech lead'] },
  { key: 'IC5', name: 'Senior Staff', track: 'IC', rank: 5, keywords: ['senior staff'] },
  { key: 'IC6', name: 'Principal', track: 'IC', rank: 6, keywords: ['principal'] },
  { key: 'IC7', name: 'Distinguished', track: 'IC', rank: 7, keywords: ['distinguished', 'fellow'] },
  { key: 'M1', name: 'Manager', track: 'MANAGER', rank: 4, keywords: ['manager', 'engineering manager'] },
  { key: 'M2', name: 'Senior Manager', track: 'MANAGER', rank: 5, keywords: ['senior manager', 'senior engineering manager'] },
  { key: 'M3', name: 'Director', track: 'MANAGER', rank: 6, keywords: ['director', 'head of'] },
  { key: 'M4', name: 'Senior Director', track: 'MANAGER', rank: 7, keywords: ['senior director'] },
  { key: 'M5', name: 'VP', track: 'MANAGER', rank: 8, keywords: ['vp', 'vice president', 'chief', 'cto'] },
];

/** The level a title with no keyword at all falls back to. */
export const FALLBACK_LEVEL_KEY = 'IC2';

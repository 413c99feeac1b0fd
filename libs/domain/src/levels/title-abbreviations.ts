/**
 * Abbreviations job titles use for the ladder's seniority words. They are read as the full words
 * before keywords are matched, so "Sr. Staff Engineer" holds the phrase "senior staff" (IC5), not just
 * "staff" (IC4): read wrongly, a Staff report would see a step up as the same level.
 *
 * `needsDot` is for abbreviations that are also ordinary words or names ("Sen" is a surname): only
 * "Sen." with its full stop is read as "Senior".
 */
interface Abbreviation {
  words: readonly string[];
  needsDot?: boolean;
}

export const TITLE_ABBREVIATIONS: Readonly<Record<string, Abbreviation>> = {
  sr: { words: ['senior'] },
  snr: { words: ['senior'] },
  sen: { words: ['senior'], needsDot: true },
  jr: { words: ['junior'] },
  jnr: { words: ['junior'] },
  mgr: { words: ['manager'] },
  dir: { words: ['director'] },
  assoc: { words: ['associate'] },
  svp: { words: ['senior', 'vice', 'president'] },
  evp: { words: ['executive', 'vice', 'president'] },
};

/**
 * The words an abbreviation stands for, or the word itself. `followedByDot` says whether a full stop
 * comes right after the word in the title.
 */
export function expandAbbreviation(word: string, followedByDot: boolean): readonly string[] {
  const abbreviation = Object.hasOwn(TITLE_ABBREVIATIONS, word) ? TITLE_ABBREVIATIONS[word] : undefined;
  if (!abbreviation || (abbreviation.needsDot && !followedByDot)) return [word];
  return abbreviation.words;
}

import { FALLBACK_LEVEL_KEY, type LadderLevel } from './ladder';
import { expandAbbreviation } from './title-abbreviations';

export type InferenceConfidence = 'HIGH' | 'LOW';

export interface InferredLevel {
  levelKey: string;
  /** HIGH when a keyword matched; LOW when the title had none and the ladder's fallback level was used. */
  confidence: InferenceConfidence;
  /** The ladder keyword as written in the ladder, or null for the fallback. */
  matchedKeyword: string | null;
}

/**
 * Characters that join words into one phrase: "Vice-President" and "Sr. Engineer" still read as runs of
 * words. Every other non-letter, non-digit character (slash, comma, parenthesis, dash, ampersand…) ends a
 * phrase, so "Senior/Staff Engineer" holds "senior" and "staff" but never the phrase "senior staff".
 */
const WORD_JOINERS = /^[\s.'’\-\u2010\u2011]+$/u;
const WORD = /[\p{L}\p{N}]+/gu;

interface Candidate {
  level: LadderLevel;
  keyword: string;
  wordCount: number;
  charCount: number;
  /** Matched as written, not only once abbreviations were read as words ("Sr" is both "sr" and "senior"). */
  literal: boolean;
}

/** A run of words as written (lower case), and the same run with abbreviations read as words. */
interface Phrase {
  written: string[];
  read: string[];
}

/**
 * Infers a level from a job title: the most specific ladder keyword found in the title wins (most words,
 * then most characters, then the higher rank, then the earlier level in the ladder). Matching is on
 * whole words, case-insensitive, so "Seniority" is not "senior" and "Leader" is not "lead".
 * Abbreviations ("Sr.", "Jr", "Mgr", "Dir.") are read as the words they stand for, in titles and in
 * keywords alike; on a tie, a keyword found as written beats one found only that way.
 *
 * Returns the ladder's fallback level (low confidence) when no keyword matches, and null when the title
 * has no words at all, or the ladder has no fallback level to offer.
 */
export function inferLevelFromTitle(title: string, ladder: readonly LadderLevel[]): InferredLevel | null {
  const phrases = splitIntoPhrases(title);
  if (phrases.length === 0) return null;

  let best: Candidate | null = null;
  for (const level of ladder) {
    for (const keyword of level.keywords) {
      const words = keywordWords(keyword);
      if (words.read.length === 0) continue;
      if (!phrases.some((phrase) => containsRun(phrase.read, words.read))) continue;
      const candidate: Candidate = {
        level,
        keyword,
        wordCount: words.read.length,
        charCount: words.read.join(' ').length,
        literal: phrases.some((phrase) => containsRun(phrase.written, words.written)),
      };
      if (best === null || isMoreSpecific(candidate, best)) best = candidate;
    }
  }

  if (best !== null) return { levelKey: best.level.key, confidence: 'HIGH', matchedKeyword: best.keyword };

  const fallback = ladder.find((level) => level.key === FALLBACK_LEVEL_KEY);
  return fallback ? { levelKey: fallback.key, confidence: 'LOW', matchedKeyword: null } : null;
}

/** Strictly greater wins, so on a full tie the level listed first in the ladder keeps its place. */
function isMoreSpecific(candidate: Candidate, current: Candidate): boolean {
  if (candidate.wordCount !== current.wordCount) return candidate.wordCount > current.wordCount;
  if (candidate.charCount !== current.charCount) return candidate.charCount > current.charCount;
  if (candidate.literal !== current.literal) return candidate.literal;
  return candidate.level.rank > current.level.rank;
}

/** Lower-case words, grouped into phrases wherever a phrase-breaking character sits between two words. */
function splitIntoPhrases(text: string): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Phrase = { written: [], read: [] };
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(previousEnd, match.index);
    if (current.written.length > 0 && !WORD_JOINERS.test(gap)) {
      phrases.push(current);
      current = { written: [], read: [] };
    }
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    current.written.push(word);
    current.read.push(...expandAbbreviation(word, text[end] === '.'));
    previousEnd = end;
  }
  if (current.written.length > 0) phrases.push(current);
  return phrases;
}

/** A keyword is one run of words, whatever punctuation it holds: "sr." and "sr" are the same keyword. */
function keywordWords(keyword: string): Phrase {
  const phrases = splitIntoPhrases(keyword);
  return { written: phrases.flatMap((p) => p.written), read: phrases.flatMap((p) => p.read) };
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

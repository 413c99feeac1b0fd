/**
 * One form for comparing pasted text with the word lists: lower case, curly quotes and the many dashes
 * as their plain forms, odd spaces as spaces. Boards differ in exactly these ("Posted · 3 days ago",
 * "Enregistrer l’offre", "60 000 €" with a narrow no-break space).
 */
export function matchingKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The key without trailing punctuation a board may add or leave out ("Apply now!", "Info:"). */
export function lineKey(text: string): string {
  return matchingKey(text).replace(/[\s.:!?…]+$/u, '');
}

/** Builds a whole-phrase alternation, longest first so "permanent contract" wins over "contract". */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/**
 * Whole words in Latin scripts with accents: JavaScript's \b knows only ASCII letters, so "é" would end a
 * word. These lookarounds treat any letter or digit as part of one.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A figure as the API sends it: a number that may be shown, or hidden because it is about fewer
 * than `threshold` people or would let such a figure be worked out. A hidden figure is never
 * drawn as a number, here or in a download: it reads "hidden" everywhere. One word for both
 * reasons on purpose: "fewer than k" would be false on a figure hidden to protect another, and
 * telling the two apart would say which hidden figures are the small ones.
 */
export type Figure = { __typename?: 'ShownCount' | 'ShownMeasure'; value: number } | { __typename?: 'Suppressed'; threshold: number };

/** How a figure's number reads; `text` marks a column of words (a day, a state), set left like words. */
export type FigureFormat = 'count' | 'share' | 'days' | 'rating' | 'text';

export function isSuppressed(figure: Figure): figure is { __typename?: 'Suppressed'; threshold: number } {
  return 'threshold' in figure;
}

/** The number to draw, or null when there is none to draw (hidden, or no figure at all). */
export function figureNumber(figure: Figure | null | undefined): number | null {
  if (!figure || isSuppressed(figure)) return null;
  return figure.value;
}

export function suppressedText(): string {
  return 'hidden';
}

/** The note under a table or chart with hidden figures: why they are hidden, with the threshold. */
export function suppressedNote(threshold: number): string {
  return `“${suppressedText()}”: a figure about fewer than ${threshold} people, or one from which such a figure could be worked out.`;
}

/** "60%", "4.5 days", "4.2 of 5", "12"; always in English digits, like the rest of the app. */
export function formatNumber(value: number, format: FigureFormat): string {
  switch (format) {
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'days':
      return `${round1(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'rating':
      return `${value.toFixed(1)} of 5`;
    default:
      return String(value);
  }
}

/** A figure in words: its number, "hidden", or `none` when there is no figure (e.g. no median yet). */
export function figureText(figure: Figure | null | undefined, format: FigureFormat, none = '—'): string {
  if (!figure) return none;
  if (isSuppressed(figure)) return suppressedText();
  return formatNumber(figure.value, format);
}

/** The threshold of any hidden figure among these, so a note can say why once. */
export function suppressionThreshold(figures: Iterable<Figure | null | undefined>): number | null {
  for (const figure of figures) if (figure && isSuppressed(figure)) return figure.threshold;
  return null;
}

function round1(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

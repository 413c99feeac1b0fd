import type { SuppressedCount } from './suppress';

/** A figure that is not itself a count (a share, a median, an average): the value or "suppressed". */
export type SuppressedFigure = { kind: 'VALUE'; value: number } | { kind: 'SUPPRESSED'; threshold: number };

/**
 * A share (practice coverage: people covered / team size) is shown only when both counts are: a share
 * beside a shown team size gives the hidden numerator back (3 of 10 is 30 %).
 */
export function suppressRatio(numerator: SuppressedCount, denominator: SuppressedCount): SuppressedFigure {
  if (numerator.kind === 'SUPPRESSED') return numerator;
  if (denominator.kind === 'SUPPRESSED') return denominator;
  // A shown count is at least the threshold, so this is a caller's mix-up, not data.
  if (denominator.value === 0) throw new RangeError('a share over a shown count of zero');
  return { kind: 'VALUE', value: numerator.value / denominator.value };
}

/**
 * A statistic over a group of people (median days from interview to debrief, an average rating) is
 * shown only when the count of the people it is taken over is shown. Averages shown this way are sums
 * divided by shown counts; use them at the levels the counts are shown, never one level finer.
 */
export function suppressStatistic(value: number, over: SuppressedCount): SuppressedFigure {
  if (over.kind === 'SUPPRESSED') return over;
  if (!Number.isFinite(value)) throw new RangeError(`a statistic must be a finite number, got ${value}`);
  return { kind: 'VALUE', value };
}

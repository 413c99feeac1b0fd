/** The org setting may not go below this: a threshold of 1 or 2 would point at individuals. */
export const MIN_ANONYMITY_THRESHOLD = 3;
export const DEFAULT_ANONYMITY_THRESHOLD = 5;

/** A figure as it may be shown: the number, or "fewer than `threshold`". */
export type SuppressedCount = { kind: 'VALUE'; value: number } | { kind: 'SUPPRESSED'; threshold: number };

export interface SuppressedSet {
  parts: SuppressedCount[];
  total: SuppressedCount;
}

/**
 * The threshold actually applied: never below the minimum, rounded up (counts are whole people), and the
 * default when the setting is not a finite number, so a broken setting cannot switch suppression off.
 */
export function anonymityThreshold(k: number): number {
  if (!Number.isFinite(k)) return DEFAULT_ANONYMITY_THRESHOLD;
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.ceil(k));
}

/**
 * Shows a count of people only when it is at least k. Zero is suppressed too: "nobody in this team did X"
 * says something about every one of them.
 */
export function suppress(count: number, k: number): SuppressedCount {
  assertCount(count);
  const threshold = anonymityThreshold(k);
  return count < threshold ? { kind: 'SUPPRESSED', threshold } : { kind: 'VALUE', value: count };
}

/**
 * Suppresses a breakdown (parts of a total) so that no hidden cell can be worked out by subtracting shown
 * figures from the total:
 *
 * - total below k: everything is hidden (every part is then below k as well, or the figures are wrong).
 * - otherwise each part below k is hidden, and while the hidden parts add up to fewer than k (their sum is
 *   total − shown parts) the smallest shown part is hidden too. With one hidden part this is the usual
 *   "hide the next-smallest" rule; it also covers two tiny parts whose sum alone would give them away.
 * - if no shown part is left to hide, the total is hidden instead.
 *
 * Ties between equal parts hide the earlier one, so the output is stable for the same input.
 */
export function suppressSet(parts: readonly number[], total: number, k: number): SuppressedSet {
  parts.forEach(assertCount);
  assertCount(total);
  const threshold = anonymityThreshold(k);
  const hidden: SuppressedCount = { kind: 'SUPPRESSED', threshold };

  if (total < threshold) return { parts: parts.map(() => hidden), total: hidden };

  const isHidden = parts.map((part) => part < threshold);
  let hiddenSum = parts.reduce((sum, part, index) => (isHidden[index] ? sum + part : sum), 0);
  const anyHidden = isHidden.some(Boolean);
  let totalHidden = false;

  while (anyHidden && hiddenSum < threshold) {
    const next = indexOfSmallestShown(parts, isHidden);
    if (next === -1) {
      totalHidden = true;
      break;
    }
    isHidden[next] = true;
    hiddenSum += parts[next];
  }

  return {
    parts: parts.map((part, index) => (isHidden[index] ? hidden : { kind: 'VALUE', value: part })),
    total: totalHidden ? hidden : { kind: 'VALUE', value: total },
  };
}

function indexOfSmallestShown(parts: readonly number[], isHidden: readonly boolean[]): number {
  let smallest = -1;
  parts.forEach((part, index) => {
    if (!isHidden[index] && (smallest === -1 || part < parts[smallest])) smallest = index;
  });
  return smallest;
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${count}`);
}

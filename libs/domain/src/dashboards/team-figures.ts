import { daysBetween } from './periods';

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Days from an interview to the debrief about it: from the latest interview on the role held on or
 * before the debrief's day. Null when the role had no interview by then: a debrief before any
 * recorded interview says nothing about how long debriefs wait.
 */
export function daysFromInterviewToDebrief(interviewDays: readonly string[], debriefOn: string): number | null {
  let latest: string | null = null;
  for (const day of interviewDays) if (day <= debriefOn && (latest === null || day > latest)) latest = day;
  return latest === null ? null : daysBetween(latest, debriefOn);
}

import { addDaysUtc, addMonthsUtc } from '../cadence/calendar';

/** How long a nudge may sleep at most: a year and a day, so "next year's review" still fits. */
export const MAX_SNOOZE_DAYS = 366;

export type SnoozeChoice = { kind: 'ONE_WEEK' } | { kind: 'ONE_MONTH' } | { kind: 'UNTIL_DAY'; day: string };

export type SnoozeResult = { ok: true; until: Date } | { ok: false; reason: 'INVALID_DAY' | 'NOT_IN_THE_FUTURE' | 'TOO_FAR' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * When a snoozed nudge wakes: a week or a calendar month from now, or the start (midnight UTC) of
 * a chosen day, which must come after today and at most 366 days ahead.
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date): SnoozeResult {
  if (choice.kind === 'ONE_WEEK') return { ok: true, until: addDaysUtc(now, 7) };
  if (choice.kind === 'ONE_MONTH') return { ok: true, until: addMonthsUtc(now, 1) };
  const match = DAY.exec(choice.day);
  const until = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!until || until.toISOString().slice(0, 10) !== choice.day) return { ok: false, reason: 'INVALID_DAY' };
  if (until.getTime() <= now.getTime()) return { ok: false, reason: 'NOT_IN_THE_FUTURE' };
  if (until.getTime() > addDaysUtc(now, MAX_SNOOZE_DAYS).getTime()) return { ok: false, reason: 'TOO_FAR' };
  return { ok: true, until };
}

export const NUDGE_STATUSES = ['OPEN', 'SNOOZED', 'DISMISSED', 'RESOLVED'] as const;
export type NudgeStatus = (typeof NUDGE_STATUSES)[number];

/** A snooze that has run out is open again, whether or not anything rewrote the row since. */
export function effectiveNudgeStatus(stored: NudgeStatus, snoozedUntil: Date | null, now: Date): NudgeStatus {
  return stored === 'SNOOZED' && (snoozedUntil === null || snoozedUntil.getTime() <= now.getTime()) ? 'OPEN' : stored;
}

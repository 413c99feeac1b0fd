import { addDaysUtc, addMonthsUtc, assertValidDate, startOfUtcDay } from './calendar';

/** The org setting's default: practise interviewing at least once a year. */
export const DEFAULT_PRACTICE_CADENCE_MONTHS = 12;
/** Someone who has never practised is due this many days after joining. */
export const FIRST_PRACTICE_DUE_DAYS = 30;
/** The PRACTICE_DUE_SOON nudge opens this many days before the due day. */
export const PRACTICE_DUE_SOON_DAYS = 30;

export type PracticeState = 'COVERED' | 'DUE_SOON' | 'OVERDUE';

export interface PracticeStatusInput {
  joinedAt: Date;
  /** The latest INTERVIEW_PRACTICE conversation or debrief held with the report (the API's practice query finds it set-wise). */
  lastPracticeAt: Date | null;
  cadenceMonths: number;
  now: Date;
  /**
   * When the person looking took over as the report's manager, for a manager's view: a new manager
   * who has held no practice yet is due 30 days after taking over, not 30 days after the report joined.
   */
  managedSince?: Date | null;
}

export interface PracticeStatus {
  lastPracticeAt: Date | null;
  /** Midnight UTC of the last day that still counts as covered. */
  dueAt: Date;
  covered: boolean;
  state: PracticeState;
}

/**
 * Where a report stands on the practice cadence. Deadlines are whole UTC calendar days:
 *
 * - Held: the due day is the same calendar day `cadenceMonths` later (clamped to the month's end, so
 *   2024-02-29 + 12 months is 2025-02-28). The report stays covered through the whole due day and is
 *   OVERDUE from the next UTC day: held on 2024-03-10, still covered on 2025-03-10, overdue on 2025-03-11.
 * - Never held: due the UTC day 30 days after joining (or after `managedSince`, when later). Not covered, but DUE_SOON rather than OVERDUE until
 *   then: a newcomer starts inside the first-practice window, never in good standing and never late.
 * - DUE_SOON when not overdue and today is on or after `practiceDueSoonAt(dueAt)`; a held practice is
 *   still `covered` while DUE_SOON.
 *
 * A practice dated after `now` counts as held (the caller decides which dates are real).
 */
export function practiceStatus(input: PracticeStatusInput): PracticeStatus {
  const { joinedAt, lastPracticeAt, cadenceMonths, now, managedSince = null } = input;
  assertValidDate(joinedAt, 'joinedAt');
  if (managedSince !== null) assertValidDate(managedSince, 'managedSince');
  assertValidDate(now, 'now');
  if (lastPracticeAt !== null) assertValidDate(lastPracticeAt, 'lastPracticeAt');
  if (!Number.isInteger(cadenceMonths) || cadenceMonths < 1) {
    throw new RangeError(`cadenceMonths must be a whole number of at least 1, got ${cadenceMonths}`);
  }

  const dueAt =
    lastPracticeAt === null
      ? startOfUtcDay(addDaysUtc(managedSince !== null && managedSince > joinedAt ? managedSince : joinedAt, FIRST_PRACTICE_DUE_DAYS))
      : startOfUtcDay(addMonthsUtc(lastPracticeAt, cadenceMonths));
  const today = startOfUtcDay(now);
  const overdue = today.getTime() > dueAt.getTime();
  const dueSoon = today.getTime() >= practiceDueSoonAt(dueAt).getTime();

  let state: PracticeState;
  if (overdue) state = 'OVERDUE';
  else if (lastPracticeAt === null || dueSoon) state = 'DUE_SOON';
  else state = 'COVERED';

  return { lastPracticeAt, dueAt, covered: lastPracticeAt !== null && !overdue, state };
}

/** The day the PRACTICE_DUE_SOON nudge becomes due: 30 days before the practice is. */
export function practiceDueSoonAt(dueAt: Date): Date {
  return addDaysUtc(dueAt, -PRACTICE_DUE_SOON_DAYS);
}

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

/** One report's dates, for `practiceStatusesAt`. */
export type ReportPracticeDates = Pick<PracticeStatusInput, 'joinedAt' | 'lastPracticeAt' | 'managedSince'>;

/**
 * `practiceStatus` for many reports at one `now` and cadence, as a sweep over a whole organization
 * needs: a status depends only on the UTC day of the last practice or, never held, of the later of
 * joining and `managedSince` (whole-day deadlines), so reports that share that day share one
 * computation instead of 100,000. Answers and errors are `practiceStatus`'s own; each answer is a
 * fresh object.
 */
export function practiceStatusesAt(now: Date, cadenceMonths: number): (dates: ReportPracticeDates) => PracticeStatus {
  const byDay = new Map<string, PracticeStatus>();
  return ({ joinedAt, lastPracticeAt, managedSince = null }) => {
    assertValidDate(joinedAt, 'joinedAt');
    if (managedSince !== null) assertValidDate(managedSince, 'managedSince');
    if (lastPracticeAt !== null) assertValidDate(lastPracticeAt, 'lastPracticeAt');
    const from = lastPracticeAt ?? (managedSince !== null && managedSince > joinedAt ? managedSince : joinedAt);
    const key = `${lastPracticeAt === null ? 'first' : 'held'}${Math.floor(from.getTime() / MILLISECONDS_PER_DAY)}`;
    let known = byDay.get(key);
    if (!known) {
      known = practiceStatus({ joinedAt, lastPracticeAt, managedSince, cadenceMonths, now });
      byDay.set(key, known);
    }
    return { lastPracticeAt, dueAt: new Date(known.dueAt.getTime()), covered: known.covered, state: known.state };
  };
}

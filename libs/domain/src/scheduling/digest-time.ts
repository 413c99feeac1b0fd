import { zonedParts } from './time-zone';

/** The daily digest goes out from this local hour on, unless the deployment chooses another. */
export const DEFAULT_DIGEST_HOUR = 8;

/**
 * The local day whose digest is due at `now`, in the organization's time zone: from `hour`
 * o'clock on, today; before it, none yet (yesterday's went out already, or was due and is caught
 * up now). A job that runs several times a day, or missed a run, asks this each time; one digest
 * per person and day is kept by the outbox's key, not by when the job happens to run.
 */
export function dueDigestDay(now: Date, timeZone: string, hour: number = DEFAULT_DIGEST_HOUR): string | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`not an hour of the day: ${hour}`);
  const local = zonedParts(now, timeZone);
  return local.hour >= hour ? local.day : null;
}

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * Adds whole calendar months in UTC, keeping the time of day. A day that does not exist in the target
 * month is clamped to its last day (Jan 31 + 1 month → Feb 28/29; Feb 29 + 12 months → Feb 28), so the
 * result never spills into the month after, as `Date.setUTCMonth` would.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  assertValidDate(date, 'date');
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, got ${months}`);
  const targetMonthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(targetMonthIndex / 12);
  const month = targetMonthIndex - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonthUtc(year, month));
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, day);
  return result;
}

/** Adds whole days of 24 hours; UTC has no daylight-saving jumps, so this is also whole calendar days. */
export function addDaysUtc(date: Date, days: number): Date {
  assertValidDate(date, 'date');
  return new Date(date.getTime() + days * MILLISECONDS_PER_DAY);
}

/** Midnight UTC of the date's UTC calendar day: the unit in which cadence deadlines are compared. */
export function startOfUtcDay(date: Date): Date {
  assertValidDate(date, 'date');
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function assertValidDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date`);
}

function daysInMonthUtc(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}
